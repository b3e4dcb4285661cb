import { DEFAULT_POPULATION_KINDS } from '@thidua/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../generated';
import type { PopulationKindsQuery } from '../generated/graphql';

export const PopulationKindsDocument = graphql(`
  query PopulationKinds {
    populationKinds {
      code
      labelVi
      labelEn
      household
      sortOrder
      active
    }
  }
`);

export type PopulationKindItem = PopulationKindsQuery['populationKinds'][number];

/** The kinds the app starts with, shown until (or if) the ward's own list does not load. */
const DEFAULTS: readonly PopulationKindItem[] = DEFAULT_POPULATION_KINDS.map((k, i) => ({
  code: k.code,
  labelVi: k.labelVi,
  labelEn: k.labelEn,
  household: k.household,
  sortOrder: i,
  active: true,
}));

/**
 * The population kinds (data the ward edits: học sinh, đảng viên, hộ gia đình…) for every
 * feature that shows or picks one: in their order, each one's label in the UI language,
 * and the active ones as select options.
 */
export function usePopulationKinds() {
  const { i18n } = useTranslation();
  const [result, reexecute] = useQuery({ query: PopulationKindsDocument });
  const kinds = useMemo(
    () => [...(result.data?.populationKinds ?? DEFAULTS)].sort((a, b) => a.sortOrder - b.sortOrder),
    [result.data],
  );
  const english = i18n.language.startsWith('en');
  const label = useCallback(
    (code: string) => {
      const kind = kinds.find((k) => k.code === code) ?? DEFAULTS.find((k) => k.code === code);
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
