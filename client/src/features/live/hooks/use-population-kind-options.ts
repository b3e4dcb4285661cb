import { DEFAULT_POPULATION_KINDS } from '@thidua/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LivePopulationKindsDocument } from '../graphql/live.documents';

/**
 * The population kinds a new game may count (the ward's list from `populationKinds`,
 * active ones in their order), as select options; the default kinds until it loads.
 */
export function usePopulationKindOptions(): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  const [result] = useQuery({ query: LivePopulationKindsDocument });
  const english = i18n.language.startsWith('en');
  return useMemo(() => {
    const kinds = result.data?.populationKinds
      ? [...result.data.populationKinds].filter((k) => k.active).sort((a, b) => a.sortOrder - b.sortOrder)
      : DEFAULT_POPULATION_KINDS;
    return kinds.map((k) => ({ value: k.code, label: english ? k.labelEn : k.labelVi }));
  }, [result.data, english]);
}
