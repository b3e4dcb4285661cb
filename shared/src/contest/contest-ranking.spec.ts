import { countingAttemptOf, rankByChain, validateRankingChain, type RankableAttempt } from './contest-ranking.js';

const attempt = (overrides: Partial<RankableAttempt & { id: string }>): RankableAttempt & { id: string } => ({
  id: 'x',
  score: 8000,
  prediction: null,
  durationMs: 60_000,
  submittedAt: 1_000,
  ...overrides,
});

describe('rankByChain (default: score ↓, |prediction − actual| ↑, duration ↑, submitted ↑)', () => {
  it('orders equal scores by the closest prediction, then by the shorter time', () => {
    const rows = rankByChain(
      [
        attempt({ id: 'far', prediction: 500 }),
        attempt({ id: 'slow-close', prediction: 120, durationMs: 90_000 }),
        attempt({ id: 'fast-close', prediction: 80, durationMs: 30_000 }),
        attempt({ id: 'top', score: 9000, prediction: 1 }),
      ],
      undefined,
      100,
    );
    expect(rows.map((r) => [r.entry.id, r.rank, r.decidedBy, r.predictionDistance])).toEqual([
      ['top', 1, null, 99],
      ['fast-close', 2, 'SCORE', 20],
      ['slow-close', 3, 'DURATION', 20],
      ['far', 4, 'PREDICTION', 400],
    ]);
  });

  it('puts a missing prediction after every prediction, and shares a rank when everything is equal', () => {
    const rows = rankByChain(
      [attempt({ id: 'none' }), attempt({ id: 'a', prediction: 3 }), attempt({ id: 'b' })],
      undefined,
      5,
    );
    expect(rows.map((r) => [r.entry.id, r.rank, r.decidedBy])).toEqual([
      ['a', 1, null],
      ['none', 2, 'PREDICTION'],
      ['b', 2, null],
    ]);
  });

  it('follows a configured chain: time before prediction', () => {
    const rows = rankByChain(
      [
        attempt({ id: 'close', prediction: 100, durationMs: 50_000 }),
        attempt({ id: 'fast', prediction: 1, durationMs: 40_000 }),
      ],
      ['SCORE', 'DURATION', 'PREDICTION'],
      100,
    );
    expect(rows.map((r) => r.entry.id)).toEqual(['fast', 'close']);
    expect(rows[1].decidedBy).toBe('DURATION');
  });
});

describe('countingAttemptOf', () => {
  const attempts = [
    attempt({ id: 'first', score: 9000, submittedAt: 1 }),
    attempt({ id: 'faster', score: 9000, durationMs: 10_000, submittedAt: 2 }),
    attempt({ id: 'last', score: 5000, submittedAt: 3 }),
  ];
  it('BEST takes the attempt the chain ranks first', () => {
    expect(countingAttemptOf(attempts, 'BEST')?.id).toBe('faster');
  });
  it('LAST takes the latest submission', () => {
    expect(countingAttemptOf(attempts, 'LAST')?.id).toBe('last');
  });
  it('is undefined without attempts', () => {
    expect(countingAttemptOf([], 'BEST')).toBeUndefined();
  });
});

describe('validateRankingChain', () => {
  it('refuses empty, duplicated and unknown criteria', () => {
    expect(validateRankingChain([])).toMatch(/empty/);
    expect(validateRankingChain(['SCORE', 'SCORE'])).toMatch(/twice/);
    expect(validateRankingChain(['SCORE', 'LUCK'])).toMatch(/LUCK/);
    expect(validateRankingChain(['SCORE', 'SUBMITTED_AT'])).toBeNull();
  });
});
