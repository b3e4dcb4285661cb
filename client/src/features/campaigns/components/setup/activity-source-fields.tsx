import { ACTIVITY_FORMS, ACTIVITY_KINDS, COMPUTED_METRICS_BY_SOURCE } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ComputedMetric } from '../../../../generated/graphql';
import { usePopulationKinds } from '../../../../lib/population-kinds';
import { ActivityPlansForBindingDocument } from '../../graphql/activity-source.documents';
import type { IndicatorRow } from '../../utils/indicator-rows';

/**
 * The binding of a COMPUTED indicator to the activity log: the plan (or every plan), a form
 * and some of its kinds, the figure (a count, a sum, the attendees or the attendance rate),
 * the population kind of the attendees, the figure that earns the full points, and whether
 * a unit's figure takes in its sub-units.
 */
export function ActivitySourceFields({
  row: r,
  onChange,
}: {
  row: IndicatorRow;
  onChange: (patch: Partial<IndicatorRow>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { kinds: populationKinds, label } = usePopulationKinds();
  const [plans] = useQuery({ query: ActivityPlansForBindingDocument });
  const formKinds = ACTIVITY_KINDS.filter((k) => k.form === r.activityForm);
  const byPerson = r.metric === 'ACTIVITY_ATTENDANCE_RATE' || r.metric === 'ACTIVITY_ATTENDEES';
  const toggleKind = (code: string, on: boolean) =>
    onChange({ activityKinds: on ? [...r.activityKinds, code] : r.activityKinds.filter((k) => k !== code) });
  return (
    <>
      <select
        aria-label={t('campaigns.setup.activity.plan')}
        data-testid={`tree-activity-plan-${r.code}`}
        value={r.sourceId}
        onChange={(e) => onChange({ sourceId: e.target.value })}
      >
        <option value="">{t('campaigns.setup.activity.allPlans')}</option>
        {(plans.data?.activityPlans ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.documentNumber ? `${p.documentNumber} · ${p.title}` : p.title}
          </option>
        ))}
      </select>
      <select
        aria-label={t('campaigns.tree.metric')}
        value={r.metric}
        onChange={(e) => onChange({ metric: e.target.value as ComputedMetric })}
      >
        {COMPUTED_METRICS_BY_SOURCE.ACTIVITY.map((m) => (
          <option key={m} value={m}>
            {t(`campaigns.setup.activity.metric.${m}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('campaigns.setup.activity.form')}
        data-testid={`tree-activity-form-${r.code}`}
        value={r.activityForm}
        onChange={(e) => onChange({ activityForm: e.target.value, activityKinds: [] })}
      >
        <option value="">{t('campaigns.setup.activity.allForms')}</option>
        {ACTIVITY_FORMS.map((f) => (
          <option key={f} value={f}>
            {t(`activities.forms.${f}`)}
          </option>
        ))}
      </select>
      {byPerson && (
        <select
          aria-label={t('campaigns.setup.activity.population')}
          data-testid={`tree-activity-population-${r.code}`}
          value={r.populationKind}
          onChange={(e) => onChange({ populationKind: e.target.value })}
        >
          <option value="">
            {r.metric === 'ACTIVITY_ATTENDEES'
              ? t('campaigns.setup.activity.everyoneCounted')
              : t('campaigns.setup.activity.choosePopulation')}
          </option>
          {populationKinds
            .filter((k) => k.active || k.code === r.populationKind)
            .map((k) => (
              <option key={k.code} value={k.code}>
                {label(k.code)}
              </option>
            ))}
        </select>
      )}
      {r.metric !== 'ACTIVITY_ATTENDANCE_RATE' && (
        <label className="cmp-tree__num">
          <span>{t('campaigns.setup.activity.target')}</span>
          <input
            inputMode="decimal"
            data-testid={`tree-activity-target-${r.code}`}
            value={r.sourceTarget}
            onChange={(e) => onChange({ sourceTarget: e.target.value })}
          />
        </label>
      )}
      <label className="cmp-check">
        <input
          type="checkbox"
          checked={r.includeSubUnits}
          onChange={(e) => onChange({ includeSubUnits: e.target.checked })}
        />
        {t('campaigns.setup.activity.includeSubUnits')}
      </label>
      {formKinds.length > 0 && (
        <fieldset className="cmp-tree__activity-kinds">
          <legend>{t('campaigns.setup.activity.kinds')}</legend>
          {formKinds.map((k) => (
            <label key={k.code} className="cmp-check">
              <input
                type="checkbox"
                checked={r.activityKinds.includes(k.code)}
                onChange={(e) => toggleKind(k.code, e.target.checked)}
              />
              {i18n.language.startsWith('en') ? k.labelEn : k.labelVi}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
