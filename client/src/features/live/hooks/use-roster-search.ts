import { foldForSearch } from '@thidua/shared';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { LiveRosterCandidatesDocument } from '../graphql/live.documents';

const DEBOUNCE_MS = 300;

/**
 * "Find my name": names on the chosen unit's roster (of this game) matching what was
 * typed, diacritics aside; asked only once 2 letters are typed, and after a short pause.
 */
export function useRosterSearch(pin: string, unitId: string | null, query: string) {
  const [debounced, setDebounced] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const ready = unitId !== null && foldForSearch(debounced).replace(/\s+/gu, '').length >= 2;
  const [result] = useQuery({
    query: LiveRosterCandidatesDocument,
    variables: { input: { unitId: unitId ?? '', query: debounced, liveGamePin: pin } },
    pause: !ready,
    requestPolicy: 'network-only',
  });
  return {
    ready,
    candidates: ready ? (result.data?.rosterCandidates ?? []) : [],
    fetching: ready && (result.fetching || debounced !== query),
    error: result.error ?? null,
  };
}
