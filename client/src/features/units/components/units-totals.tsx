import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { usePopulationLabel } from '../hooks/use-population-label';
import type { UnitTreeFilter } from '../hooks/use-unit-tree-filter';

/** How many units (of how many, when filtered) and their population by kind. */
export function UnitsTotals({ tree, unitCount }: { tree: UnitTreeFilter; unitCount: number }) {
  const { t, i18n } = useTranslation();
  const populationLabel = usePopulationLabel();
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
      {[...tree.totals.entries()].map(([populationKind, value]) => (
        <span key={populationKind} className="totals__item">
          {populationLabel(value, populationKind)}
        </span>
      ))}
    </p>
  );
}
