import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { usePopulationKinds } from '../../../lib/population-kinds';
import { usePopulationLabel } from '../hooks/use-population-label';
import type { UnitTreeFilter } from '../hooks/use-unit-tree-filter';

/** How many units (of how many, when filtered) and their population by kind, in the kinds' order. */
export function UnitsTotals({ tree, unitCount }: { tree: UnitTreeFilter; unitCount: number }) {
  const { t, i18n } = useTranslation();
  const { count } = usePopulationLabel();
  const { kinds } = usePopulationKinds();
  const order = (kind: string) => {
    const i = kinds.findIndex((k) => k.code === kind);
    return i < 0 ? kinds.length : i;
  };
  const shown = tree.filter ? tree.filter.matched.size : unitCount;
  return (
    <p className="totals" data-testid="units-totals" aria-live="polite">
      <strong>
        {tree.filter
          ? t('units.totalsFiltered', {
              count: shown,
              shown: formatNumber(shown, i18n.language),
              total: formatNumber(unitCount, i18n.language),
            })
          : t('units.totals', { count: shown, value: formatNumber(shown, i18n.language) })}
      </strong>
      {[...tree.totals.entries()]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([populationKind, value]) => (
          <span key={populationKind} className="totals__item" data-testid={`units-total-${populationKind}`}>
            {count(value, populationKind)}
          </span>
        ))}
    </p>
  );
}
