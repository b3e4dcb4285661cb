import { questionPoints } from '../content/answer-key.js';
import type { ParticipationBasis } from '../people/identity.js';
import { participation, type ParticipationAct, type ParticipationPopulation } from '../people/participation.js';
import type { PopulationSource } from '../people/population-kinds.js';
import type { LiveGameSettings, UnitAggregation } from './live-settings.js';

export interface AnswerScoreInput {
  /** Fraction of credit from gradeAnswer(): 1 correct, 0 wrong, in between for partial multiple-select. */
  credit: number;
  /** Server-measured time from the options opening to the answer's receipt. */
  elapsedMs: number;
  timeLimitMs: number;
  doublePoints: boolean;
  /** Consecutive fully correct answers before this one. */
  streakBefore: number;
}

/** Streak bonus points per previous consecutive fully correct answer. */
export const STREAK_BONUS_STEP = 100;
/** Previous correct answers counted by the streak bonus: the bonus is at most STEP × MAX_STEPS (500). */
export const STREAK_BONUS_MAX_STEPS = 5;

/** The streak bonus of a fully correct answer after `streakBefore` consecutive correct ones. */
export function streakBonusPoints(streakBefore: number): number {
  return Math.min(streakBefore, STREAK_BONUS_MAX_STEPS) * STREAK_BONUS_STEP;
}

/**
 * Points of one answer. Speed mode: round(P × credit × (1 − (t/T)/2)); accuracy
 * mode: round(P × credit). The optional streak bonus (streakBonusPoints()) is added to a
 * fully correct answer.
 */
export function answerPoints(
  input: AnswerScoreInput,
  settings: Pick<LiveGameSettings, 'scoringMode' | 'streakBonus'>,
): number {
  const points = questionPoints(input.doublePoints);
  const credit = Math.min(1, Math.max(0, input.credit));
  if (credit === 0) return 0;
  const t = Math.min(Math.max(0, input.elapsedMs), input.timeLimitMs);
  const speed = settings.scoringMode === 'SPEED' ? 1 - t / input.timeLimitMs / 2 : 1;
  const streak = settings.streakBonus && credit === 1 ? streakBonusPoints(input.streakBefore) : 0;
  return Math.round(points * credit * speed) + streak;
}

export interface PlayerStanding {
  playerId: string;
  name: string;
  unitId: string | null;
  score: number;
  /** Sum of server-measured answer times of correct answers: breaks ties (faster first). */
  correctTimeMs: number;
}

export interface RankedPlayer extends PlayerStanding {
  rank: number;
}

/** Score ↓, then total time of correct answers ↑; equal on both share a rank (1-2-2-4). */
export function rankPlayers<T extends PlayerStanding>(players: readonly T[]): (T & { rank: number })[] {
  const sorted = [...players].sort(
    (a, b) => b.score - a.score || a.correctTimeMs - b.correctTimeMs || a.name.localeCompare(b.name, 'vi'),
  );
  let rank = 0;
  return sorted.map((player, index) => {
    const previous = sorted[index - 1];
    if (!previous || previous.score !== player.score || previous.correctTimeMs !== player.correctTimeMs)
      rank = index + 1;
    return { ...player, rank };
  });
}

/** A player as the unit board sees them: who they are verified as, and whether they took part. */
export interface UnitBoardPlayer extends PlayerStanding {
  /** The roster person the player identified as; null for a guest. */
  personId: string | null;
  /** That person's population kind (null for a guest). */
  personKind: string | null;
  /** Answered at least one question (the act that counts in a live game). */
  answered: boolean;
}

export interface UnitStanding {
  unitId: string;
  /** Seats that named the unit (verified, guests and other kinds alike): shown, not what the rate counts. */
  players: number;
  /** What the rate counts (participation(): verified persons of the kind who answered; before rosters: every player). */
  verified: number;
  /** Guests who named the unit: shown apart, never counted. */
  guests: number;
  /** Verified persons of another kind: shown apart, not counted. */
  otherKinds: number;
  /** The population kind the rate divides by. */
  populationKind: string;
  populationSource: PopulationSource;
  eligiblePopulation: number;
  /** verified ÷ population, at most 1 (0 when the population is unknown). */
  participationRate: number;
  /** Mean total of the counted players. */
  meanScore: number;
  /** The value units are ranked by, per the game's aggregation. */
  score: number;
  rank: number;
  basis: ParticipationBasis;
  act: ParticipationAct;
}

/**
 * Unit ranking of a live game, on the one participation definition (shared/people/participation.ts):
 *
 * - VERIFIED basis (every game since rosters): a unit counts its verified roster persons of
 *   the population's kind who answered at least one question. Its mean score is theirs,
 *   its rate is `participation()`'s; guests and other kinds are shown apart and never move
 *   the unit's score, rate or rank. A unit nobody counts for is left out of the ranking.
 * - BEFORE_ROSTERS (games created before rosters): as then, every player who named the unit
 *   counts, answered or not, and the mean is over all of them.
 *
 * `populations`: each unit's population of the game's kind; a unit without one divides by 0 (rate 0).
 */
export function rankUnits(
  players: readonly UnitBoardPlayer[],
  populations: ReadonlyMap<string, ParticipationPopulation>,
  aggregation: UnitAggregation,
  basis: ParticipationBasis = 'VERIFIED',
): UnitStanding[] {
  const byUnit = new Map<string, UnitBoardPlayer[]>();
  for (const player of players) {
    if (!player.unitId) continue;
    const members = byUnit.get(player.unitId) ?? [];
    members.push(player);
    byUnit.set(player.unitId, members);
  }
  const standings: UnitStanding[] = [];
  for (const [unitId, members] of byUnit) {
    const population = populations.get(unitId) ?? { kind: members[0].personKind ?? '', size: 0, source: 'DECLARED' };
    const before = basis === 'BEFORE_ROSTERS';
    const took = before ? members : members.filter((p) => p.answered);
    const p = participation(
      took.map((m) => ({ id: m.playerId, personId: m.personId, personKind: m.personKind })),
      population,
      'ANSWERED',
      basis,
    );
    const counted = before ? took : took.filter((m) => m.personId !== null && m.personKind === population.kind);
    if (counted.length === 0) continue;
    const meanScore = counted.reduce((sum, m) => sum + m.score, 0) / counted.length;
    const score = aggregation === 'MEAN' ? meanScore : meanScore * p.rate;
    standings.push({
      unitId,
      players: members.length,
      verified: p.verified,
      guests: before ? 0 : members.filter((m) => m.personId === null).length,
      otherKinds: p.otherKinds,
      populationKind: p.kind,
      populationSource: p.populationSource,
      eligiblePopulation: p.population,
      participationRate: p.rate,
      meanScore,
      score: Math.round(score * 10) / 10,
      rank: 0,
      basis,
      act: p.act,
    });
  }
  standings.sort((a, b) => b.score - a.score || b.participationRate - a.participationRate);
  standings.forEach((s, i) => {
    s.rank = i > 0 && standings[i - 1].score === s.score ? standings[i - 1].rank : i + 1;
  });
  return standings;
}

/** Guests of a game (players without a roster person, not removed): shown apart on every board. */
export function countGuests(players: readonly Pick<UnitBoardPlayer, 'personId'>[]): number {
  return players.reduce((n, p) => n + (p.personId === null ? 1 : 0), 0);
}
