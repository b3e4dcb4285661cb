import { matchesSearch } from '@thidua/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetupUnit } from '../../hooks/use-contest-setup-data';

interface Props {
  units: SetupUnit[];
  selected: string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}

/** The eligible units; none chosen means every unit may take part. */
export function ContestUnitsFieldset({ units, selected, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = units.filter((u) => matchesSearch(`${u.name} ${u.code} ${u.parentName}`, query));
  return (
    <fieldset disabled={disabled} className="ct-fieldset">
      <legend>
        {t('contests.setup.unitsTitle')}{' '}
        <span className="muted">
          {selected.length === 0
            ? t('contests.setup.allUnits')
            : t('contests.setup.someUnits', { count: selected.length })}
        </span>
      </legend>
      <p className="field__hint">{t('contests.setup.unitsHint')}</p>
      <input
        type="search"
        className="ct-unit-search"
        aria-label={t('contests.register.unitSearchPlaceholder')}
        placeholder={t('contests.register.unitSearchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="ct-units">
        {shown.map((u) => (
          <label key={u.id} className="ct-check" style={{ paddingLeft: `${u.depth * 1.1}rem` }}>
            <input
              type="checkbox"
              checked={selected.includes(u.id)}
              onChange={(e) => onChange(e.target.checked ? [...selected, u.id] : selected.filter((x) => x !== u.id))}
            />
            {u.name} <code className="muted">{u.code}</code>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
