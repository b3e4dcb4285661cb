import { DEFAULT_POPULATION_KINDS, type ParticipationBasis, type UnitAggregation } from '@thidua/shared';
import { useTranslation } from 'react-i18next';

/** A population kind's label in the UI language (the default kinds; a ward's own kind shows its code). */
export function populationKindLabel(code: string, language: string): string {
  const kind = DEFAULT_POPULATION_KINDS.find((k) => k.code === code);
  if (!kind) return code;
  return language.startsWith('en') ? kind.labelEn : kind.labelVi;
}

/**
 * Fair comparisons: the unit board always says how a unit's score and its participation
 * are formed (the one definition: verified roster persons who answered ÷ the unit's
 * population of the kind), and how many verified players and guests there are.
 */
export function UnitFormula({
  aggregation,
  basis = 'VERIFIED',
  verifiedPlayers,
  guests,
}: {
  aggregation: UnitAggregation;
  basis?: ParticipationBasis;
  verifiedPlayers?: number;
  guests?: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="unit-formula" data-testid="unit-formula">
      <p>{t(`live.unitFormula.${aggregation}`)}</p>
      <p>{t(`live.unitFormula.participation.${basis}`)}</p>
      {verifiedPlayers !== undefined && guests !== undefined && (
        <p className="unit-formula__counts" data-testid="unit-formula-counts">
          {t('live.unitFormula.counts', { verified: verifiedPlayers, guests })}
        </p>
      )}
    </div>
  );
}
