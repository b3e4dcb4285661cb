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
