import { compareVietnamese } from '@thidua/shared';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ContestSetupDataDocument } from '../graphql/contests.documents';

export interface SetupUnit {
  id: string;
  name: string;
  code: string;
  depth: number;
  parentName: string;
}

/**
 * What the set-up form picks from: the resolutions' sections for the draw rules, and
 * the units in tree order (by parent, then name) with their depth for indenting.
 */
export function useContestSetupData() {
  const [result] = useQuery({ query: ContestSetupDataDocument });
  const resolutions = useMemo(() => result.data?.resolutions ?? [], [result.data]);
  const units = useMemo((): SetupUnit[] => {
    const list = result.data?.units ?? [];
    const byId = new Map(list.map((u) => [u.id, u]));
    const depth = (id: string | null | undefined, n = 0): number => {
      const parent = id ? byId.get(id) : undefined;
      return parent ? depth(parent.parentId, n + 1) : n;
    };
    return list
      .map((u) => ({
        id: u.id,
        name: u.name,
        code: u.code,
        depth: depth(u.parentId),
        parentName: u.parentId ? (byId.get(u.parentId)?.name ?? '') : '',
      }))
      .sort((a, b) => compareVietnamese(a.parentName, b.parentName) || compareVietnamese(a.name, b.name));
  }, [result.data]);
  return { resolutions, units };
}

export type SetupResolution = ReturnType<typeof useContestSetupData>['resolutions'][number];
