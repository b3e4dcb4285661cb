import {
  computeTotals,
  detectEvidenceType,
  EVIDENCE_TYPES,
  isAllowedEvidenceUrl,
  MAX_EVIDENCE_FILE_BYTES,
  orderIndicatorTree,
  submitProblems,
} from '@thidua/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../../components/dialog';
import { FormError } from '../../../components/form-error';
import { readFileAsBase64 } from '../../../lib/files';
import {
  AddEvidenceFileDocument,
  AddEvidenceLinkDocument,
  RemoveEvidenceDocument,
  SaveScoreEntryDocument,
  SubmitScoreSheetDocument,
} from '../graphql/campaigns.documents';
import {
  type CampaignData,
  campaignErrorText,
  formatScore,
  MAX_EVIDENCE_MB,
  parseNumber,
  type SheetData,
  toIndicatorDef,
} from '../utils/campaign-model';
import { AuditTrail } from './audit-trail';
import { SheetStatusBadge } from './campaign-header';
import { type Draft, IndicatorCard, previewScore } from './indicator-card';

const AUTOSAVE_MS = 800;
const EDITABLE = new Set(['DRAFT', 'RETURNED']);

const valueText = (v: number | null) => (v === null ? '' : String(v));

/** A phone camera's file may have no usable extension: name it after its type. */
function evidenceName(file: File): string {
  const lower = file.name.toLowerCase();
  if (Object.keys(EVIDENCE_TYPES).some((ext) => lower.endsWith(`.${ext}`)) || lower.endsWith('.jpeg')) return file.name;
  const ext = Object.entries(EVIDENCE_TYPES).find(([, mime]) => mime === file.type)?.[0];
  return ext ? `${file.name || 'minh-chung'}.${ext}` : file.name;
}

type SaveState = 'saved' | 'saving' | 'dirty' | 'invalid' | 'error';

/**
 * The unit officer's score sheet: one card per indicator, the score computed as they
 * type (shared scoring), drafts saved automatically, evidence from the phone's camera
 * or files, and a submit that lists what is missing first.
 */
export function OfficerSheet({ campaign, initial }: { campaign: CampaignData; initial: SheetData }) {
  const { t, i18n } = useTranslation();
  const [sheet, setSheet] = useState(initial);
  const period = campaign.periods.find((p) => p.id === sheet.periodId);
  const deadlinePassed = period ? new Date(period.submissionDeadline).getTime() < Date.now() : false;
  const editable = EDITABLE.has(sheet.status) && !deadlinePassed;
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);

  const defs = useMemo(() => campaign.indicators.map(toIndicatorDef), [campaign]);
  const ordered = useMemo(() => orderIndicatorTree(defs), [defs]);
  const entryByIndicator = useMemo(() => new Map(sheet.entries.map((e) => [e.indicatorId, e])), [sheet]);

  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(initial.entries.map((e) => [e.id, { value: valueText(e.value), note: e.note ?? '' }])),
  );
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const versions = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const chains = useRef(new Map<string, Promise<void>>());
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [inFlight, setInFlight] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [busyEntry, setBusyEntry] = useState<string | null>(null);
  const [evidenceErrors, setEvidenceErrors] = useState<Record<string, string | null>>({});
  const [showMissing, setShowMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [explanation, setExplanation] = useState('');
  const [justSubmitted, setJustSubmitted] = useState(false);
  const [auditVersion, setAuditVersion] = useState(0);

  const [, saveEntry] = useMutation(SaveScoreEntryDocument);
  const [, addFile] = useMutation(AddEvidenceFileDocument);
  const [, addLink] = useMutation(AddEvidenceLinkDocument);
  const [, removeEvidence] = useMutation(RemoveEvidenceDocument);
  const [submitState, submit] = useMutation(SubmitScoreSheetDocument);

  const previews = useMemo(() => {
    const out = new Map<string, ReturnType<typeof previewScore>>();
    for (const d of defs) {
      const entry = entryByIndicator.get(d.id);
      if (d.kind === 'GROUP' || !entry) continue;
      out.set(d.id, previewScore(d, entry, drafts[entry.id], t));
    }
    return out;
  }, [defs, entryByIndicator, drafts, t]);

  const totals = useMemo(() => computeTotals(defs, (id) => previews.get(id)?.score ?? null), [defs, previews]);
  const problems = useMemo(
    () =>
      submitProblems(
        defs,
        new Map(
          sheet.entries.map((e) => [
            e.indicatorId,
            { selfScore: previews.get(e.indicatorId)?.score ?? null, evidenceCount: e.evidence.length },
          ]),
        ),
      ),
    [defs, sheet, previews],
  );
  const missingCodes = new Set([...problems.unscored, ...problems.missingEvidence]);

  const flushEntry = useCallback(
    (entryId: string): Promise<void> => {
      clearTimeout(timers.current.get(entryId));
      timers.current.delete(entryId);
      const run = async () => {
        const draft = draftsRef.current[entryId];
        const entry = sheet.entries.find((e) => e.id === entryId);
        const def = defs.find((d) => d.id === entry?.indicatorId);
        if (!draft || !entry || !def) return;
        const preview = previewScore(def, entry, draft, t);
        if (preview.error) return; // stays dirty: the card shows why
        const version = versions.current.get(entryId) ?? 0;
        setInFlight((n) => n + 1);
        const result = await saveEntry({
          input: {
            entryId,
            ...(def.kind === 'COMPUTED' ? {} : { value: parseNumber(draft.value) }),
            note: draft.note.trim() || null,
          },
        });
        setInFlight((n) => n - 1);
        if (result.error || !result.data) {
          setSaveError(campaignErrorText(t, result.error) ?? t('errors.generic'));
          return;
        }
        setSaveError(null);
        setSheet(result.data.saveScoreEntry);
        setSavedAt(new Date());
        setAuditVersion((v) => v + 1);
        if ((versions.current.get(entryId) ?? 0) === version)
          setDirty((d) => {
            const next = new Set(d);
            next.delete(entryId);
            return next;
          });
      };
      const chained = (chains.current.get(entryId) ?? Promise.resolve()).then(run, run);
      chains.current.set(entryId, chained);
      return chained;
    },
    [sheet.entries, defs, saveEntry, t],
  );

  const flushAll = useCallback(
    () => Promise.all([...dirty].map((id) => flushEntry(id))).then(() => undefined),
    [dirty, flushEntry],
  );

  // Leaving the page with unsaved typing: save it, and warn the browser.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.size > 0 || inFlight > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, inFlight]);
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  function change(entryId: string, patch: Partial<Draft>) {
    setDrafts((d) => ({ ...d, [entryId]: { ...d[entryId], ...patch } }));
    draftsRef.current = { ...draftsRef.current, [entryId]: { ...draftsRef.current[entryId], ...patch } };
    versions.current.set(entryId, (versions.current.get(entryId) ?? 0) + 1);
    setDirty((d) => new Set(d).add(entryId));
    setJustSubmitted(false);
    clearTimeout(timers.current.get(entryId));
    timers.current.set(
      entryId,
      setTimeout(() => void flushEntry(entryId), AUTOSAVE_MS),
    );
  }

  async function upload(entryId: string, file: File) {
    setEvidenceErrors((e) => ({ ...e, [entryId]: null }));
    if (file.size > MAX_EVIDENCE_FILE_BYTES) {
      setEvidenceErrors((e) => ({ ...e, [entryId]: t('campaigns.evidence.tooLarge', { max: MAX_EVIDENCE_MB }) }));
      return;
    }
    const name = evidenceName(file);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!detectEvidenceType(name, bytes)) {
      setEvidenceErrors((e) => ({ ...e, [entryId]: t('campaigns.evidence.badType') }));
      return;
    }
    setBusyEntry(entryId);
    const result = await addFile({ input: { entryId, fileName: name, contentBase64: await readFileAsBase64(file) } });
    setBusyEntry(null);
    if (result.data) {
      setSheet(result.data.addEvidenceFile);
      setAuditVersion((v) => v + 1);
    } else setEvidenceErrors((e) => ({ ...e, [entryId]: campaignErrorText(t, result.error) }));
  }

  async function link(entryId: string, url: string): Promise<boolean> {
    setEvidenceErrors((e) => ({ ...e, [entryId]: null }));
    if (!isAllowedEvidenceUrl(url.trim())) {
      setEvidenceErrors((e) => ({ ...e, [entryId]: t('campaigns.evidence.badUrl') }));
      return false;
    }
    const result = await addLink({ input: { entryId, url: url.trim() } });
    if (result.data) {
      setSheet(result.data.addEvidenceLink);
      setAuditVersion((v) => v + 1);
      return true;
    }
    setEvidenceErrors((e) => ({ ...e, [entryId]: campaignErrorText(t, result.error) }));
    return false;
  }

  async function remove(entryId: string, evidenceId: string) {
    const result = await removeEvidence({ id: evidenceId });
    if (result.data) {
      setSheet(result.data.removeEvidence);
      setAuditVersion((v) => v + 1);
    } else setEvidenceErrors((e) => ({ ...e, [entryId]: campaignErrorText(t, result.error) }));
  }

  async function startSubmit() {
    await flushAll();
    if (missingCodes.size > 0) {
      setShowMissing(true);
      document.getElementById('sheet-missing')?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    setShowMissing(false);
    setConfirming(true);
  }

  async function confirmSubmit() {
    const result = await submit({
      input: { sheetId: sheet.id, explanation: sheet.status === 'RETURNED' ? explanation.trim() : null },
    });
    if (result.data) {
      setSheet(result.data.submitScoreSheet);
      setConfirming(false);
      setJustSubmitted(true);
      setAuditVersion((v) => v + 1);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  }

  const invalidDirty = [...dirty].some((id) => {
    const entry = sheet.entries.find((e) => e.id === id);
    return entry ? Boolean(previews.get(entry.indicatorId)?.error) : false;
  });
  const saveState: SaveState = saveError
    ? 'error'
    : inFlight > 0
      ? 'saving'
      : invalidDirty
        ? 'invalid'
        : dirty.size > 0
          ? 'dirty'
          : 'saved';
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const deadline = period
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(period.submissionDeadline),
      )
    : '';
  const codeToEntry = (code: string) => defs.find((d) => d.code === code);

  return (
    <div className="sheet">
      <header className="sheet__head">
        <p className="sheet__campaign">{campaign.title}</p>
        <h1 className="sheet__unit">{sheet.unit.name}</h1>
        <p className="sheet__meta">
          <SheetStatusBadge status={sheet.status} /> {period?.name}
        </p>
        {editable && <p className="sheet__deadline">{t('campaigns.sheet.deadline', { date: deadline })}</p>}
      </header>

      {justSubmitted && (
        <div className="alert alert-success sheet-alert" role="status" data-testid="sheet-submitted">
          {t('campaigns.sheet.submitted')}
        </div>
      )}
      {!editable && !justSubmitted && (
        <div className="alert alert-info sheet-alert">
          {deadlinePassed && EDITABLE.has(sheet.status)
            ? t('campaigns.sheet.deadlinePassed')
            : t(`campaigns.sheet.readOnly.${sheet.status}`)}
        </div>
      )}
      {sheet.status === 'RETURNED' && (
        <div className="alert alert-error sheet-alert" data-testid="sheet-returned">
          <strong>{t('campaigns.sheet.returnedTitle')}</strong>
          <p className="sheet-alert__reason">{sheet.returnReason}</p>
          <p>{t('campaigns.sheet.returnedHelp')}</p>
        </div>
      )}

      {ordered.map(({ indicator: d, depth }) => {
        if (d.kind === 'GROUP') {
          return (
            <h2 key={d.id} className={`sheet-group sheet-group--${Math.min(depth, 2)}`}>
              <span>
                {d.code}. {d.title}
              </span>
              <span className="sheet-group__sum">
                {fmt(totals.groupSubtotals[d.id] ?? 0)} / {fmt(d.maxPoints)}
              </span>
            </h2>
          );
        }
        const entry = entryByIndicator.get(d.id);
        if (!entry) return null;
        return (
          <IndicatorCard
            key={d.id}
            indicator={d}
            entry={entry}
            draft={drafts[entry.id] ?? { value: '', note: '' }}
            preview={previews.get(d.id) ?? { score: null, error: null }}
            editable={editable && d.kind !== 'COMPUTED'}
            missing={showMissing && missingCodes.has(d.code)}
            busy={busyEntry === entry.id}
            evidenceError={evidenceErrors[entry.id] ?? null}
            onChange={(patch) => change(entry.id, patch)}
            onCommit={() => {
              if (dirty.has(entry.id) || versions.current.get(entry.id)) void flushEntry(entry.id);
            }}
            onFile={(file) => void upload(entry.id, file)}
            onLink={(url) => link(entry.id, url)}
            onRemoveEvidence={(id) => void remove(entry.id, id)}
          />
        );
      })}

      {showMissing && missingCodes.size > 0 && (
        <div className="alert alert-error sheet-alert" id="sheet-missing" data-testid="sheet-missing" role="alert">
          <strong>{t('campaigns.sheet.missingTitle')}</strong>
          {problems.unscored.length > 0 && (
            <p>
              {t('campaigns.sheet.unscored')}{' '}
              {problems.unscored.map((code) => (
                <a key={code} href={`#indicator-${code}`} className="sheet-missing__link">
                  {code} {codeToEntry(code)?.title}
                </a>
              ))}
            </p>
          )}
          {problems.missingEvidence.length > 0 && (
            <p>
              {t('campaigns.sheet.noEvidence')}{' '}
              {problems.missingEvidence.map((code) => (
                <a key={code} href={`#indicator-${code}`} className="sheet-missing__link">
                  {code} {codeToEntry(code)?.title}
                </a>
              ))}
            </p>
          )}
        </div>
      )}

      <section className="sheet-audit">
        <details>
          <summary>{t('campaigns.audit.title')}</summary>
          <AuditTrail campaignId={campaign.id} sheetId={sheet.id} version={auditVersion} />
        </details>
      </section>

      <footer className="sheet-bar">
        <div className="sheet-bar__info">
          <span className="sheet-bar__total">
            {t('campaigns.sheet.total')}: <strong data-testid="sheet-total">{fmt(totals.total)}</strong> /{' '}
            {fmt(campaign.totalPoints)}
          </span>
          {editable && (
            <span
              className={`sheet-saved is-${saveState}`}
              data-testid="sheet-saved"
              data-state={saveState}
              role="status"
              aria-live="polite"
            >
              {saveState === 'saved' &&
                (savedAt ? t('campaigns.sheet.savedAt', { time: time.format(savedAt) }) : t('campaigns.sheet.saved'))}
              {saveState === 'saving' && t('campaigns.sheet.saving')}
              {saveState === 'dirty' && t('campaigns.sheet.dirty')}
              {saveState === 'invalid' && t('campaigns.sheet.invalid')}
              {saveState === 'error' && (
                <>
                  {saveError}{' '}
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => void flushAll()}>
                    {t('campaigns.sheet.retry')}
                  </button>
                </>
              )}
            </span>
          )}
        </div>
        {editable && (
          <button
            type="button"
            className="btn btn-primary sheet-bar__submit"
            data-testid="sheet-submit"
            onClick={() => void startSubmit()}
          >
            {sheet.status === 'RETURNED' ? t('campaigns.sheet.resubmit') : t('campaigns.sheet.submit')}
          </button>
        )}
      </footer>

      {confirming && (
        <Dialog
          open
          title={t('campaigns.sheet.confirmTitle')}
          onClose={() => setConfirming(false)}
          testId="sheet-submit-dialog"
        >
          <p className="sheet-confirm__total">
            {t('campaigns.sheet.confirmTotal', { total: fmt(totals.total), max: fmt(campaign.totalPoints) })}
          </p>
          <p>{t('campaigns.sheet.confirmBody')}</p>
          {sheet.status === 'RETURNED' && (
            <div className="field">
              <label htmlFor="sheet-explanation">{t('campaigns.sheet.explanation')}</label>
              <textarea
                id="sheet-explanation"
                data-testid="sheet-explanation"
                rows={4}
                value={explanation}
                onChange={(e) => setExplanation(e.target.value)}
              />
              <p className="field__hint">{t('campaigns.sheet.explanationHint')}</p>
            </div>
          )}
          <FormError message={campaignErrorText(t, submitState.error)} />
          <div className="form-actions">
            <button type="button" className="btn btn-ghost sheet-big-btn" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary sheet-big-btn"
              data-testid="sheet-submit-confirm"
              disabled={submitState.fetching || (sheet.status === 'RETURNED' && !explanation.trim())}
              onClick={() => void confirmSubmit()}
            >
              {t('campaigns.sheet.confirmSubmit')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
