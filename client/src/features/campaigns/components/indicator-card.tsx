import { type IndicatorDef, round2, scoreFromValue } from '@thidua/shared';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EntryData, EVIDENCE_ACCEPT, formatScore, parseNumber } from '../utils/campaign-model';
import { EvidenceList } from './evidence-list';
import { CameraIcon, FolderIcon, LinkIcon } from './sheet-icons';

export interface Draft {
  value: string;
  note: string;
}

export interface Preview {
  /** The score this value gives (null: not scored yet). */
  score: number | null;
  /** Why the value is refused, as the server would refuse it. */
  error: string | null;
}

/** A target of this unit implied by what the server scored last (units may have their own target). */
function unitTargetOf(indicator: IndicatorDef, entry: EntryData): number | null {
  if (indicator.kind !== 'TARGET') return null;
  const { value, selfScore } = entry;
  if (value !== null && value > 0 && selfScore !== null && selfScore > 0 && selfScore < indicator.maxPoints)
    return round2((value * indicator.maxPoints) / selfScore);
  return null;
}

/** The score the typed value gives, with the shared scoring the server uses. */
export function previewScore(
  indicator: IndicatorDef,
  entry: EntryData,
  draft: Draft | undefined,
  t: TFunction,
): Preview {
  if (indicator.kind === 'COMPUTED') return { score: entry.selfScore, error: null };
  const value = parseNumber(draft?.value ?? '');
  if (value === null) return { score: null, error: null };
  if (Number.isNaN(value)) return { score: null, error: t('campaigns.scoreError.NOT_A_NUMBER') };
  const result = scoreFromValue(indicator, value, unitTargetOf(indicator, entry));
  if (result.ok) return { score: result.score, error: null };
  return {
    score: null,
    error: t(`campaigns.scoreError.${result.reason}`, { max: indicator.maxPoints, step: indicator.step ?? 1 }),
  };
}

interface IndicatorCardProps {
  indicator: IndicatorDef;
  entry: EntryData;
  draft: Draft;
  preview: Preview;
  editable: boolean;
  missing: boolean;
  busy: boolean;
  evidenceError: string | null;
  onChange: (patch: Partial<Draft>) => void;
  onCommit: () => void;
  onFile: (file: File) => void;
  onLink: (url: string) => Promise<boolean>;
  onRemoveEvidence: (id: string) => void;
}

/** One indicator per card, large type and big targets: made for a phone held by an older TDP head. */
export function IndicatorCard(props: IndicatorCardProps) {
  const { indicator: ind, entry, draft, preview, editable, missing, busy, evidenceError } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const [link, setLink] = useState('');
  const [linkOpen, setLinkOpen] = useState(false);
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);
  const code = ind.code;
  const max = ind.maxPoints;
  const step = ind.kind === 'MANUAL' ? (ind.step ?? 1) : 1;

  function bump(delta: number) {
    const current = parseNumber(draft.value);
    const base = current === null || Number.isNaN(current) ? 0 : current;
    const upper = ind.kind === 'COUNT' ? Number.POSITIVE_INFINITY : max;
    const next = Math.min(upper, Math.max(0, round2(base + delta)));
    props.onChange({ value: String(next).replace('.', i18n.language.startsWith('vi') ? ',' : '.') });
    props.onCommit();
  }

  const hint = (() => {
    switch (ind.kind) {
      case 'MANUAL':
        return t('campaigns.hint.MANUAL', { max: fmt(max), step: fmt(step) });
      case 'YES_NO':
        return t('campaigns.hint.YES_NO', { max: fmt(max) });
      case 'TARGET':
        return t('campaigns.hint.TARGET', {
          target: fmt(unitTargetOf(ind, entry) ?? ind.target ?? null),
          max: fmt(max),
        });
      case 'COUNT':
        return t('campaigns.hint.COUNT', { per: fmt(ind.perItemPoints ?? 0), max: fmt(max) });
      case 'COMPUTED':
        return t('campaigns.hint.COMPUTED', { max: fmt(max) });
      case 'BONUS':
        return t('campaigns.hint.BONUS', { max: fmt(max) });
      case 'PENALTY':
        return t('campaigns.hint.PENALTY', { max: fmt(max) });
      case 'GROUP':
        return '';
    }
  })();

  const valueInput = (
    <input
      id={`${id}-value`}
      className="sheet-card__input"
      data-testid={`sheet-value-${code}`}
      inputMode={ind.kind === 'COUNT' ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={draft.value}
      disabled={!editable}
      aria-invalid={preview.error ? true : undefined}
      aria-describedby={`${id}-score`}
      onChange={(e) => props.onChange({ value: e.target.value })}
      onBlur={props.onCommit}
    />
  );

  return (
    <article
      className={`sheet-card${missing ? ' is-missing' : ''}`}
      id={`indicator-${code}`}
      data-testid={`sheet-indicator-${code}`}
      aria-labelledby={`${id}-title`}
    >
      <header className="sheet-card__head">
        <span className="sheet-card__code">{code}</span>
        <h3 id={`${id}-title`} className="sheet-card__title">
          {ind.title}
        </h3>
      </header>
      <p className="sheet-card__hint">
        {hint}
        {ind.evidenceRequired && <span className="badge cmp-required">{t('campaigns.sheet.evidenceRequired')}</span>}
      </p>

      {ind.kind === 'COMPUTED' ? (
        <ComputedValue entry={entry} />
      ) : ind.kind === 'YES_NO' ? (
        <div
          className="sheet-yesno"
          role="radiogroup"
          aria-labelledby={`${id}-title`}
          data-testid={`sheet-value-${code}`}
        >
          {(['1', '0'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={draft.value === v}
              disabled={!editable}
              className={`sheet-yesno__btn${draft.value === v ? ' is-on' : ''}`}
              data-testid={`sheet-value-${code}-${v === '1' ? 'yes' : 'no'}`}
              onClick={() => {
                props.onChange({ value: v });
                props.onCommit();
              }}
            >
              {v === '1' ? `✓ ${t('campaigns.sheet.yes')}` : `✗ ${t('campaigns.sheet.no')}`}
            </button>
          ))}
        </div>
      ) : (
        <div className="sheet-card__value">
          <label htmlFor={`${id}-value`} className="sheet-card__label">
            {t(`campaigns.valueLabel.${ind.kind}`)}
          </label>
          {ind.kind === 'TARGET' ? (
            valueInput
          ) : (
            <div className="sheet-stepper">
              <button
                type="button"
                className="sheet-stepper__btn"
                disabled={!editable}
                onClick={() => bump(-step)}
                aria-label={t('campaigns.sheet.less')}
              >
                −
              </button>
              {valueInput}
              <button
                type="button"
                className="sheet-stepper__btn"
                disabled={!editable}
                onClick={() => bump(step)}
                aria-label={t('campaigns.sheet.more')}
              >
                +
              </button>
            </div>
          )}
        </div>
      )}

      <p
        id={`${id}-score`}
        className={`sheet-card__score${preview.error ? ' is-error' : ''}`}
        data-testid={`sheet-score-${code}`}
        aria-live="polite"
      >
        {preview.error ? (
          preview.error
        ) : (
          <>
            {t('campaigns.sheet.score')}:{' '}
            <strong>{preview.score === null ? t('campaigns.sheet.notScored') : fmt(preview.score)}</strong>
            <span className="muted"> / {ind.kind === 'PENALTY' ? `−${fmt(max)}` : fmt(max)}</span>
          </>
        )}
      </p>

      {entry.reviewedScore !== null && (
        <p className="sheet-card__review" data-testid={`sheet-reviewed-${code}`}>
          {t('campaigns.sheet.reviewed', { score: fmt(entry.reviewedScore) })}
          {entry.reviewReason && <> — {entry.reviewReason}</>}
        </p>
      )}
      {entry.corrections.map((c) => (
        <p key={c.id} className="sheet-card__review is-correction">
          {t('campaigns.sheet.corrected', { old: fmt(c.oldScore), score: fmt(c.newScore), reason: c.reason })}
        </p>
      ))}

      {(editable || draft.note) && (
        <div className="sheet-card__note">
          <label htmlFor={`${id}-note`} className="sheet-card__label">
            {t('campaigns.sheet.note')}
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={draft.note}
            disabled={!editable}
            placeholder={t('campaigns.sheet.notePlaceholder')}
            onChange={(e) => props.onChange({ note: e.target.value })}
            onBlur={props.onCommit}
          />
        </div>
      )}

      <div className="sheet-card__evidence">
        <p className="sheet-card__label">{t('campaigns.sheet.evidence', { count: entry.evidence.length })}</p>
        <EvidenceList evidence={entry.evidence} code={code} onRemove={editable ? props.onRemoveEvidence : undefined} />
        {editable && (
          <div className="sheet-evidence-actions">
            <label className={`btn btn-secondary sheet-big-btn${busy ? ' is-busy' : ''}`}>
              <CameraIcon /> {t('campaigns.evidence.camera')}
              <input
                type="file"
                className="sr-only"
                accept="image/*"
                capture="environment"
                data-testid={`sheet-evidence-camera-${code}`}
                disabled={busy}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) props.onFile(file);
                }}
              />
            </label>
            <label className={`btn btn-secondary sheet-big-btn${busy ? ' is-busy' : ''}`}>
              <FolderIcon /> {t('campaigns.evidence.file')}
              <input
                type="file"
                className="sr-only"
                accept={EVIDENCE_ACCEPT}
                data-testid={`sheet-evidence-file-${code}`}
                disabled={busy}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) props.onFile(file);
                }}
              />
            </label>
            <button
              type="button"
              className="btn btn-ghost sheet-big-btn"
              onClick={() => setLinkOpen((o) => !o)}
              aria-expanded={linkOpen}
            >
              <LinkIcon /> {t('campaigns.evidence.link')}
            </button>
          </div>
        )}
        {editable && linkOpen && (
          <form
            className="sheet-link-form"
            onSubmit={(e) => {
              e.preventDefault();
              void props.onLink(link).then((ok) => {
                if (ok) {
                  setLink('');
                  setLinkOpen(false);
                }
              });
            }}
          >
            <input
              type="url"
              inputMode="url"
              placeholder="https://…"
              aria-label={t('campaigns.evidence.linkLabel')}
              data-testid={`sheet-evidence-link-${code}`}
              value={link}
              onChange={(e) => setLink(e.target.value)}
            />
            <button type="submit" className="btn btn-primary" data-testid={`sheet-evidence-link-add-${code}`}>
              {t('campaigns.evidence.addLink')}
            </button>
          </form>
        )}
        {busy && <p className="muted">{t('campaigns.evidence.uploading')}</p>}
        {evidenceError && (
          <p className="field__error" role="alert">
            {evidenceError}
          </p>
        )}
      </div>
    </article>
  );
}

function ComputedValue({ entry }: { entry: EntryData }) {
  const { t, i18n } = useTranslation();
  if (!entry.computed) return <p className="muted">{t('campaigns.sheet.computedPending')}</p>;
  let source: { kind?: string; participants?: number; eligible?: number } = {};
  try {
    source = JSON.parse(entry.computed.source) as typeof source;
  } catch {
    // Shown without its source.
  }
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(entry.computed.computedAt),
  );
  return (
    <p className="sheet-card__computed">
      {t('campaigns.sheet.computedValue', {
        value: formatScore(entry.computed.value * 100, i18n.language),
        source: source.kind ? t(`campaigns.source.${source.kind}`) : '',
        when,
      })}
      {source.participants !== undefined && (
        <>
          {' '}
          · {t('campaigns.sheet.participants', { participants: source.participants, eligible: source.eligible ?? 0 })}
        </>
      )}
    </p>
  );
}
