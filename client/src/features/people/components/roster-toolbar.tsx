import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui';
import type { Roster } from '../hooks/use-roster';

interface RosterToolbarProps {
  roster: Roster;
  kindOptions: readonly { value: string; label: string }[];
  /** Sub-units seen on the roster (and the unit's sub-units' names), offered as suggestions. */
  subUnits: readonly string[];
}

/** Search by name (with or without diacritics), filter by kind and by class / TDP. */
export function RosterToolbar({ roster, kindOptions, subUnits }: RosterToolbarProps) {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <div className="toolbar" role="search">
      <div className="field toolbar__search">
        <label htmlFor="roster-search">{t('people.roster.search')}</label>
        <input
          id="roster-search"
          data-testid="roster-search"
          type="search"
          placeholder={t('people.roster.searchPlaceholder')}
          value={roster.search}
          onChange={(e) => roster.setSearch(e.target.value)}
        />
      </div>
      <div className="field toolbar__kind">
        <label htmlFor="roster-kind">{t('people.roster.filterKind')}</label>
        <select
          id="roster-kind"
          data-testid="roster-kind-filter"
          value={roster.kind}
          onChange={(e) => roster.setKind(e.target.value)}
        >
          <option value="">{t('people.roster.allKinds')}</option>
          {kindOptions.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field toolbar__kind">
        <label htmlFor="roster-subunit">{t('people.roster.filterSubUnit')}</label>
        <input
          id="roster-subunit"
          data-testid="roster-subunit-filter"
          list={listId}
          placeholder={t('people.roster.allSubUnits')}
          value={roster.subUnit}
          onChange={(e) => roster.setSubUnit(e.target.value)}
        />
        <datalist id={listId}>
          {subUnits.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      {roster.filtered && (
        <div className="toolbar__tree-actions">
          <Button size="small" variant="ghost" onClick={roster.clearFilters} data-testid="roster-clear-filters">
            {t('people.roster.clearFilters')}
          </Button>
        </div>
      )}
    </div>
  );
}
