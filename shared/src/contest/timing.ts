import { MIN_PLAUSIBLE_MS_PER_QUESTION } from './contest-enums.js';

/**
 * Whether an attempt was answered faster than a person can read: fewer than
 * `minMsPerQuestion` per answered question over the whole attempt. An attempt with
 * no answer is never flagged (it scores nothing).
 */
export function isImplausiblyFast(
  durationMs: number,
  answeredCount: number,
  minMsPerQuestion: number = MIN_PLAUSIBLE_MS_PER_QUESTION,
): boolean {
  return answeredCount > 0 && durationMs < answeredCount * minMsPerQuestion;
}

/** What the timing checks read of a submitted attempt. */
export interface AttemptTiming {
  /** ms since epoch. */
  startedAt: number;
  /** When each answer was (last) saved, ms since epoch, in any order. */
  answerTimes: readonly number[];
  questionCount: number;
  /** Answers fully correct. */
  correctCount: number;
}

export interface UniformTimingOptions {
  /** Fewer questions than this tell nothing about a pace. */
  minQuestions: number;
  /** "All or nearly all correct": at most this share of the questions wrong or unanswered. */
  maxWrongShare: number;
  /** A steady pace of a few seconds: mean interval at most this… */
  steadyMeanMs: number;
  /** …with a coefficient of variation (σ ÷ mean) at most this. */
  steadyMaxVariation: number;
  /** At any pace, intervals this even are not a person reading questions of different lengths. */
  machineMaxVariation: number;
}

export const UNIFORM_TIMING_DEFAULTS: UniformTimingOptions = {
  minQuestions: 5,
  maxWrongShare: 0.1,
  steadyMeanMs: 8_000,
  steadyMaxVariation: 0.35,
  machineMaxVariation: 0.12,
};

/** The intervals between consecutive answers, the first counted from the start (ms, ≥ 0). */
export function answerIntervals(startedAt: number, answerTimes: readonly number[]): number[] {
  const sorted = [...answerTimes].sort((a, b) => a - b);
  return sorted.map((t, i) => Math.max(0, t - (i === 0 ? startedAt : sorted[i - 1])));
}

/** Mean and coefficient of variation (σ ÷ mean; 0 for a zero mean) of a list of numbers. */
export function paceOf(intervals: readonly number[]): { meanMs: number; variation: number } {
  if (intervals.length === 0) return { meanMs: 0, variation: 0 };
  const meanMs = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  const variance = intervals.reduce((a, b) => a + (b - meanMs) ** 2, 0) / intervals.length;
  return { meanMs, variation: meanMs > 0 ? Math.sqrt(variance) / meanMs : 0 };
}

/**
 * The "answers typed from a harvested key" pattern: all or nearly all questions correct,
 * answered at an even pace — a steady few seconds per question, or intervals so even at
 * any pace that no one read questions of different lengths. People who know the subject
 * well still pause on some questions more than on others.
 */
export function isUniformTiming(
  timing: AttemptTiming,
  options: UniformTimingOptions = UNIFORM_TIMING_DEFAULTS,
): boolean {
  const { questionCount, correctCount, answerTimes } = timing;
  if (questionCount < options.minQuestions || answerTimes.length < options.minQuestions) return false;
  if (questionCount - correctCount > Math.floor(questionCount * options.maxWrongShare)) return false;
  const { meanMs, variation } = paceOf(answerIntervals(timing.startedAt, answerTimes));
  if (variation <= options.machineMaxVariation) return true;
  return meanMs <= options.steadyMeanMs && variation <= options.steadyMaxVariation;
}

/** Fewer than half the questions answered: the attempt reveals no answer key, whatever the contest's setting. */
export function isNearlyEmpty(answeredCount: number, questionCount: number): boolean {
  return answeredCount * 2 < questionCount;
}

/** No answer, or almost none (at most a tenth of the questions): flagged EMPTY_SUBMISSION. */
export function isEmptySubmission(answeredCount: number, questionCount: number): boolean {
  return answeredCount <= Math.floor(questionCount / 10);
}
