import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { Loading } from '../../../components/loading';
import type { SheetStatus } from '../../../generated/graphql';
import { downloadWithSession } from '../../../lib/files';
import { useSession } from '../../../lib/session';
import {
  PublishCampaignPeriodDocument,
  RecomputeIndicatorsDocument,
  ScoreSheetsDocument,
} from '../graphql/campaigns.documents';
import { campaignErrorText, currentPeriod, formatScore } from '../utils/campaign-model';
import { useCampaign } from '../hooks/use-campaign';
import { CampaignHeader, SheetStatusBadge } from './campaign-header';
import { PeriodSelect } from './period-select';
import '../campaigns.css';

const ORDER: readonly SheetStatus[] = ['SUBMITTED', 'RETURNED', 'DRAFT', 'APPROVED', 'PUBLISHED'];

/** `/campaigns/:id/review`: the sheets of a period by status; admins publish the period here. */
export function ReviewQueuePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { campaign, error, reload } = useCampaign(id);
  const [periodId, setPeriodId] = useState('');
  const period = campaign ? (campaign.periods.find((p) => p.id === periodId) ?? currentPeriod(campaign)) : null;
  const [result, refetch] = useQuery({
    query: ScoreSheetsDocument,
    variables: { campaignId: id, periodId: period?.id ?? null },
    pause: !period,
    requestPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState<SheetStatus | ''>('');
  const [publishing, setPublishing] = useState(false);
  const [downloadError, setDownloadError] = useState(false);
  const [recomputeState, recompute] = useMutation(RecomputeIndicatorsDocument);
  const sheets = useMemo(() => result.data?.scoreSheets ?? [], [result.data]);
  const blockOf = useMemo(
    () => new Map((campaign?.blocks ?? []).flatMap((b) => b.units.map((u) => [u.id, b.name] as const))),
    [campaign],
  );
  const counts = new Map(ORDER.map((s) => [s, sheets.filter((x) => x.status === s).length]));
  const shown = sheets
    .filter((s) => !status || s.status === status)
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.unit.name.localeCompare(b.unit.name, 'vi'));
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const fmt = (n: number) => formatScore(n, i18n.language);

  if (!campaign)
    return (
      <section className="page">{error ? <FormError message={campaignErrorText(t, error)} /> : <Loading />}</section>
    );
  const isAdmin = user?.role === 'ADMIN';

  return (
    <section className="page cmp-page">
      <CampaignHeader campaign={campaign} />
      <div className="toolbar">
        {period && <PeriodSelect campaign={campaign} value={period.id} onChange={setPeriodId} />}
        <div className="cmp-filter" role="group" aria-label={t('campaigns.review.filter')}>
          <button type="button" className={`chip-btn${status === '' ? ' is-on' : ''}`} onClick={() => setStatus('')}>
            {t('campaigns.review.all', { count: sheets.length })}
          </button>
          {ORDER.map((s) => (
            <button
              key={s}
              type="button"
              className={`chip-btn${status === s ? ' is-on' : ''}`}
              onClick={() => setStatus(s)}
              data-testid={`review-filter-${s}`}
            >
              {t(`campaigns.sheetStatus.${s}`)} ({counts.get(s)})
            </button>
          ))}
        </div>
      </div>
      <div className="page-header__actions cmp-admin-actions">
        {period && (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              setDownloadError(false);
              downloadWithSession(
                `/api/campaigns/${campaign.id}/periods/${period.id}/score-table.xlsx`,
                'bang-diem.xlsx',
              ).catch(() => setDownloadError(true));
            }}
          >
            ⬇ {t('campaigns.rankings.download')}
          </button>
        )}
        {isAdmin && period && !period.publishedAt && campaign.indicators.some((i) => i.kind === 'COMPUTED') && (
          <button
            type="button"
            className="btn btn-ghost"
            disabled={recomputeState.fetching}
            onClick={() =>
              void recompute({ campaignId: campaign.id, periodId: period.id }).then(() =>
                refetch({ requestPolicy: 'network-only' }),
              )
            }
          >
            ⟳ {t('campaigns.review.recompute')}
          </button>
        )}
        {isAdmin && period && !period.publishedAt && (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="publish-period"
            onClick={() => setPublishing(true)}
          >
            {t('campaigns.publish.button', { period: period.name })}
          </button>
        )}
      </div>
      {downloadError && <FormError message={t('campaigns.rankings.downloadFailed')} />}
      {recomputeState.data && (
        <div className="alert alert-info">
          {t('campaigns.review.recomputed', { count: recomputeState.data.recomputeIndicators.updated })}
          {recomputeState.data.recomputeIndicators.skipped.map((s) => (
            <span key={s.indicatorCode}>
              {' '}
              ·{' '}
              {t(`campaigns.review.skipped.${s.reason}`, {
                code: s.indicatorCode,
                defaultValue: `${s.indicatorCode}: ${s.reason}`,
              })}
            </span>
          ))}
        </div>
      )}
      <FormError message={campaignErrorText(t, result.error ?? recomputeState.error)} />
      {period?.publishedAt && (
        <div className="alert alert-success">
          {t('campaigns.publish.done', { date: time.format(new Date(period.publishedAt)) })}
        </div>
      )}
      {!result.data && result.fetching && <Loading />}
      {result.data && shown.length === 0 && <p className="empty">{t('campaigns.review.empty')}</p>}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('campaigns.review.unit')}</th>
                <th>{t('campaigns.review.block')}</th>
                <th>{t('campaigns.review.status')}</th>
                <th className="num">{t('campaigns.review.selfTotal')}</th>
                <th className="num">{t('campaigns.review.reviewedTotal')}</th>
                <th>{t('campaigns.review.submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id} data-testid={`review-sheet-${s.unit.code}`} data-status={s.status}>
                  <td>
                    <Link to={`/campaigns/${campaign.id}/sheets/${s.id}`}>{s.unit.name}</Link>{' '}
                    <code className="muted">{s.unit.code}</code>
                  </td>
                  <td>{blockOf.get(s.unit.id) ?? ''}</td>
                  <td>
                    <SheetStatusBadge status={s.status} />
                  </td>
                  <td className="num">{fmt(s.selfTotal)}</td>
                  <td className="num">
                    {s.status === 'APPROVED' || s.status === 'PUBLISHED' || s.finalTotal !== s.selfTotal
                      ? fmt(s.finalTotal)
                      : '—'}
                  </td>
                  <td>{s.submittedAt ? time.format(new Date(s.submittedAt)) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {publishing && period && (
        <PublishDialog
          periodId={period.id}
          periodName={period.name}
          total={sheets.length}
          notApproved={sheets.filter((s) => s.status !== 'APPROVED')}
          onClose={() => setPublishing(false)}
          onDone={() => {
            setPublishing(false);
            reload();
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </section>
  );
}

/** Publishing is final: confirmed twice, and refused up front when a sheet is not approved. */
function PublishDialog({
  periodId,
  periodName,
  total,
  notApproved,
  onClose,
  onDone,
}: {
  periodId: string;
  periodName: string;
  total: number;
  notApproved: readonly { id: string; unit: { name: string }; status: SheetStatus }[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<1 | 2>(1);
  const [understood, setUnderstood] = useState(false);
  const [{ fetching, error }, publish] = useMutation(PublishCampaignPeriodDocument);

  async function submit() {
    const result = await publish({ periodId });
    if (result.data) onDone();
  }

  return (
    <Dialog open title={t('campaigns.publish.title', { period: periodName })} onClose={onClose} testId="publish-dialog">
      {notApproved.length > 0 ? (
        <div className="alert alert-error">
          <strong>{t('campaigns.publish.notReady', { count: notApproved.length })}</strong>
          <ul>
            {notApproved.map((s) => (
              <li key={s.id}>
                {s.unit.name} — {t(`campaigns.sheetStatus.${s.status}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : step === 1 ? (
        <>
          <p>{t('campaigns.publish.step1', { count: total })}</p>
          <div className="form-actions">
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn-primary" data-testid="publish-next" onClick={() => setStep(2)}>
              {t('campaigns.publish.next')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="alert alert-error">
            <strong>{t('campaigns.publish.finalTitle')}</strong> {t('campaigns.publish.finalBody')}
          </div>
          <label className="cmp-check">
            <input
              type="checkbox"
              checked={understood}
              onChange={(e) => setUnderstood(e.target.checked)}
              data-testid="publish-understood"
            />
            {t('campaigns.publish.understood')}
          </label>
          <FormError message={campaignErrorText(t, error)} />
          <div className="form-actions">
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              data-testid="publish-confirm"
              disabled={!understood || fetching}
              onClick={() => void submit()}
            >
              {t('campaigns.publish.confirm')}
            </button>
          </div>
        </>
      )}
      {notApproved.length > 0 && (
        <div className="form-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
