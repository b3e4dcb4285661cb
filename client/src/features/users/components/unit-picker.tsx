import { compareVietnamese, matchesSearch } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui';
import type { UserUnitsQuery } from '../../../generated/graphql';

export type UnitOption = UserUnitsQuery['units'][number];

interface UnitPickerProps {
  id: string;
  units: readonly UnitOption[];
  value: string;
  onChange: (unitId: string) => void;
  invalid?: boolean;
  describedBy?: string;
  /** Given when no unit is a valid choice: a button to drop the chosen one. */
  onClear?: () => void;
}

/** A unit chosen from a list filtered as you type; diacritics optional ("to dan pho" finds "Tổ dân phố"). */
export function UnitPicker({ id, units, value, onChange, invalid, describedBy, onClear }: UnitPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => [...units].sort((a, b) => compareVietnamese(a.name, b.name)), [units]);
  const shown = useMemo(
    () => (query.trim() ? sorted.filter((u) => matchesSearch(`${u.name} ${u.code}`, query)) : sorted),
    [sorted, query],
  );
  const selected = units.find((u) => u.id === value);
  return (
    <div className="unit-picker">
      <input
        id={id}
        type="search"
        data-testid="user-unit-search"
        placeholder={t('users.form.unitSearch')}
        value={query}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select
        size={6}
        className="unit-picker__list"
        data-testid="user-unit-list"
        aria-label={t('users.form.unitList')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {shown.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.code}) · {t(`unitKind.${u.kind}`)}
          </option>
        ))}
      </select>
      <p className="field__hint" data-testid="user-unit-selected">
        {selected ? t('users.form.unitChosen', { name: selected.name, code: selected.code }) : t('users.form.noUnit')}
        {query.trim() && ` · ${t('users.form.unitMatches', { count: shown.length })}`}
        {onClear && selected && (
          <>
            {' '}
            <Button size="small" variant="ghost" data-testid="user-unit-clear" onClick={onClear}>
              {t('users.form.unitClear')}
            </Button>
          </>
        )}
      </p>
    </div>
  );
}
