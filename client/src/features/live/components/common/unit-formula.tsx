import type { UnitAggregation } from '@thidua/shared';
import { useTranslation } from 'react-i18next';

/** Fair comparisons: the unit board always says how a unit's score is formed. */
export function UnitFormula({ aggregation }: { aggregation: UnitAggregation }) {
  const { t } = useTranslation();
  return <p className="unit-formula">{t(`live.unitFormula.${aggregation}`)}</p>;
}
