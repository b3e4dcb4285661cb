import { DEFAULT_POPULATION_KINDS } from '@thidua/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../generated';

export const PopulationKindLabelsDocument = graphql(`
  query PopulationKindLabels {
    populationKinds {
      code
      labelVi
      labelEn
      sortOrder
      active
    }
  }
`);

export interface PopulationKindOption {
  code: string;
  labelVi: string;
  labelEn: string;
  sortOrder: number;
  active: boolean;
}

/** The kinds the app starts with, shown until (or if) the ward's own list does not load. */
const DEFAULTS: readonly PopulationKindOption[] = DEFAULT_POPULATION_KINDS.map((k, i) => ({
  code: k.code,
  labelVi: k.labelVi,
  labelEn: k.labelEn,
  sortOrder: i,
  active: true,
}));

/**
 * Shared by the features that show populations (units, campaigns): the population kinds (data the ward edits: học sinh, đảng viên, hộ gia đình…) in their
 * order, each one's label in the UI language, and the active ones as select options.
 */
export function usePopulationKinds() {
  const { i18n } = useTranslation();
  const [result] = useQuery({ query: PopulationKindLabelsDocument });
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
  return { kinds, label };
}
