import { UNIT_KINDS, type UnitKind } from '@thidua/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui';
import type { UnitTreeFilter } from '../hooks/use-unit-tree-filter';

/** Search, the kind filter, and fold / unfold all (when nothing is filtered). */
export function UnitsToolbar({ tree, hasUnits }: { tree: UnitTreeFilter; hasUnits: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <div className="field toolbar__search">
        <label htmlFor="units-search">{t('units.search')}</label>
        <input
          id="units-search"
          data-testid="units-search"
          type="search"
          placeholder={t('units.searchPlaceholder')}
          value={tree.query}
          onChange={(e) => tree.setQuery(e.target.value)}
        />
      </div>
      <div className="field toolbar__kind">
        <label htmlFor="units-kind">{t('units.filterKind')}</label>
        <select
          id="units-kind"
          data-testid="units-kind-filter"
          value={tree.kind}
          // The options are the unit kinds and "" (all).
          onChange={(e) => tree.setKind(e.target.value as UnitKind | '')}
        >
          <option value="">{t('units.allKinds')}</option>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`unitKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {!tree.filter && hasUnits && (
        <div className="toolbar__tree-actions">
          <Button size="small" variant="ghost" onClick={tree.expandAll}>
            {t('units.expandAll')}
          </Button>
          <Button size="small" variant="ghost" onClick={tree.collapseAll}>
            {t('units.collapseAll')}
          </Button>
        </div>
      )}
    </div>
  );
}
