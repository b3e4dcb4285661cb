import { COMPUTED_METRICS_BY_SOURCE, INDICATOR_KINDS, indicatorFieldsOf, type IndicatorKind } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import type { Comparison, ComputedMetric, ComputedSourceKind } from '../../../../generated/graphql';
import { usePopulationKinds } from '../../../../lib/population-kinds';
import { thresholdsReadable, type IndicatorRow } from '../../utils/indicator-rows';
import { ActivitySourceFields } from './activity-source-fields';

interface IndicatorTreeFieldsProps {
  row: IndicatorRow;
  legend: string;
  readOnly: boolean;
  /** A group with indicators under it stays a group. */
  kindLocked: boolean;
  onChange: (patch: Partial<IndicatorRow>) => void;
}

/**
 * A tree row's fields, compact on one line: code, name, kind, maximum, and what the
 * kind needs (step, target, points per item, computed source), evidence required.
 */
export function IndicatorTreeFields({ row: r, legend, readOnly, kindLocked, onChange }: IndicatorTreeFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset disabled={readOnly} className="cmp-tree__fields">
      <legend className="sr-only">{legend}</legend>
      <input
        className="cmp-tree__code"
        aria-label={t('campaigns.tree.code')}
        value={r.code}
        onChange={(e) => onChange({ code: e.target.value })}
      />
      <input
        className="cmp-tree__name"
        aria-label={t('campaigns.tree.name')}
        placeholder={t('campaigns.tree.namePlaceholder')}
        value={r.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <select
        aria-label={t('campaigns.tree.kind')}
        value={r.kind}
        onChange={(e) => onChange({ kind: e.target.value as IndicatorKind })}
        disabled={readOnly || kindLocked}
      >
        {INDICATOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`campaigns.kind.${k}`)}
          </option>
        ))}
      </select>
      <NumberBox
        label={r.kind === 'BONUS' || r.kind === 'PENALTY' ? t('campaigns.tree.cap') : t('campaigns.tree.max')}
        value={r.maxPoints}
        onChange={(maxPoints) => onChange({ maxPoints })}
      />
      <KindFields row={r} onChange={onChange} />
      {r.kind === 'COMPUTED' && <ComputedSourceFields row={r} onChange={onChange} />}
      {r.kind !== 'GROUP' && (
        <label className="cmp-check">
          <input
            type="checkbox"
            checked={r.evidenceRequired}
            onChange={(e) => onChange({ evidenceRequired: e.target.checked })}
          />
          {t('campaigns.tree.evidenceRequired')}
        </label>
      )}
      {r.kind !== 'GROUP' && (
        <span className="cmp-tree__texts">
          <textarea
            rows={1}
            aria-label={t('campaigns.setup.method')}
            placeholder={t('campaigns.setup.method')}
            value={r.method}
            onChange={(e) => onChange({ method: e.target.value })}
          />
          <textarea
            rows={1}
            aria-label={t('campaigns.setup.evidenceText')}
            placeholder={t('campaigns.setup.evidenceText')}
            value={r.evidenceText}
            onChange={(e) => onChange({ evidenceText: e.target.value })}
          />
        </span>
      )}
    </fieldset>
  );
}

/** What the kind needs: step, target (or the ward's rate), steps of a threshold, points per occurrence, side, population. */
function KindFields({ row: r, onChange }: { row: IndicatorRow; onChange: (patch: Partial<IndicatorRow>) => void }) {
  const { t } = useTranslation();
  const { kinds, label } = usePopulationKinds();
  const uses = indicatorFieldsOf(r.kind);
  return (
    <>
      {uses.step && (
        <NumberBox label={t('campaigns.tree.step')} value={r.step} onChange={(step) => onChange({ step })} />
      )}
      {uses.target && (
        <NumberBox
          label={r.kind === 'WARD_RATE' ? t('campaigns.setup.wardRate') : t('campaigns.tree.target')}
          value={r.target}
          onChange={(target) => onChange({ target })}
        />
      )}
      {uses.thresholds && (
        <label className={`cmp-tree__num cmp-tree__steps${thresholdsReadable(r) ? '' : ' is-bad'}`}>
          <span>{t('campaigns.setup.thresholds')}</span>
          <input
            value={r.thresholds}
            placeholder="85:4; 70:2"
            title={t('campaigns.setup.thresholdsHint')}
            onChange={(e) => onChange({ thresholds: e.target.value })}
          />
        </label>
      )}
      {uses.perItemPoints && (
        <NumberBox
          label={t('campaigns.tree.perItem')}
          value={r.perItemPoints}
          onChange={(perItemPoints) => onChange({ perItemPoints })}
        />
      )}
      {uses.comparison && (
        <select
          aria-label={t('campaigns.setup.comparison')}
          value={r.comparison}
          onChange={(e) => onChange({ comparison: e.target.value as Comparison })}
        >
          <option value="AT_LEAST">{t('campaigns.setup.comparisonOf.AT_LEAST')}</option>
          <option value="AT_MOST">{t('campaigns.setup.comparisonOf.AT_MOST')}</option>
        </select>
      )}
      {uses.populationKind && (
        <select
          aria-label={t('campaigns.tree.populationKind')}
          value={r.populationKind}
          onChange={(e) => onChange({ populationKind: e.target.value })}
        >
          <option value="">{t('campaigns.tree.populationKindMain')}</option>
          {kinds
            .filter((k) => k.active || k.code === r.populationKind)
            .map((k) => (
              <option key={k.code} value={k.code}>
                {t('campaigns.tree.populationKindOf', { kind: label(k.code) })}
              </option>
            ))}
        </select>
      )}
    </>
  );
}

/** A compact number as typed (a half-typed "7," stays): the label above, the box below. */
function NumberBox({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className="cmp-tree__num">
      <span>{label}</span>
      <input inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

function ComputedSourceFields({
  row: r,
  onChange,
}: {
  row: IndicatorRow;
  onChange: (patch: Partial<IndicatorRow>) => void;
}) {
  const { t } = useTranslation();
  const { kinds, label } = usePopulationKinds();
  const kindSelect = (
    <select
      aria-label={t('campaigns.tree.sourceKind')}
      data-testid={`tree-source-kind-${r.code}`}
      value={r.sourceKind}
      onChange={(e) => {
        const sourceKind = e.target.value as ComputedSourceKind;
        // Each source has its own metrics and its own ids: switching starts the binding afresh.
        if (sourceKind !== r.sourceKind)
          onChange({ sourceKind, sourceId: '', metric: COMPUTED_METRICS_BY_SOURCE[sourceKind][0], populationKind: '' });
      }}
    >
      <option value="LIVE_GAME">{t('campaigns.source.LIVE_GAME')}</option>
      <option value="CONTEST">{t('campaigns.source.CONTEST')}</option>
      <option value="ACTIVITY">{t('campaigns.source.ACTIVITY')}</option>
    </select>
  );
  if (r.sourceKind === 'ACTIVITY')
    return (
      <>
        {kindSelect}
        <ActivitySourceFields row={r} onChange={onChange} />
      </>
    );
  return (
    <>
      {kindSelect}
      <select
        aria-label={t('campaigns.tree.metric')}
        value={r.metric}
        onChange={(e) => onChange({ metric: e.target.value as ComputedMetric })}
      >
        <option value="PARTICIPATION_RATE">{t('campaigns.metric.PARTICIPATION_RATE')}</option>
        <option value="AVERAGE_SCORE">{t('campaigns.metric.AVERAGE_SCORE')}</option>
      </select>
      {r.metric === 'PARTICIPATION_RATE' && (
        <select
          aria-label={t('campaigns.tree.populationKind')}
          data-testid={`tree-population-kind-${r.code}`}
          value={r.populationKind}
          onChange={(e) => onChange({ populationKind: e.target.value })}
        >
          <option value="">{t('campaigns.tree.populationKindMain')}</option>
          {kinds
            .filter((k) => k.active || k.code === r.populationKind)
            .map((k) => (
              <option key={k.code} value={k.code}>
                {t('campaigns.tree.populationKindOf', { kind: label(k.code) })}
              </option>
            ))}
        </select>
      )}
      <input
        className="cmp-tree__source-id"
        aria-label={t('campaigns.tree.sourceId')}
        placeholder={t('campaigns.tree.sourceIdPlaceholder')}
        value={r.sourceId}
        onChange={(e) => onChange({ sourceId: e.target.value })}
      />
    </>
  );
}
