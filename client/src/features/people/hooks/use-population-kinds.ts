import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { PopulationKindsQuery } from '../../../generated/graphql';
import { PopulationKindsDocument } from '../graphql/people.documents';

export type PopulationKindItem = PopulationKindsQuery['populationKinds'][number];

/** The population kinds (configurable), with each one's label in the UI language. */
export function usePopulationKinds() {
  const { i18n } = useTranslation();
  const [result, reexecute] = useQuery({ query: PopulationKindsDocument });
  const kinds = useMemo(
    () => [...(result.data?.populationKinds ?? [])].sort((a, b) => a.sortOrder - b.sortOrder),
    [result.data],
  );
  const english = i18n.language.startsWith('en');
  const label = useCallback(
    (code: string) => {
      const kind = kinds.find((k) => k.code === code);
      if (!kind) return code;
      return english ? kind.labelEn : kind.labelVi;
    },
    [kinds, english],
  );
  const options = useMemo(
    () => kinds.filter((k) => k.active).map((k) => ({ value: k.code, label: english ? k.labelEn : k.labelVi })),
    [kinds, english],
  );
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { kinds, label, options, fetching: result.fetching, error: result.error, reload };
}
