import type { IndicatorDef } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { type ComputedParticipation, useParticipationFormula } from '../../hooks/use-participation-formula';
import { usePopulationKinds } from '../../../../lib/population-kinds';
import { adjustsFigure, type ReviewSheetState } from '../../hooks/use-review-sheet';
import { type EntryData, formatScore } from '../../utils/campaign-model';
import { explainsMore, explanationText } from '../../utils/score-explanation-text';
import { EvidenceList } from '../evidence-list';
import { IndicatorGuide } from '../sheet/indicator-card';

/** A computed rate's formula under its score, and whether it was counted before rosters. */
function ParticipationNote({ participation }: { participation: ComputedParticipation }) {
  const { t } = useTranslation();
  const { formula, notCounted } = useParticipationFormula();
  return (
    <p className="review-note cmp-formula" data-testid="review-formula">
      {[formula(participation), ...notCounted(participation)].join(' · ')}
      {participation.basis === 'BEFORE_ROSTERS' && (
        <span className="badge cmp-before-rosters">{t('campaigns.formula.countedBeforeRosters')}</span>
      )}
    </p>
  );
}

/** Every indicator: maximum, self score, evidence, reviewed score, and (when editable) the adjusted score. */
export function ReviewTable({ review }: { review: ReviewSheetState }) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);
  const { mode } = review;
  return (
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
          {review.ordered.map(({ indicator: d, depth }) => {
            if (d.kind === 'GROUP') {
              return (
                <tr key={d.id} className="review-table__group">
                  <th colSpan={mode !== 'read' ? 6 : 5} style={{ paddingLeft: `${0.65 + depth}rem` }}>
                    {d.code}. {d.title}{' '}
                    <span className="muted">
                      ({fmt(review.selfTotals.groupSubtotals[d.id])} → {fmt(review.reviewedTotals.groupSubtotals[d.id])}{' '}
                      / {fmt(d.maxPoints)})
                    </span>
                  </th>
                </tr>
              );
            }
            const entry = review.entryByIndicator.get(d.id);
            return entry ? <ReviewRow key={d.id} review={review} indicator={d} entry={entry} depth={depth} /> : null;
          })}
        </tbody>
      </table>
    </div>
  );
}

function ReviewRow({
  review,
  indicator: d,
  entry: e,
  depth,
}: {
  review: ReviewSheetState;
  indicator: IndicatorDef;
  entry: EntryData;
  depth: number;
}) {
  const { t, i18n } = useTranslation();
  const { label } = usePopulationKinds();
  const fmt = (n: number | null | undefined) => formatScore(n, i18n.language);
  const adjustment = review.adjustments.find((a) => a.entry.id === e.id);
  const problem = adjustment?.problem;
  const byFigure = adjustsFigure(d, review.mode);
  const changed = e.reviewedScore !== null && e.reviewedScore !== e.selfScore;
  return (
    <tr
      className={changed || e.correctedScore !== null ? 'is-changed' : undefined}
      data-testid={`review-row-${d.code}`}
    >
      <td style={{ paddingLeft: `${0.65 + depth}rem` }}>
        <code>{d.code}</code> {d.title}
        {d.evidenceRequired && <span className="badge cmp-required">{t('campaigns.sheet.evidenceRequired')}</span>}
        <IndicatorGuide indicator={d} />
        {e.note && <p className="review-note">“{e.note}”</p>}
      </td>
      <td className="num">{d.kind === 'PENALTY' ? `−${fmt(d.maxPoints)}` : fmt(d.maxPoints)}</td>
      <td>
        <strong>{fmt(e.selfScore)}</strong>
        {e.value !== null && d.kind !== 'MANUAL' && (
          <span className="muted">
            {' '}
            ({t(`campaigns.valueShort.${d.kind}`, { value: fmt(d.kind === 'COMPUTED' ? e.value * 100 : e.value) })})
          </span>
        )}
        {e.computed?.participation && <ParticipationNote participation={e.computed.participation} />}
        {e.explanation && explainsMore(e.explanation) && (
          <p className="review-note" data-testid={`review-explain-${d.code}`}>
            {explanationText(e.explanation, t, i18n.language, label)}
          </p>
        )}
      </td>
      <td>
        <EvidenceList evidence={e.evidence} code={d.code} />
        {e.evidence.length === 0 && (
          <span className={d.evidenceRequired ? 'field__error' : 'muted'}>{t('campaigns.review.noEvidence')}</span>
        )}
      </td>
      <td className="num">
        <strong>{fmt(e.finalScore)}</strong>
        {e.reviewedValue !== null && (
          <p className="review-note">{t('campaigns.sheet.reviewedFigure', { value: fmt(e.reviewedValue) })}</p>
        )}
        {e.reviewedExplanation && (
          <p className="review-note" data-testid={`review-reviewed-explain-${d.code}`}>
            {explanationText(e.reviewedExplanation, t, i18n.language, label)}
          </p>
        )}
        {e.reviewReason && <p className="review-note">{e.reviewReason}</p>}
        {e.corrections.map((c) => (
          <p key={c.id} className="review-note is-correction">
            {t('campaigns.sheet.corrected', { old: fmt(c.oldScore), score: fmt(c.newScore), reason: c.reason })}
          </p>
        ))}
      </td>
      {review.mode !== 'read' && (
        <td>
          <input
            className="review-adjust"
            inputMode="decimal"
            aria-label={t(byFigure ? 'campaigns.review.adjustFigureLabel' : 'campaigns.review.adjustLabel', {
              code: d.code,
            })}
            data-testid={`review-adjust-${d.code}`}
            placeholder={byFigure ? fmt(e.reviewedValue ?? e.value) : fmt(e.finalScore)}
            value={review.adjust[e.id] ?? ''}
            aria-invalid={problem ? true : undefined}
            onChange={(ev) => review.setAdjusted(e.id, ev.target.value)}
          />
          {byFigure && !adjustment && <p className="review-note">{t('campaigns.review.figureHint')}</p>}
          {byFigure && adjustment && !problem && (
            <p className="review-note" data-testid={`review-figure-score-${d.code}`}>
              {t('campaigns.review.figureScore', { score: fmt(adjustment.value) })}
            </p>
          )}
          {problem && <p className="field__error">{problem}</p>}
        </td>
      )}
    </tr>
  );
}
