import { useCallback } from 'react';
import { useQuery } from 'urql';
import { UnitsDocument } from '../graphql/units.documents';
import type { UnitItem } from '../utils/unit-tree';

/** The units the signed-in user may see, with a `reload` for after a mutation. */
export function useUnits() {
  const [result, reexecute] = useQuery({ query: UnitsDocument });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const units: readonly UnitItem[] = result.data?.units ?? [];
  return { units, fetching: result.fetching, error: result.error, loaded: result.data !== undefined, reload };
}
