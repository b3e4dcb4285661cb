import { indicator } from './fixtures.js';
import { mustBeScoredByUnit, scoreFromValue, submitProblems, validateScore } from './indicator-scoring.js';
import { relativeToBestScores } from './relative-scoring.js';

const threshold = indicator({
  id: 'th',
  kind: 'THRESHOLD',
  maxPoints: 6,
  thresholds: [
    { atLeast: 70, points: 3 },
    { atLeast: 90, points: 6 },
    { atLeast: 80, points: 4.5 },
  ],
});
const atMost = indicator({
  id: 'am',
  kind: 'THRESHOLD',
  maxPoints: 4,
  comparison: 'AT_MOST',
  thresholds: [
    { atLeast: 2, points: 4 },
    { atLeast: 5, points: 2 },
  ],
});
const rate = indicator({
  id: 'r',
  kind: 'RATE',
  maxPoints: 10,
  populationKind: 'HOUSEHOLDS',
});
const wardRate = indicator({ id: 'w', kind: 'WARD_RATE', maxPoints: 5, target: 3.2, comparison: 'AT_MOST' });
const relative = indicator({ id: 'rel', kind: 'RELATIVE_TO_BEST', maxPoints: 200, target: 40 });
const penalty = indicator({ id: 'p', kind: 'PENALTY', maxPoints: 10, perItemPoints: 2 });
const bonus = indicator({ id: 'b', kind: 'BONUS', maxPoints: 5, perItemPoints: 1.5 });

describe('THRESHOLD', () => {
  it('gives the best step reached, none reached → 0, in steps listed in any order', () => {
    expect(scoreFromValue(threshold, 69.9)).toMatchObject({
      ok: true,
      score: 0,
      explanation: { rule: 'THRESHOLD_NOT_MET', step: null, lowest: { atLeast: 70, points: 3 } },
    });
    expect(scoreFromValue(threshold, 70)).toMatchObject({ score: 3, explanation: { rule: 'THRESHOLD_MET' } });
    expect(scoreFromValue(threshold, 85)).toMatchObject({ score: 4.5, explanation: { step: { atLeast: 80 } } });
    expect(scoreFromValue(threshold, 100)).toMatchObject({ score: 6 });
  });

  it('AT_MOST: the figure must stay at or below the step', () => {
    expect(scoreFromValue(atMost, 1)).toMatchObject({ score: 4 });
    expect(scoreFromValue(atMost, 2)).toMatchObject({ score: 4 });
    expect(scoreFromValue(atMost, 4)).toMatchObject({ score: 2 });
    expect(scoreFromValue(atMost, 6)).toMatchObject({ score: 0, explanation: { lowest: { atLeast: 5 } } });
  });

  it('refuses a threshold indicator without steps', () => {
    expect(scoreFromValue({ ...threshold, thresholds: [] }, 50)).toMatchObject({ ok: false, reason: 'NO_THRESHOLDS' });
  });
});

describe('RATE', () => {
  it('divides a whole count by the unit population; without steps rate × max', () => {
    expect(scoreFromValue(rate, 30, { population: 40 })).toEqual({
      ok: true,
      score: 7.5,
      explanation: {
        rule: 'RATE_PROPORTIONAL',
        score: 7.5,
        maxPoints: 10,
        count: 30,
        population: 40,
        populationKind: 'HOUSEHOLDS',
        ratePercent: 75,
        comparison: 'AT_LEAST',
        step: null,
        lowest: null,
      },
    });
  });

  it('uses the steps on the rate in percent when it has them', () => {
    const stepped = { ...rate, thresholds: [{ atLeast: 85, points: 10 }] };
    expect(scoreFromValue(stepped, 33, { population: 40 })).toMatchObject({
      score: 0,
      explanation: { ratePercent: 82.5 },
    });
    expect(scoreFromValue(stepped, 34, { population: 40 })).toMatchObject({
      score: 10,
      explanation: { rule: 'RATE_MET' },
    });
  });

  it('refuses an unknown population, a count above it and a fraction of a household', () => {
    expect(scoreFromValue(rate, 3)).toMatchObject({ ok: false, reason: 'NO_POPULATION' });
    expect(scoreFromValue(rate, 3, { population: 0 })).toMatchObject({ ok: false, reason: 'NO_POPULATION' });
    expect(scoreFromValue(rate, 41, { population: 40 })).toMatchObject({ ok: false, reason: 'ABOVE_POPULATION' });
    expect(scoreFromValue(rate, 2.5, { population: 40 })).toMatchObject({ ok: false, reason: 'NOT_WHOLE' });
  });
});

describe('WARD_RATE', () => {
  it('compares the unit rate with the ward rate: met → max, else 0', () => {
    expect(scoreFromValue(wardRate, 3.2)).toMatchObject({
      score: 5,
      explanation: { rule: 'WARD_RATE_MET', unitRate: 3.2, wardRate: 3.2, comparison: 'AT_MOST' },
    });
    expect(scoreFromValue(wardRate, 3.3)).toMatchObject({ score: 0, explanation: { rule: 'WARD_RATE_NOT_MET' } });
    const atLeast = { ...wardRate, comparison: 'AT_LEAST' as const, target: 60 };
    expect(scoreFromValue(atLeast, 61)).toMatchObject({ score: 5 });
    expect(scoreFromValue(atLeast, 59)).toMatchObject({ score: 0 });
  });

  it('refuses a rate above 100 % and a missing ward rate; a reviewer sets 0 or max only', () => {
    expect(scoreFromValue(wardRate, 101)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
    expect(scoreFromValue({ ...wardRate, target: null }, 3)).toMatchObject({ ok: false, reason: 'NO_TARGET' });
    expect(validateScore(wardRate, 2.5)).toMatchObject({ ok: false, reason: 'ALL_OR_NOTHING' });
    expect(validateScore(wardRate, 5)).toEqual({ ok: true, score: 5 });
    expect(validateScore(threshold, 2.5)).toEqual({ ok: true, score: 2.5 });
  });
});

describe('RELATIVE_TO_BEST (the police cluster rule)', () => {
  it('scores each part of the rule against the block best', () => {
    // T = 40, M = 200, B = 60.
    const at = (a: number) => scoreFromValue(relative, a, { blockBest: 60 });
    expect(at(30)).toMatchObject({ score: 75, explanation: { rule: 'RELATIVE_BELOW_TARGET', target: 40, best: 60 } });
    expect(at(40)).toMatchObject({ score: 100, explanation: { rule: 'RELATIVE_AT_TARGET' } });
    expect(at(50)).toMatchObject({ score: 150, explanation: { rule: 'RELATIVE_BETWEEN' } });
    expect(at(60)).toMatchObject({ score: 200, explanation: { rule: 'RELATIVE_BEST' } });
  });

  it('without a block best the unit is its own best; at target stays half (the issue: TARGET gave 200/200)', () => {
    expect(scoreFromValue(relative, 40)).toMatchObject({ score: 100 });
    expect(scoreFromValue(relative, 45)).toMatchObject({ score: 200 });
    expect(scoreFromValue({ ...relative, target: null }, 45)).toMatchObject({ ok: false, reason: 'NO_TARGET' });
  });

  it('scores a whole block: the best gets the max, units without a value are left out', () => {
    const scores = relativeToBestScores(
      relative,
      new Map<string, number | null>([
        ['a', 20],
        ['b', 40],
        ['c', 55],
        ['d', 70],
        ['e', null],
      ]),
      new Map([['c', 50]]),
    );
    expect([...scores.keys()]).toEqual(['a', 'b', 'c', 'd']);
    const s = (id: string) => {
      const r = scores.get(id)!;
      return r.ok ? r.score : r.reason;
    };
    // a: 0.5 × 200 × 20 / 40; c has its own target 50: 100 + 100 × 5 / 20.
    expect(['a', 'b', 'c', 'd'].map(s)).toEqual([50, 100, 125, 200]);
    expect(scores.get('d')).toMatchObject({ explanation: { rule: 'RELATIVE_BEST', best: 70 } });
  });
});

describe('BONUS and PENALTY per occurrence', () => {
  it('counts whole occurrences × points, capped ("−2 điểm/lần, tối đa −10")', () => {
    expect(scoreFromValue(penalty, 3)).toMatchObject({
      score: -6,
      explanation: { rule: 'PENALTY_PER_ITEM', count: 3, perItemPoints: 2, capped: false },
    });
    expect(scoreFromValue(penalty, 7)).toMatchObject({ score: -10, explanation: { capped: true } });
    expect(scoreFromValue(penalty, 0)).toMatchObject({ score: 0 });
    expect(scoreFromValue(penalty, 1.5)).toMatchObject({ ok: false, reason: 'NOT_WHOLE' });
    expect(scoreFromValue(bonus, 3)).toMatchObject({ score: 4.5, explanation: { rule: 'BONUS_PER_ITEM' } });
    expect(scoreFromValue(bonus, 4)).toMatchObject({ score: 5 });
  });

  it('without points per occurrence the value is still points', () => {
    expect(scoreFromValue({ ...penalty, perItemPoints: null }, 3)).toMatchObject({
      score: -3,
      explanation: { rule: 'PENALTY_POINTS', points: 3 },
    });
  });
});

describe('the unit enters the new kinds', () => {
  it('must score threshold, rate, ward-rate and relative indicators before submitting', () => {
    expect([threshold, rate, wardRate, relative, penalty].map(mustBeScoredByUnit)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    const problems = submitProblems([threshold, rate, penalty], new Map([['th', { selfScore: 3, evidenceCount: 0 }]]));
    expect(problems.unscored).toEqual(['r']);
  });
});
