import type { ParticipationBasis } from './identity.js';
import type { PopulationSource } from './population-kinds.js';

/**
 * Participation, defined once (DESIGN.md, "Only real people move a unit's figures"):
 * the distinct verified roster persons of the named kind who took part ÷ the unit's
 * population of that kind. Guests (no roster person) and roster persons of another kind
 * are counted apart and never change the rate. The live unit board, the contest's unit
 * results and race, and every computed campaign indicator call this function.
 */

/** Which act counts as taking part. */
export const ParticipationAct = {
  /** Live games: answered at least one question (joining and leaving is not taking part). */
  ANSWERED: 'ANSWERED',
  /** Contests: submitted at least one attempt. */
  SUBMITTED: 'SUBMITTED',
} as const;
export type ParticipationAct = (typeof ParticipationAct)[keyof typeof ParticipationAct];

/** One player or entrant who did the act. */
export interface ParticipantRecord {
  /** The player or entrant: distinct per seat. */
  id: string;
  /** The roster person they were verified as; null for a guest or an unverified entrant. */
  personId: string | null;
  /** That person's population kind (null for a guest). */
  personKind: string | null;
}

export interface ParticipationPopulation {
  /** The kind the rate divides by. */
  kind: string;
  size: number;
  source: PopulationSource;
  /** The declared number: what figures counted before rosters divided by (they keep their numbers). */
  declared?: number;
}

export interface Participation {
  act: ParticipationAct;
  basis: ParticipationBasis;
  kind: string;
  /** Distinct verified persons of the kind (before rosters: every participant). */
  verified: number;
  /** Participants without a roster person: shown, never counted. */
  guests: number;
  /** Verified persons of another kind (a teacher in a pupils' game): shown, not counted. */
  otherKinds: number;
  population: number;
  populationSource: PopulationSource;
  /** verified ÷ population, 0..1; 0 when the population is 0. */
  rate: number;
}

export function participation(
  participants: readonly ParticipantRecord[],
  population: ParticipationPopulation,
  act: ParticipationAct,
  basis: ParticipationBasis = 'VERIFIED',
): Participation {
  const counted = new Set<string>();
  let guests = 0;
  const others = new Set<string>();
  if (basis === 'BEFORE_ROSTERS') {
    for (const p of participants) counted.add(p.id);
  } else {
    for (const p of participants) {
      if (p.personId === null) guests += 1;
      else if (p.personKind === population.kind) counted.add(p.personId);
      else others.add(p.personId);
    }
  }
  const verified = counted.size;
  const before = basis === 'BEFORE_ROSTERS' && population.declared !== undefined;
  const size = before ? population.declared! : population.size;
  return {
    act,
    basis,
    kind: population.kind,
    verified,
    guests,
    otherKinds: others.size,
    population: size,
    populationSource: before ? 'DECLARED' : population.source,
    rate: participationShare(verified, size),
  };
}

/** verified ÷ population, capped at 1 (a wrong declared number must not show 104 %); 0 without a population. */
export function participationShare(verified: number, population: number): number {
  if (!(population > 0) || !(verified > 0)) return 0;
  return Math.min(1, verified / population);
}
