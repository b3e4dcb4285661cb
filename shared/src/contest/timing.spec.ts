import { answerKeyDecision } from './contest-enums.js';
import {
  answerIntervals,
  isEmptySubmission,
  isNearlyEmpty,
  isUniformTiming,
  paceOf,
  type AttemptTiming,
} from './timing.js';

const start = 1_000_000;
/** Answers saved after the given intervals (ms) from the start. */
const timing = (
  intervals: number[],
  correctCount = intervals.length,
  questionCount = intervals.length,
): AttemptTiming => {
  let t = start;
  return { startedAt: start, answerTimes: intervals.map((ms) => (t += ms)), questionCount, correctCount };
};

describe('answer intervals', () => {
  it('counts the first from the start and sorts the save times', () => {
    expect(answerIntervals(0, [5_000, 2_000, 9_000])).toEqual([2_000, 3_000, 4_000]);
  });
  it('gives the mean and the coefficient of variation', () => {
    expect(paceOf([2_000, 2_000, 2_000])).toEqual({ meanMs: 2_000, variation: 0 });
    expect(paceOf([1_000, 3_000]).variation).toBeCloseTo(0.5);
    expect(paceOf([])).toEqual({ meanMs: 0, variation: 0 });
  });
});

describe('isUniformTiming', () => {
  it('flags 10 correct answers at a steady 2 s each (typed from a harvested key)', () => {
    expect(isUniformTiming(timing([2_000, 2_100, 1_900, 2_050, 2_000, 1_950, 2_000, 2_100, 2_000, 1_900]))).toBe(true);
  });
  it('flags a steady few seconds with some jitter, one answer wrong', () => {
    expect(isUniformTiming(timing([3_000, 4_500, 3_500, 5_000, 4_000, 3_200, 4_800, 3_900, 4_100, 3_600], 9))).toBe(
      true,
    );
  });
  it('flags machine-even intervals at any pace', () => {
    expect(isUniformTiming(timing(Array.from({ length: 10 }, () => 20_000)))).toBe(true);
  });
  it('does not flag a person who knows the answers but reads at a human, uneven pace', () => {
    expect(isUniformTiming(timing([12_000, 5_000, 31_000, 8_000, 19_000, 6_500, 44_000, 9_000, 15_000, 7_000]))).toBe(
      false,
    );
  });
  it('does not flag a steady pace with many wrong answers (guessing fast is not a harvested key)', () => {
    expect(
      isUniformTiming(
        timing(
          Array.from({ length: 10 }, () => 2_000),
          5,
        ),
      ),
    ).toBe(false);
  });
  it('does not flag short attempts or attempts with few answers', () => {
    expect(isUniformTiming(timing([2_000, 2_000, 2_000]))).toBe(false);
    expect(isUniformTiming(timing([2_000, 2_000, 2_000], 10, 10))).toBe(false);
  });
});

describe('empty and nearly empty attempts', () => {
  it('reveals nothing below half the questions answered', () => {
    expect(isNearlyEmpty(0, 10)).toBe(true);
    expect(isNearlyEmpty(4, 10)).toBe(true);
    expect(isNearlyEmpty(5, 10)).toBe(false);
  });
  it('flags no answer or almost none as an empty submission', () => {
    expect(isEmptySubmission(0, 10)).toBe(true);
    expect(isEmptySubmission(1, 10)).toBe(true);
    expect(isEmptySubmission(2, 10)).toBe(false);
    expect(isEmptySubmission(0, 3)).toBe(true);
  });
});

describe('answerKeyDecision', () => {
  const full = { answeredCount: 10, questionCount: 10, roundEnded: false };
  it('waits for the round to close by default', () => {
    expect(answerKeyDecision('AFTER_ROUND_CLOSES', full)).toBe('ROUND_OPEN');
    expect(answerKeyDecision('AFTER_ROUND_CLOSES', { ...full, roundEnded: true })).toBe('REVEALED');
  });
  it('shows after each attempt when the contest says so, never when it says never', () => {
    expect(answerKeyDecision('AFTER_EACH_ATTEMPT', full)).toBe('REVEALED');
    expect(answerKeyDecision('NEVER', { ...full, roundEnded: true })).toBe('NEVER');
  });
  it('never shows the key of an empty or nearly empty attempt', () => {
    expect(answerKeyDecision('AFTER_EACH_ATTEMPT', { ...full, answeredCount: 0 })).toBe('NEARLY_EMPTY');
    expect(answerKeyDecision('AFTER_ROUND_CLOSES', { ...full, answeredCount: 4, roundEnded: true })).toBe(
      'NEARLY_EMPTY',
    );
  });
});
