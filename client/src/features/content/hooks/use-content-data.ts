import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { ResolutionsQuery } from '../../../generated/graphql';
import { ResolutionsDocument } from '../graphql/content.documents';

export type ResolutionItem = ResolutionsQuery['resolutions'][number];
export type SectionItem = ResolutionItem['sections'][number];

/** Resolutions with their sections (few and small: loaded once and cached). */
export function useResolutions() {
  const [result] = useQuery({ query: ResolutionsDocument });
  const resolutions: readonly ResolutionItem[] = useMemo(() => result.data?.resolutions ?? [], [result.data]);
  const sectionsById = useMemo(() => {
    const map = new Map<string, SectionItem>();
    for (const r of resolutions) for (const s of r.sections) map.set(s.id, s);
    return map;
  }, [resolutions]);
  return {
    resolutions,
    sectionsById,
    fetching: result.fetching,
    error: result.error,
    loaded: result.data !== undefined,
  };
}
