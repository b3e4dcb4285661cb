import type { IndicatorDef } from '@thidua/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePopulationKinds } from '../../../../lib/population-kinds';
import { type EntryData, formatScore } from '../../utils/campaign-model';
import { explainsMore, explanationText } from '../../utils/score-explanation-text';
import { type Draft, indicatorHint, type Preview } from '../../utils/sheet-preview';
import { ComputedValue } from './computed-value';
import { IndicatorEvidence } from './indicator-evidence';
import { IndicatorValue } from './indicator-value';

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
  /** The campaign was created before rosters: its computed figures say so. */
  countedBeforeRosters?: boolean;
}

/** One indicator per card, large type and big targets: made for a phone held by an older TDP head. */
export function IndicatorCard(props: IndicatorCardProps) {
  const { indicator: ind, entry, draft, preview, editable, missing } = props;
  const { t, i18n } = useTranslation();
  const { label } = usePopulationKinds();
  const id = useId();
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);
  const code = ind.code;

  return (
    <article
      className={`sheet-card${missing ? ' is-missing' : ''}`}
      id={`indicator-${code}`}
      // Focusable from the submit check's list, which brings a missing card into view.
      tabIndex={-1}
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
        {indicatorHint(ind, entry, t, i18n.language, label)}
        {ind.evidenceRequired && <span className="badge cmp-required">{t('campaigns.sheet.evidenceRequired')}</span>}
      </p>
      <IndicatorGuide indicator={ind} />

      {ind.kind === 'COMPUTED' ? (
        <ComputedValue entry={entry} countedBeforeRosters={props.countedBeforeRosters} />
      ) : (
        <IndicatorValue
          indicator={ind}
          value={draft.value}
          invalid={Boolean(preview.error)}
          editable={editable}
          idBase={id}
          onChange={(value) => props.onChange({ value })}
          onCommit={props.onCommit}
        />
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
            <span className="muted"> / {ind.kind === 'PENALTY' ? `−${fmt(ind.maxPoints)}` : fmt(ind.maxPoints)}</span>
          </>
        )}
      </p>
      {!preview.error && explainsMore(preview.explanation ?? entry.explanation) && (
        <p className="sheet-card__explain" data-testid={`sheet-explain-${code}`}>
          {explanationText((preview.explanation ?? entry.explanation)!, t, i18n.language, label)}
        </p>
      )}

      {entry.reviewedScore !== null && (
        <p className="sheet-card__review" data-testid={`sheet-reviewed-${code}`}>
          {entry.reviewedValue !== null && (
            <>{t('campaigns.sheet.reviewedFigure', { value: fmt(entry.reviewedValue) })} · </>
          )}
          {t('campaigns.sheet.reviewed', { score: fmt(entry.reviewedScore) })}
          {entry.reviewReason && <> — {entry.reviewReason}</>}
          {explainsMore(entry.reviewedExplanation) && (
            <span className="sheet-card__explain">
              {' '}
              {explanationText(entry.reviewedExplanation!, t, i18n.language, label)}
            </span>
          )}
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

      <IndicatorEvidence
        code={code}
        evidence={entry.evidence}
        editable={editable}
        busy={props.busy}
        error={props.evidenceError}
        onFile={props.onFile}
        onLink={props.onLink}
        onRemove={props.onRemoveEvidence}
      />
    </article>
  );
}

/** Cách tính and Minh chứng yêu cầu, as the criteria table writes them. */
export function IndicatorGuide({ indicator }: { indicator: IndicatorDef }) {
  const { t } = useTranslation();
  if (!indicator.method && !indicator.evidenceText) return null;
  return (
    <dl className="sheet-card__guide" data-testid={`indicator-guide-${indicator.code}`}>
      {indicator.method && (
        <div>
          <dt>{t('campaigns.sheet.method')}</dt>
          <dd>{indicator.method}</dd>
        </div>
      )}
      {indicator.evidenceText && (
        <div>
          <dt>{t('campaigns.sheet.evidenceText')}</dt>
          <dd>{indicator.evidenceText}</dd>
        </div>
      )}
    </dl>
  );
}
