import { compareVietnamese, matchesSearch } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';

export interface PickableUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

interface UnitPickerProps {
  units: readonly PickableUnit[];
  value: string | null;
  onChange: (unitId: string) => void;
  invalid?: boolean;
}

/** At most this many matches are listed; a longer list asks for a narrower search. */
const MAX_MATCHES = 30;

/**
 * The entrant's unit (school, class, tổ dân phố…): a search, never the whole unit
 * tree inline — nothing is listed until something is typed, then at most MAX_MATCHES
 * matches, searchable without diacritics ("to dan pho 3" finds "Tổ dân phố số 3"),
 * grouped under each unit's parent.
 */
export function UnitPicker({ units, value, onChange, invalid }: UnitPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [picking, setPicking] = useState(value === null);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const chosen = value ? (byId.get(value) ?? null) : null;

  const found = useMemo(() => {
    const parentName = (u: PickableUnit) => (u.parentId ? (byId.get(u.parentId)?.name ?? '') : '');
    if (!query.trim()) return { groups: [], more: 0 };
    const all = units.filter((u) => matchesSearch(`${u.name} ${u.code} ${parentName(u)}`, query));
    const matched = all.slice(0, MAX_MATCHES);
    const byParent = new Map<string, PickableUnit[]>();
    for (const unit of matched) {
      const key = parentName(unit);
      byParent.set(key, [...(byParent.get(key) ?? []), unit]);
    }
    const groups = [...byParent]
      .sort(([a], [b]) => compareVietnamese(a, b))
      .map(([parent, list]) => ({ parent, list: [...list].sort((a, b) => compareVietnamese(a.name, b.name)) }));
    return { groups, more: all.length - matched.length };
  }, [units, query, byId]);
  const { groups, more } = found;

  if (chosen && !picking) {
    const parent = chosen.parentId ? byId.get(chosen.parentId) : undefined;
    return (
      <div className="cp-units__chosen" data-testid="register-unit-chosen">
        <span>
          <strong>{chosen.name}</strong>
          {parent && <span className="muted"> · {parent.name}</span>}
        </span>
        <Button onClick={() => setPicking(true)}>{t('contests.register.changeUnit')}</Button>
      </div>
    );
  }

  return (
    <div className="cp-units">
      <label htmlFor="register-unit-search" className="cp-units__search-label">
        {t('contests.register.unitSearch')}
      </label>
      <input
        id="register-unit-search"
        data-testid="register-unit-search"
        className="cp-input"
        type="search"
        autoComplete="off"
        placeholder={t('contests.register.unitSearchPlaceholder')}
        value={query}
        aria-invalid={invalid || undefined}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="cp-units__list" role="radiogroup" aria-label={t('contests.register.unit')}>
        {groups.map((group) => (
          <div key={group.parent} className="cp-units__group">
            {group.parent && <p className="cp-units__parent">{group.parent}</p>}
            {group.list.map((unit) => (
              <label
                key={unit.id}
                className={`cp-unit${value === unit.id ? ' is-selected' : ''}`}
                data-testid={`register-unit-${unit.code}`}
              >
                <input
                  type="radio"
                  name="contest-unit"
                  value={unit.id}
                  checked={value === unit.id}
                  onChange={() => {
                    onChange(unit.id);
                    setPicking(false);
                  }}
                />
                <span>{unit.name}</span>
              </label>
            ))}
          </div>
        ))}
        {!query.trim() ? (
          <p className="muted" data-testid="register-unit-hint">
            {t('contests.register.unitTypeToSearch')}
          </p>
        ) : (
          groups.length === 0 && <p className="muted">{t('contests.register.noUnitMatch')}</p>
        )}
        {more > 0 && (
          <p className="muted" data-testid="register-unit-more">
            {t('contests.register.unitMore', { count: more })}
          </p>
        )}
      </div>
    </div>
  );
}
