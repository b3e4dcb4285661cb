import {
  answerPoints,
  rankPlayers,
  rankUnits,
  STREAK_BONUS_MAX_STEPS,
  STREAK_BONUS_STEP,
  streakBonusPoints,
  type PlayerStanding,
} from './live-scoring.js';

const speed = { scoringMode: 'SPEED' as const, streakBonus: false };

describe('answerPoints', () => {
  const base = { credit: 1, elapsedMs: 0, timeLimitMs: 20_000, doublePoints: false, streakBefore: 0 };

  it('scores round(P × (1 − (t/T)/2)) in speed mode', () => {
    expect(answerPoints(base, speed)).toBe(1000);
    expect(answerPoints({ ...base, elapsedMs: 10_000 }, speed)).toBe(750);
    expect(answerPoints({ ...base, elapsedMs: 20_000 }, speed)).toBe(500);
    expect(answerPoints({ ...base, elapsedMs: 25_000 }, speed)).toBe(500); // grace counts as the deadline
    expect(answerPoints({ ...base, elapsedMs: 10_000, doublePoints: true }, speed)).toBe(1500);
  });

  it('gives a flat P in accuracy mode, partial credit, and nothing for a wrong answer', () => {
    const accuracy = { scoringMode: 'ACCURACY' as const, streakBonus: false };
    expect(answerPoints({ ...base, elapsedMs: 19_000 }, accuracy)).toBe(1000);
    expect(answerPoints({ ...base, credit: 0.5 }, accuracy)).toBe(500);
    expect(answerPoints({ ...base, credit: 0 }, speed)).toBe(0);
  });

  it('adds a capped streak bonus to fully correct answers only', () => {
    const streak = { scoringMode: 'ACCURACY' as const, streakBonus: true };
    expect(answerPoints({ ...base, streakBefore: 2 }, streak)).toBe(1200);
    expect(answerPoints({ ...base, streakBefore: 9 }, streak)).toBe(1500);
    expect(answerPoints({ ...base, credit: 0.5, streakBefore: 3 }, streak)).toBe(500);
  });

  it('counts the streak bonus from the shared step and cap', () => {
    expect(streakBonusPoints(0)).toBe(0);
    expect(streakBonusPoints(3)).toBe(3 * STREAK_BONUS_STEP);
    expect(streakBonusPoints(40)).toBe(STREAK_BONUS_MAX_STEPS * STREAK_BONUS_STEP);
  });
});

const player = (playerId: string, score: number, correctTimeMs = 0, unitId: string | null = null): PlayerStanding => ({
  playerId,
  name: playerId,
  unitId,
  score,
  correctTimeMs,
});

describe('rankPlayers', () => {
  it('orders by score, breaks ties by total correct time, and shares ranks on full ties', () => {
    const ranked = rankPlayers([
      player('a', 900, 5000),
      player('b', 1500),
      player('c', 900, 4000),
      player('d', 900, 4000),
      player('e', 100),
    ]);
    expect(ranked.map((p) => [p.playerId, p.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['a', 4],
      ['e', 5],
    ]);
  });
});

describe('rankUnits', () => {
  const players = [
    player('a', 1000, 0, 'u1'),
    player('b', 2000, 0, 'u1'),
    player('c', 1200, 0, 'u2'),
    player('d', 500, 0, null),
  ];
  const population = new Map([
    ['u1', 40],
    ['u2', 2],
  ]);

  it('ranks by the mean of members by default', () => {
    const units = rankUnits(players, population, 'MEAN');
    expect(units.map((u) => [u.unitId, u.score, u.rank])).toEqual([
      ['u1', 1500, 1],
      ['u2', 1200, 2],
    ]);
  });

  it('weights by participation when asked: a small unit that all came beats a big one that sent two', () => {
    const units = rankUnits(players, population, 'PARTICIPATION_WEIGHTED');
    expect(units.map((u) => [u.unitId, u.participationRate, u.score])).toEqual([
      ['u2', 0.5, 600],
      ['u1', 0.05, 75],
    ]);
  });
});
