import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { usePopulationKinds } from '../../../lib/population-kinds';
import type { EntryData } from '../utils/campaign-model';

export type ComputedParticipation = NonNullable<NonNullable<EntryData['computed']>['participation']>;

/**
 * A computed participation rate in words, as the one definition counts it:
 * "Tỷ lệ tham gia = 2 người đã xác minh ÷ 4 Cán bộ - giáo viên - nhân viên (theo danh sách)",
 * and what it leaves out (guests, people of another kind). Before rosters every
 * participant counted: the formula says participants, not verified people.
 */
export function useParticipationFormula() {
  const { t, i18n } = useTranslation();
  const { label } = usePopulationKinds();
  const n = useCallback((value: number) => formatNumber(value, i18n.language), [i18n.language]);
  const formula = useCallback(
    (p: ComputedParticipation) =>
      t(p.basis === 'BEFORE_ROSTERS' ? 'campaigns.formula.beforeRosters' : 'campaigns.formula.verified', {
        verified: n(p.verified),
        population: n(p.population),
        kind: label(p.kind),
        source: t(`campaigns.formula.source.${p.populationSource}`),
      }),
    [t, n, label],
  );
  const notCounted = useCallback(
    (p: ComputedParticipation): string[] => [
      ...(p.guests > 0 ? [t('campaigns.formula.guests', { count: p.guests, value: n(p.guests) })] : []),
      ...(p.otherKinds > 0 ? [t('campaigns.formula.otherKinds', { count: p.otherKinds, value: n(p.otherKinds) })] : []),
    ],
    [t, n],
  );
  return { formula, notCounted };
}
