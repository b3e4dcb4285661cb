import type { AnswerKey, AnswerResponse } from './answer-key.js';

/**
 * The fraction of a question's credit (0..1) that a response earns. Pure, so that
 * live games, contests and the editor preview grade identically.
 *
 * - SINGLE_CHOICE, TRUE_FALSE: 1 when exactly the correct option is chosen, else 0.
 * - MULTIPLE_SELECT: partial credit (correct chosen − wrong chosen) ÷ number correct,
 *   floor 0; choosing every option therefore earns nothing more than its correct share
 *   minus its wrong share.
 * - ORDERING: all-or-nothing — 1 only when every option is in its correct place. A
 *   "nearly right" order earning partial credit would reward guessing on a projector
 *   question that is read in a few seconds; keep it simple and explainable.
 * - NUMERIC: 1 when |value − answer| ≤ tolerance (a small epsilon absorbs float noise).
 * An empty, malformed or duplicated response earns 0, never an exception.
 */
export function gradeAnswer(key: AnswerKey, response: AnswerResponse | null | undefined): number {
  if (!response) return 0;
  if (key.type === 'NUMERIC') {
    const value = response.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
    return Math.abs(value - key.numeric.answer) <= key.numeric.tolerance + 1e-9 ? 1 : 0;
  }
  const chosen = response.optionIds ?? [];
  if (new Set(chosen).size !== chosen.length) return 0;
  const correct = key.correctOptionIds;
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
      return chosen.length === 1 && chosen[0] === correct[0] ? 1 : 0;
    case 'MULTIPLE_SELECT': {
      if (correct.length === 0) return 0;
      const right = new Set(correct);
      const hits = chosen.filter((id) => right.has(id)).length;
      const misses = chosen.length - hits;
      return Math.max(0, (hits - misses) / correct.length);
    }
    case 'ORDERING':
      return chosen.length === correct.length && chosen.every((id, i) => id === correct[i]) ? 1 : 0;
  }
}
