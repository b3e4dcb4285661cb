import type { PrizeTier, UnitPrizeConfig } from './contest-enums.js';

export interface UnitEntrantScore {
  unitId: string;
  entrantId: string;
  /** The entrant's counting score. */
  score: number;
}

export interface UnitPopulation {
  unitId: string;
  eligiblePopulation: number;
}

export interface UnitResult {
  unitId: string;
  /** Distinct entrants with a submitted attempt. */
  entrants: number;
  eligiblePopulation: number;
  /** entrants ÷ eligible population (0 when the population is 0); not capped, so a wrong population shows. */
  participationRate: number;
  /** Mean of the entrants' counting scores; 0 without entrants. */
  averageScore: number;
  /** Unit points of the prizes won by the unit's entrants. */
  prizePoints: number;
  /** participationRate × participationPoints + prizePoints. */
  prizeScore: number;
  rank: number;
}

/**
 * Unit results of a contest or round. `prizesWon` lists, per winning entrant, the
 * tier won. Units are ranked by prize score, then participation rate, then average
 * score; equal units share a rank.
 */
export function unitResults(
  units: readonly UnitPopulation[],
  scores: readonly UnitEntrantScore[],
  prizesWon: readonly { unitId: string; tier: PrizeTier }[],
  config: UnitPrizeConfig,
): UnitResult[] {
  const rows = units.map((unit) => {
    const own = new Map<string, number>();
    for (const s of scores) if (s.unitId === unit.unitId) own.set(s.entrantId, s.score);
    const entrants = own.size;
    const participationRate = unit.eligiblePopulation > 0 ? entrants / unit.eligiblePopulation : 0;
    const averageScore = entrants > 0 ? [...own.values()].reduce((a, b) => a + b, 0) / entrants : 0;
    const prizePoints = prizesWon.filter((p) => p.unitId === unit.unitId).reduce((a, p) => a + p.tier.unitPoints, 0);
    return {
      unitId: unit.unitId,
      entrants,
      eligiblePopulation: unit.eligiblePopulation,
      participationRate,
      averageScore,
      prizePoints,
      prizeScore: round2(participationRate * config.participationPoints + prizePoints),
      rank: 0,
    };
  });
  const order = (a: UnitResult, b: UnitResult) =>
    b.prizeScore - a.prizeScore || b.participationRate - a.participationRate || b.averageScore - a.averageScore;
  rows.sort(order);
  rows.forEach((row, i) => {
    row.rank = i > 0 && order(rows[i - 1], row) === 0 ? rows[i - 1].rank : i + 1;
  });
  return rows;
}

/** Assigns prize tiers down a ranking, in order: the first `count` rows win tier 1, the next tier 2… */
export function assignPrizes<T>(ranked: readonly T[], tiers: readonly PrizeTier[]): { row: T; tier: PrizeTier }[] {
  const won: { row: T; tier: PrizeTier }[] = [];
  let position = 0;
  for (const tier of tiers) {
    for (let i = 0; i < tier.count && position < ranked.length; i += 1) won.push({ row: ranked[position++], tier });
  }
  return won;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
