import { useMemo } from 'react';
import { useQuery } from 'urql';
import { PeopleDocument, PeopleUnitsDocument, RosterUnitDocument } from '../graphql/people.documents';
import { cardUnitLine, codeSheets } from '../utils/code-sheets';

/** The most people one printout holds (the server's page limit); a bigger roster is printed class by class (`?subUnit=`). */
export const CODE_SHEETS_LIMIT = 500;

/** The people of a unit (or one of its classes / TDPs) grouped into printable A4 code sheets. */
export function useCodeSheets(unitId: string, subUnit: string | null) {
  const [unitResult] = useQuery({ query: RosterUnitDocument, variables: { id: unitId } });
  const [result, reexecute] = useQuery({
    query: PeopleDocument,
    variables: { filter: { unitId, ...(subUnit ? { subUnit } : {}), limit: CODE_SHEETS_LIMIT, offset: 0 } },
  });
  const [unitsResult] = useQuery({ query: PeopleUnitsDocument });
  const people = result.data?.people;
  const units = unitsResult.data?.units;
  const sheets = useMemo(() => {
    if (!people) return [];
    const byId = new Map((units ?? []).map((u) => [u.id, u]));
    // A class's card names its school too ("Trường Tiểu học Hải An · Lớp 3B").
    return codeSheets(people.items.map((p) => ({ ...p, unitLine: cardUnitLine(p.unitId, p.unit.name, byId) })));
  }, [people, units]);
  return {
    unit: unitResult.data?.unit ?? null,
    sheets,
    total: people?.total ?? 0,
    shown: people?.items.length ?? 0,
    loaded: people !== undefined,
    error: result.error ?? unitResult.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
