import type { ParticipationBasis } from '../people/identity.js';
import { participation, type Participation, type ParticipationPopulation } from '../people/participation.js';
import type { PrizeTier, UnitPrizeConfig } from './contest-enums.js';

export interface UnitEntrantScore {
  unitId: string;
  entrantId: string;
  /** The roster person the entrant was verified as; null for an entrant known only by phone (unverified). */
  personId: string | null;
  /** That person's population kind. */
  personKind: string | null;
  /** The entrant's counting score. */
  score: number;
}

export interface UnitPopulation {
  unitId: string;
  /** The population the unit's rate divides by (its kind, size and source). */
  population: ParticipationPopulation;
}

/** A prize won by an entrant of the unit; an unverified entrant's prize brings the unit nothing. */
export interface UnitPrizeWon {
  unitId: string;
  personId: string | null;
  tier: PrizeTier;
}

export interface UnitResult {
  unitId: string;
  /** The one definition's figure (act SUBMITTED): verified persons, guests, population, rate. */
  participation: Participation;
  /** Distinct verified persons of the kind with a submitted attempt (before rosters: every entrant). */
  entrants: number;
  /** Entrants without a roster person: shown, never counted. */
  unverified: number;
  /** Verified persons of another kind: shown, not counted. */
  otherKinds: number;
  eligiblePopulation: number;
  /** verified ÷ population, 0..1 (the shared participation rate, capped at 1). */
  participationRate: number;
  /** Mean of the counted entrants' counting scores; 0 without any. */
  averageScore: number;
  /** Unit points of the prizes won by the unit's counted entrants. */
  prizePoints: number;
  /** participationRate × participationPoints + prizePoints. */
  prizeScore: number;
  rank: number;
}

/**
 * Unit results of a contest or round, through the shared `participation()`: only
 * verified roster persons of the unit's population kind move its rate, its average
 * score and its prize points (collective prizes) — an entrant known only by phone is
 * counted apart as unverified. Contests counted before rosters (BEFORE_ROSTERS) keep
 * counting every entrant, as then. Units are ranked by prize score, then participation
 * rate, then average score; equal units share a rank.
 */
export function unitResults(
  units: readonly UnitPopulation[],
  scores: readonly UnitEntrantScore[],
  prizesWon: readonly UnitPrizeWon[],
  config: UnitPrizeConfig,
  basis: ParticipationBasis = 'VERIFIED',
): UnitResult[] {
  const rows = units.map((unit) => {
    const own = scores.filter((s) => s.unitId === unit.unitId);
    const figure = participation(
      own.map((s) => ({ id: s.entrantId, personId: s.personId, personKind: s.personKind })),
      unit.population,
      'SUBMITTED',
      basis,
    );
    const counted = new Map<string, number>();
    for (const s of own) if (countsFor(s, unit.population.kind, basis)) counted.set(countKey(s, basis), s.score);
    const averageScore = counted.size > 0 ? [...counted.values()].reduce((a, b) => a + b, 0) / counted.size : 0;
    const prizePoints = prizesWon
      .filter((p) => p.unitId === unit.unitId && (basis === 'BEFORE_ROSTERS' || p.personId !== null))
      .reduce((a, p) => a + p.tier.unitPoints, 0);
    return {
      unitId: unit.unitId,
      participation: figure,
      entrants: figure.verified,
      unverified: figure.guests,
      otherKinds: figure.otherKinds,
      eligiblePopulation: figure.population,
      participationRate: figure.rate,
      averageScore,
      prizePoints,
      prizeScore: round2(figure.rate * config.participationPoints + prizePoints),
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

const countsFor = (s: UnitEntrantScore, kind: string, basis: ParticipationBasis) =>
  basis === 'BEFORE_ROSTERS' || (s.personId !== null && s.personKind === kind);
const countKey = (s: UnitEntrantScore, basis: ParticipationBasis) =>
  basis === 'BEFORE_ROSTERS' ? s.entrantId : s.personId!;

/** Assigns prize tiers down a ranking, in order: the first `count` rows win tier 1, the next tier 2… */
export function assignPrizes<T>(ranked: readonly T[], tiers: readonly PrizeTier[]): { row: T; tier: PrizeTier }[] {
  const won: { row: T; tier: PrizeTier }[] = [];
  let position = 0;
  for (const tier of tiers) {
    for (let i = 0; i < tier.count && position < ranked.length; i += 1) won.push({ row: ranked[position++], tier });
  }
  return won;
}

/**
 * The formula a unit board shows, in Vietnamese: which act counts, whom it counts and
 * what it divides by (`kindLabel`: e.g. "học sinh"; null when each unit has its own kind).
 */
export function contestParticipationFormula(basis: ParticipationBasis, kindLabel: string | null): string {
  const population = kindLabel ? `số ${kindLabel.toLocaleLowerCase('vi')} của đơn vị` : 'số đối tượng của đơn vị';
  return basis === 'BEFORE_ROSTERS'
    ? `Tỷ lệ tham gia = số người dự thi đã nộp bài ÷ ${population} (tính trước khi có danh sách)`
    : `Tỷ lệ tham gia = số người trong danh sách đơn vị (đã xác minh) đã nộp bài ÷ ${population}; thí sinh chưa xác minh không được tính`;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
