import { computeTotals, orderIndicatorTree, validateScore } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { useSession } from '../../../lib/session';
import {
  ApproveScoreSheetDocument,
  CorrectScoreDocument,
  ReturnScoreSheetDocument,
  ReviewScoreEntryDocument,
} from '../graphql/campaigns.documents';
import {
  type CampaignData,
  campaignErrorText,
  formatScore,
  parseNumber,
  type SheetData,
  toIndicatorDef,
} from '../utils/campaign-model';
import { AuditTrail } from './audit-trail';
import { SheetStatusBadge } from './campaign-header';
import { EvidenceList } from './evidence-list';

/**
 * A reviewer's view of one sheet: self vs reviewed score side by side, evidence,
 * adjustments with one mandatory reason, return with a reason, approve. After
 * publication an admin corrects here, and corrections show as such.
 */
export function ReviewSheet({ campaign, initial }: { campaign: CampaignData; initial: SheetData }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [sheet, setSheet] = useState(initial);
  const [adjust, setAdjust] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [returnReason, setReturnReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [auditVersion, setAuditVersion] = useState(0);
  const [, review] = useMutation(ReviewScoreEntryDocument);
  const [, correct] = useMutation(CorrectScoreDocument);
  const [approveState, approve] = useMutation(ApproveScoreSheetDocument);
  const [returnState, returnSheet] = useMutation(ReturnScoreSheetDocument);
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);

  const mode: 'review' | 'correct' | 'read' =
    sheet.status === 'SUBMITTED'
      ? 'review'
      : sheet.status === 'PUBLISHED' && user?.role === 'ADMIN'
        ? 'correct'
        : 'read';
  const defs = useMemo(() => campaign.indicators.map(toIndicatorDef), [campaign]);
  const ordered = useMemo(() => orderIndicatorTree(defs), [defs]);
  const entryByIndicator = new Map(sheet.entries.map((e) => [e.indicatorId, e]));
  const period = campaign.periods.find((p) => p.id === sheet.periodId);

  const adjustments = sheet.entries.flatMap((e) => {
    const text = adjust[e.id];
    if (text === undefined || text.trim() === '') return [];
    const def = defs.find((d) => d.id === e.indicatorId)!;
    const value = parseNumber(text);
    const check = value === null || Number.isNaN(value) ? null : validateScore(def, value);
    return [
      {
        entry: e,
        def,
        value,
        problem: check === null ? t('campaigns.scoreError.NOT_A_NUMBER') : check.ok ? null : check.message,
      },
    ];
  });
  const adjustedScore = new Map(adjustments.filter((a) => !a.problem).map((a) => [a.entry.indicatorId, a.value!]));
  const selfTotals = computeTotals(defs, (id) => entryByIndicator.get(id)?.selfScore ?? null);
  const reviewedTotals = computeTotals(
    defs,
    (id) => adjustedScore.get(id) ?? entryByIndicator.get(id)?.finalScore ?? null,
  );

  async function saveAdjustments() {
    setError(null);
    setNotice(null);
    if (adjustments.length === 0) return setError(t('campaigns.review.nothingToSave'));
    const bad = adjustments.find((a) => a.problem);
    if (bad) return setError(`${bad.def.code}: ${bad.problem}`);
    if (!reason.trim()) return setError(t('campaigns.review.reasonRequired'));
    setSaving(true);
    let latest: SheetData | null = null;
    for (const a of adjustments) {
      const result =
        mode === 'correct'
          ? await correct({ input: { entryId: a.entry.id, newScore: a.value!, reason: reason.trim() } })
          : await review({ input: { entryId: a.entry.id, reviewedScore: a.value!, reason: reason.trim() } });
      const data =
        result.data && ('correctScore' in result.data ? result.data.correctScore : result.data.reviewScoreEntry);
      if (!data) {
        setError(campaignErrorText(t, result.error));
        break;
      }
      latest = data;
    }
    setSaving(false);
    if (latest) {
      setSheet(latest);
      setAdjust({});
      setReason('');
      setNotice(mode === 'correct' ? t('campaigns.review.corrected') : t('campaigns.review.saved'));
      setAuditVersion((v) => v + 1);
    }
  }

  async function doApprove() {
    setError(null);
    if (adjustments.length > 0) return setError(t('campaigns.review.unsavedAdjustments'));
    const result = await approve({ id: sheet.id });
    if (result.data) {
      setSheet(result.data.approveScoreSheet);
      setNotice(t('campaigns.review.approved'));
      setAuditVersion((v) => v + 1);
    }
  }

  async function doReturn() {
    if (!returnReason.trim()) return;
    const result = await returnSheet({ input: { sheetId: sheet.id, reason: returnReason.trim() } });
    if (result.data) {
      setSheet(result.data.returnScoreSheet);
      setReturning(false);
      setReturnReason('');
      setNotice(t('campaigns.review.returned'));
      setAuditVersion((v) => v + 1);
    }
  }

  return (
    <div className="review">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/campaigns">{t('campaigns.title')}</Link> ›{' '}
        <Link to={`/campaigns/${campaign.id}/review`}>{campaign.title}</Link>
      </nav>
      <header className="page-header">
        <div>
          <h1>{sheet.unit.name}</h1>
          <p className="cmp-header__meta">
            <SheetStatusBadge status={sheet.status} /> {period?.name}
          </p>
        </div>
        <div className="review-totals">
          <span>
            {t('campaigns.review.selfTotal')}: <strong>{fmt(selfTotals.total)}</strong>
          </span>
          <span>
            {t('campaigns.review.reviewedTotal')}:{' '}
            <strong data-testid="review-total">{fmt(reviewedTotals.total)}</strong>
          </span>
        </div>
      </header>

      {sheet.explanation && (
        <div className="alert alert-info">
          <strong>{t('campaigns.review.explanation')}</strong> {sheet.explanation}
        </div>
      )}
      {sheet.status === 'RETURNED' && sheet.returnReason && (
        <div className="alert alert-error">
          <strong>{t('campaigns.review.returnedWith')}</strong> {sheet.returnReason}
        </div>
      )}
      {mode === 'correct' && <div className="alert alert-info">{t('campaigns.review.correctMode')}</div>}
      {notice && (
        <div className="alert alert-success" role="status" data-testid="review-notice">
          {notice}
        </div>
      )}

      <div className="table-wrap">
        <table className="table review-table">
          <thead>
            <tr>
              <th>{t('campaigns.review.indicator')}</th>
              <th className="num">{t('campaigns.review.max')}</th>
              <th>{t('campaigns.review.self')}</th>
              <th>{t('campaigns.review.evidence')}</th>
              <th className="num">{t('campaigns.review.reviewed')}</th>
              {mode !== 'read' && (
                <th>{mode === 'correct' ? t('campaigns.review.correctTo') : t('campaigns.review.adjustTo')}</th>
              )}
            </tr>
          </thead>
          <tbody>
            {ordered.map(({ indicator: d, depth }) => {
              if (d.kind === 'GROUP') {
                return (
                  <tr key={d.id} className="review-table__group">
                    <th colSpan={mode !== 'read' ? 6 : 5} style={{ paddingLeft: `${0.65 + depth}rem` }}>
                      {d.code}. {d.title}{' '}
                      <span className="muted">
                        ({fmt(selfTotals.groupSubtotals[d.id])} → {fmt(reviewedTotals.groupSubtotals[d.id])} /{' '}
                        {fmt(d.maxPoints)})
                      </span>
                    </th>
                  </tr>
                );
              }
              const e = entryByIndicator.get(d.id);
              if (!e) return null;
              const adj = adjustments.find((a) => a.entry.id === e.id);
              const changed = e.reviewedScore !== null && e.reviewedScore !== e.selfScore;
              return (
                <tr
                  key={d.id}
                  className={changed || e.correctedScore !== null ? 'is-changed' : undefined}
                  data-testid={`review-row-${d.code}`}
                >
                  <td style={{ paddingLeft: `${0.65 + depth}rem` }}>
                    <code>{d.code}</code> {d.title}
                    {d.evidenceRequired && (
                      <span className="badge cmp-required">{t('campaigns.sheet.evidenceRequired')}</span>
                    )}
                    {e.note && <p className="review-note">“{e.note}”</p>}
                  </td>
                  <td className="num">{d.kind === 'PENALTY' ? `−${fmt(d.maxPoints)}` : fmt(d.maxPoints)}</td>
                  <td>
                    <strong>{fmt(e.selfScore)}</strong>
                    {e.value !== null && d.kind !== 'MANUAL' && (
                      <span className="muted">
                        {' '}
                        (
                        {t(`campaigns.valueShort.${d.kind}`, {
                          value: fmt(d.kind === 'COMPUTED' ? e.value * 100 : e.value),
                        })}
                        )
                      </span>
                    )}
                  </td>
                  <td>
                    <EvidenceList evidence={e.evidence} code={d.code} />
                    {e.evidence.length === 0 && (
                      <span className={d.evidenceRequired ? 'field__error' : 'muted'}>
                        {t('campaigns.review.noEvidence')}
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <strong>{fmt(e.finalScore)}</strong>
                    {e.reviewReason && <p className="review-note">{e.reviewReason}</p>}
                    {e.corrections.map((c) => (
                      <p key={c.id} className="review-note is-correction">
                        {t('campaigns.sheet.corrected', {
                          old: fmt(c.oldScore),
                          score: fmt(c.newScore),
                          reason: c.reason,
                        })}
                      </p>
                    ))}
                  </td>
                  {mode !== 'read' && (
                    <td>
                      <input
                        className="review-adjust"
                        inputMode="decimal"
                        aria-label={t('campaigns.review.adjustLabel', { code: d.code })}
                        data-testid={`review-adjust-${d.code}`}
                        placeholder={fmt(e.finalScore)}
                        value={adjust[e.id] ?? ''}
                        aria-invalid={adj?.problem ? true : undefined}
                        onChange={(ev) => setAdjust((a) => ({ ...a, [e.id]: ev.target.value }))}
                      />
                      {adj?.problem && <p className="field__error">{adj.problem}</p>}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {mode !== 'read' && (
        <div className="card review-actions">
          <div className="field">
            <label htmlFor="review-reason">
              {mode === 'correct' ? t('campaigns.review.correctReason') : t('campaigns.review.reason')}{' '}
              <span className="required">*</span>
            </label>
            <textarea
              id="review-reason"
              data-testid="review-reason"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('campaigns.review.reasonPlaceholder')}
            />
          </div>
          <FormError message={error ?? campaignErrorText(t, approveState.error)} />
          <div className="form-actions form-actions--start">
            <button
              type="button"
              className="btn btn-secondary"
              data-testid="review-save"
              disabled={saving}
              onClick={() => void saveAdjustments()}
            >
              {mode === 'correct'
                ? t('campaigns.review.saveCorrection', { count: adjustments.length })
                : t('campaigns.review.saveAdjustments', { count: adjustments.length })}
            </button>
            {mode === 'review' && (
              <>
                <button
                  type="button"
                  className="btn btn-primary"
                  data-testid="review-approve"
                  disabled={approveState.fetching}
                  onClick={() => void doApprove()}
                >
                  ✓ {t('campaigns.review.approve')}
                </button>
                <button
                  type="button"
                  className="btn btn-danger"
                  data-testid="review-return"
                  onClick={() => setReturning(true)}
                >
                  ↩ {t('campaigns.review.return')}
                </button>
              </>
            )}
          </div>
        </div>
      )}
      {sheet.status === 'APPROVED' && (
        <div className="form-actions form-actions--start">
          <button
            type="button"
            className="btn btn-danger"
            data-testid="review-return"
            onClick={() => setReturning(true)}
          >
            ↩ {t('campaigns.review.return')}
          </button>
        </div>
      )}

      <section className="card cmp-section">
        <h2>{t('campaigns.audit.title')}</h2>
        <AuditTrail campaignId={campaign.id} sheetId={sheet.id} version={auditVersion} />
      </section>

      {returning && (
        <Dialog
          open
          title={t('campaigns.review.returnTitle', { unit: sheet.unit.name })}
          onClose={() => setReturning(false)}
          testId="return-dialog"
        >
          <div className="field">
            <label htmlFor="return-reason">
              {t('campaigns.review.returnReason')} <span className="required">*</span>
            </label>
            <textarea
              id="return-reason"
              data-testid="review-return-reason"
              rows={4}
              value={returnReason}
              onChange={(e) => setReturnReason(e.target.value)}
            />
          </div>
          <FormError message={campaignErrorText(t, returnState.error)} />
          <div className="form-actions">
            <button type="button" className="btn btn-ghost" onClick={() => setReturning(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              data-testid="review-return-confirm"
              disabled={!returnReason.trim() || returnState.fetching}
              onClick={() => void doReturn()}
            >
              {t('campaigns.review.returnConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
