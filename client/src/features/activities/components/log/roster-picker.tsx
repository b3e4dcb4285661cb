import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, ErrorState, LoadingState, TextField } from '../../../../components/ui';
import { ActivityRosterCandidatesDocument } from '../../graphql/log-documents';
import { matchesSearch } from '../../utils/log-form';

export interface RosterPickerProps {
  activityId: string;
  selected: readonly string[];
  /** The names of people already picked (they may be outside the current search). */
  selectedNames: Readonly<Record<string, string>>;
  onChange: (personIds: string[], names: Record<string, string>) => void;
  /** Named attendees ÷ the unit's population of the audience kind (0–1), when known. */
  rate: number | null;
  disabled?: boolean;
}

/**
 * The people present, picked from the unit's roster: a search that ignores diacritics
 * ("nguyen" finds "Nguyễn"), one checkbox per person, "select all" of what the search
 * shows, and the count and attendance rate.
 */
export function RosterPicker({ activityId, selected, selectedNames, onChange, rate, disabled }: RosterPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [result] = useQuery({
    query: ActivityRosterCandidatesDocument,
    variables: { activityId, search: search.trim() },
  });
  const candidates = useMemo(
    () => (result.data?.activityRosterCandidates ?? []).filter((c) => matchesSearch(c.fullName, search)),
    [result.data, search],
  );
  const picked = new Set(selected);
  const allShownPicked = candidates.length > 0 && candidates.every((c) => picked.has(c.personId));

  const toggle = (personId: string, fullName: string) => {
    const names = { ...selectedNames, [personId]: fullName };
    if (picked.has(personId))
      onChange(
        selected.filter((id) => id !== personId),
        names,
      );
    else onChange([...selected, personId], names);
  };
  const selectAll = () => {
    const names = { ...selectedNames };
    const next = new Set(selected);
    for (const c of candidates) {
      if (allShownPicked) next.delete(c.personId);
      else {
        next.add(c.personId);
        names[c.personId] = c.fullName;
      }
    }
    onChange([...next], names);
  };

  return (
    <div className="al-roster" data-testid="roster-picker">
      <TextField
        type="search"
        label={t('activities.editor.roster.search')}
        hint={t('activities.editor.roster.searchHint')}
        value={search}
        onChange={setSearch}
        data-testid="roster-search"
      />
      <p className="al-roster__summary" data-testid="roster-summary">
        {t('activities.editor.roster.count', { count: selected.length })}
        {rate !== null && ` · ${t('activities.editor.roster.rate', { rate: Math.round(rate * 100) })}`}
      </p>
      {result.error ? (
        <ErrorState error={result.error} />
      ) : result.fetching && !result.data ? (
        <LoadingState />
      ) : candidates.length === 0 ? (
        <p className="muted">{t('activities.editor.roster.none')}</p>
      ) : (
        <>
          <Button size="small" onClick={selectAll} disabled={disabled} data-testid="roster-select-all">
            {allShownPicked ? t('activities.editor.roster.clearAll') : t('activities.editor.roster.selectAll')}
          </Button>
          <ul className="al-roster__list" data-testid="roster-list">
            {candidates.map((c) => (
              <li key={c.personId}>
                <label className="al-roster__person">
                  <input
                    type="checkbox"
                    checked={picked.has(c.personId)}
                    onChange={() => toggle(c.personId, c.fullName)}
                    disabled={disabled}
                    data-testid={`roster-person-${c.personId}`}
                  />
                  <span>
                    {c.fullName}
                    {c.subUnit && <span className="muted"> · {c.subUnit}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
