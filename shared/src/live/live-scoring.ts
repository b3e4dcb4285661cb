import { questionPoints } from '../content/answer-key.js';
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
export function rankPlayers(players: readonly PlayerStanding[]): RankedPlayer[] {
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

export interface UnitStanding {
  unitId: string;
  players: number;
  eligiblePopulation: number;
  /** players ÷ eligible population, at most 1 (0 when the population is unknown). */
  participationRate: number;
  meanScore: number;
  /** The value units are ranked by, per the game's aggregation. */
  score: number;
  rank: number;
}

/** Unit ranking of a game; units without players are left out. */
export function rankUnits(
  players: readonly PlayerStanding[],
  eligiblePopulation: ReadonlyMap<string, number>,
  aggregation: UnitAggregation,
): UnitStanding[] {
  const byUnit = new Map<string, number[]>();
  for (const player of players) {
    if (!player.unitId) continue;
    const scores = byUnit.get(player.unitId) ?? [];
    scores.push(player.score);
    byUnit.set(player.unitId, scores);
  }
  const standings = [...byUnit].map(([unitId, scores]) => {
    const population = eligiblePopulation.get(unitId) ?? 0;
    const meanScore = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    const participationRate = population > 0 ? Math.min(1, scores.length / population) : 0;
    const score = aggregation === 'MEAN' ? meanScore : meanScore * participationRate;
    return {
      unitId,
      players: scores.length,
      eligiblePopulation: population,
      participationRate,
      meanScore,
      score: Math.round(score * 10) / 10,
      rank: 0,
    };
  });
  standings.sort((a, b) => b.score - a.score || b.participationRate - a.participationRate);
  standings.forEach((s, i) => {
    s.rank = i > 0 && standings[i - 1].score === s.score ? standings[i - 1].rank : i + 1;
  });
  return standings;
}
