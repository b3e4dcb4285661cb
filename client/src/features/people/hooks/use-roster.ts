import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { PeopleQuery } from '../../../generated/graphql';
import { PeopleDocument, RosterUnitDocument } from '../graphql/people.documents';
import { useDebounced } from './use-debounced';

export type RosterPerson = PeopleQuery['people']['items'][number];

export const ROSTER_PAGE_SIZE = 50;

/**
 * A unit's roster page: the unit (with its populations per kind), the search and filters,
 * and one page of people. The search is the server's (diacritic-insensitive: "nguyen"
 * finds "Nguyễn"); the page restarts at the first page whenever a filter changes.
 */
export function useRoster(unitId: string) {
  const [search, setSearchText] = useState('');
  const [kind, setKindValue] = useState('');
  const [subUnit, setSubUnitValue] = useState('');
  const [offset, setOffset] = useState(0);
  const query = useDebounced(search.trim());

  const [unitResult, reexecuteUnit] = useQuery({ query: RosterUnitDocument, variables: { id: unitId } });
  const filter = useMemo(
    () => ({
      unitId,
      ...(query ? { search: query } : {}),
      ...(kind ? { kind } : {}),
      ...(subUnit.trim() ? { subUnit: subUnit.trim() } : {}),
      limit: ROSTER_PAGE_SIZE,
      offset,
    }),
    [unitId, query, kind, subUnit, offset],
  );
  const [peopleResult, reexecutePeople] = useQuery({ query: PeopleDocument, variables: { filter } });

  const reload = useCallback(() => {
    reexecuteUnit({ requestPolicy: 'network-only' });
    reexecutePeople({ requestPolicy: 'network-only' });
  }, [reexecuteUnit, reexecutePeople]);

  const restart =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  const people = peopleResult.data?.people;
  return {
    unit: unitResult.data?.unit ?? null,
    unitError: unitResult.error,
    items: people?.items ?? [],
    total: people?.total ?? 0,
    loaded: people !== undefined,
    fetching: peopleResult.fetching,
    error: peopleResult.error,
    search,
    setSearch: restart(setSearchText),
    kind,
    setKind: restart(setKindValue),
    subUnit,
    setSubUnit: restart(setSubUnitValue),
    filtered: Boolean(query || kind || subUnit.trim()),
    clearFilters: () => {
      setSearchText('');
      setKindValue('');
      setSubUnitValue('');
      setOffset(0);
    },
    offset,
    pageSize: ROSTER_PAGE_SIZE,
    setOffset,
    reload,
  };
}

export type Roster = ReturnType<typeof useRoster>;
