import { indicator, sampleTree } from './fixtures.js';
import { computeTotals, scoreFromValue, submitProblems, validateScore } from './indicator-scoring.js';

const byId = new Map(sampleTree().map((i) => [i.id, i]));
const ind = (id: string) => byId.get(id)!;
const score = (id: string, value: number, target?: number) => scoreFromValue(ind(id), value, { unitTarget: target });

describe('scoreFromValue', () => {
  it('takes manual points on the step within 0..max', () => {
    expect(score('m', 27.5)).toMatchObject({ ok: true, score: 27.5 });
    expect(score('m', 27.3)).toMatchObject({ ok: false, reason: 'NOT_ON_STEP' });
    expect(score('m', 31)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
    expect(score('m', -1)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
  });

  it('gives yes/no all or nothing', () => {
    expect(score('y', 1)).toMatchObject({ ok: true, score: 20 });
    expect(score('y', 0)).toMatchObject({ ok: true, score: 0 });
    expect(score('y', 0.5)).toMatchObject({ ok: false, reason: 'NOT_YES_NO' });
  });

  it('scores a target proportionally and caps it at the maximum; a unit target overrides the default', () => {
    expect(score('t', 4)).toMatchObject({ ok: true, score: 10 });
    expect(score('t', 8)).toMatchObject({ ok: true, score: 20 });
    expect(score('t', 12)).toMatchObject({ ok: true, score: 20 });
    expect(score('t', 4, 16)).toMatchObject({ ok: true, score: 5 });
    expect(score('t', 1, 3)).toMatchObject({ ok: true, score: 6.67 });
  });

  it('counts whole items × points per item, capped', () => {
    expect(score('c', 5)).toMatchObject({ ok: true, score: 20 });
    expect(score('c', 9)).toMatchObject({ ok: true, score: 30 });
    expect(score('c', 2.5)).toMatchObject({ ok: false, reason: 'NOT_WHOLE' });
  });

  it('caps bonus and penalty; a penalty deducts', () => {
    expect(score('b', 3)).toMatchObject({ ok: true, score: 3 });
    expect(score('b', 9)).toMatchObject({ ok: true, score: 5 });
    expect(score('p', 2)).toMatchObject({ ok: true, score: -2 });
    expect(score('p', 40)).toMatchObject({ ok: true, score: -5 });
  });

  it('turns a computed share into points and refuses a share above 1', () => {
    const computed = indicator({
      id: 'x',
      kind: 'COMPUTED',
      maxPoints: 10,
      computedSource: { kind: 'LIVE_GAME', id: null, metric: 'PARTICIPATION_RATE' },
    });
    expect(scoreFromValue(computed, 0.456)).toMatchObject({ ok: true, score: 4.56 });
    expect(scoreFromValue(computed, 1.2)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
  });

  it('says how each existing kind computed its score', () => {
    expect(score('t', 12)).toEqual({
      ok: true,
      score: 20,
      explanation: { rule: 'TARGET', score: 20, maxPoints: 20, value: 12, target: 8, capped: true },
    });
    expect(score('c', 5)).toMatchObject({ explanation: { rule: 'COUNT', count: 5, perItemPoints: 4, capped: false } });
    expect(score('y', 0)).toMatchObject({ explanation: { rule: 'YES_NO', done: false, score: 0 } });
    expect(score('m', 27.5)).toMatchObject({ explanation: { rule: 'MANUAL', points: 27.5 } });
    expect(score('p', 40)).toMatchObject({ explanation: { rule: 'PENALTY_POINTS', score: -5, capped: true } });
  });

  it('refuses to score a group', () => {
    expect(score('g1', 10)).toMatchObject({ ok: false, reason: 'NOT_SCORABLE' });
  });
});

describe('validateScore (reviewer and correction scores)', () => {
  it('keeps each kind in its range', () => {
    expect(validateScore(ind('y'), 10)).toMatchObject({ ok: false, reason: 'NOT_YES_NO' });
    expect(validateScore(ind('y'), 20)).toEqual({ ok: true, score: 20 });
    expect(validateScore(ind('t'), 12.5)).toEqual({ ok: true, score: 12.5 });
    expect(validateScore(ind('t'), 21)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
    expect(validateScore(ind('p'), -3)).toEqual({ ok: true, score: -3 });
    expect(validateScore(ind('p'), 3)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
    expect(validateScore(ind('m'), 12.25)).toMatchObject({ ok: false, reason: 'NOT_ON_STEP' });
  });
});

describe('submitProblems', () => {
  it('names unscored indicators and those missing required evidence; an unclaimed bonus needs none', () => {
    const entries = new Map([
      ['m', { selfScore: 20, evidenceCount: 0 }],
      ['c', { selfScore: 8, evidenceCount: 0 }],
      ['y', { selfScore: null, evidenceCount: 0 }],
      ['t', { selfScore: 20, evidenceCount: 0 }],
      ['b', { selfScore: null, evidenceCount: 0 }],
    ]);
    expect(submitProblems(sampleTree(), entries)).toEqual({ unscored: ['2.1'], missingEvidence: ['1.1'] });
    entries.set('b', { selfScore: 2, evidenceCount: 0 });
    expect(submitProblems(sampleTree(), entries).missingEvidence).toEqual(['1.1', 'B']);
  });
});

describe('computeTotals', () => {
  it('sums groups and the top level, with bonus and penalty; unscored counts 0', () => {
    const scores: Record<string, number | null> = { m: 25, c: 30, y: 20, t: null, b: 3, p: -2 };
    const totals = computeTotals(sampleTree(), (id) => scores[id] ?? null);
    expect(totals).toEqual({ total: 76, groupSubtotals: { g1: 55, g2: 20 } });
  });
});
