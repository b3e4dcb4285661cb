import {
  answerPoints,
  rankPlayers,
  rankUnits,
  STREAK_BONUS_MAX_STEPS,
  STREAK_BONUS_STEP,
  streakBonusPoints,
  type PlayerStanding,
  type UnitBoardPlayer,
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
  const verified = (id: string, score: number, unitId: string | null, kind = 'STUDENTS'): UnitBoardPlayer => ({
    ...player(id, score, 0, unitId),
    personId: `person-${id}`,
    personKind: kind,
    answered: true,
  });
  const guest = (id: string, score: number, unitId: string | null, answered = true): UnitBoardPlayer => ({
    ...player(id, score, 0, unitId),
    personId: null,
    personKind: null,
    answered,
  });
  const population = new Map([
    ['u1', { kind: 'STUDENTS', size: 40, source: 'ROSTER' as const }],
    ['u2', { kind: 'STUDENTS', size: 2, source: 'ROSTER' as const }],
  ]);
  const players = [
    verified('a', 1000, 'u1'),
    verified('b', 2000, 'u1'),
    verified('c', 1200, 'u2'),
    guest('d', 500, null),
  ];

  it('ranks by the mean of verified members by default', () => {
    const units = rankUnits(players, population, 'MEAN');
    expect(units.map((u) => [u.unitId, u.score, u.rank, u.verified])).toEqual([
      ['u1', 1500, 1, 2],
      ['u2', 1200, 2, 1],
    ]);
  });

  it('weights by participation when asked: a small unit that all came beats a big one that sent two', () => {
    const units = rankUnits(players, population, 'PARTICIPATION_WEIGHTED');
    expect(units.map((u) => [u.unitId, u.participationRate, u.score])).toEqual([
      ['u2', 0.5, 600],
      ['u1', 0.05, 75],
    ]);
  });

  it('never lets guests, other kinds or players who did not answer move a unit (verified basis)', () => {
    const crowd = [
      ...players,
      ...Array.from({ length: 315 }, (_, i) => guest(`g${i}`, 3000, 'u2')),
      verified('t', 3000, 'u2', 'SCHOOL_STAFF'),
      { ...verified('x', 0, 'u2'), answered: false },
    ];
    for (const aggregation of ['MEAN', 'PARTICIPATION_WEIGHTED'] as const) {
      const clean = rankUnits(players, population, aggregation);
      const attacked = rankUnits(crowd, population, aggregation);
      const pick = (rows: typeof clean) =>
        rows.map((u) => [u.unitId, u.verified, u.participationRate, u.score, u.rank]);
      expect(pick(attacked)).toEqual(pick(clean));
      const u2 = attacked.find((u) => u.unitId === 'u2')!;
      expect([u2.players, u2.guests, u2.otherKinds]).toEqual([318, 315, 1]);
    }
    // A unit only guests named is not ranked at all.
    expect(rankUnits([guest('z', 900, 'u1')], population, 'MEAN')).toEqual([]);
  });

  it('keeps the old count for games before rosters: every player who named the unit, answered or not', () => {
    const old = [guest('a', 1000, 'u1', false), guest('b', 2000, 'u1'), guest('c', 1200, 'u2')];
    const units = rankUnits(old, population, 'PARTICIPATION_WEIGHTED', 'BEFORE_ROSTERS');
    expect(units.map((u) => [u.unitId, u.verified, u.participationRate, u.meanScore])).toEqual([
      ['u2', 1, 0.5, 1200],
      ['u1', 2, 0.05, 1500],
    ]);
  });
});
