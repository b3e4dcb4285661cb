import type { QuestionType } from './question-kinds.js';

/** One option of a question, with a short id that is random per version (it says nothing about correctness). */
export interface QuestionOption {
  id: string;
  text: string;
}

/** Numeric answers: accepted when |response − answer| ≤ tolerance. */
export interface NumericAnswer {
  answer: number;
  tolerance: number;
  unit?: string | null;
}

/**
 * The correct answer of a question, typed per question type. It never leaves the
 * server towards players before the reveal.
 *   - SINGLE_CHOICE, TRUE_FALSE: exactly one id in `correctOptionIds`;
 *   - MULTIPLE_SELECT: two or more ids, not all options;
 *   - ORDERING: `correctOptionIds` is the correct order of every option id;
 *   - NUMERIC: `numeric`.
 */
export type AnswerKey =
  | { type: 'SINGLE_CHOICE' | 'TRUE_FALSE' | 'MULTIPLE_SELECT' | 'ORDERING'; correctOptionIds: readonly string[] }
  | { type: 'NUMERIC'; numeric: NumericAnswer };

/** What a player sends: chosen option ids (ORDERING: the ids in the chosen order), or a number. */
export interface AnswerResponse {
  optionIds?: readonly string[] | null;
  value?: number | null;
}

export const CHOICE_TYPES: readonly QuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_SELECT', 'TRUE_FALSE', 'ORDERING'];

/** Points of a question before time and partial credit: P = 1000, ×2 for double-points questions. */
export const BASE_POINTS = 1000;
export function questionPoints(doublePoints: boolean): number {
  return doublePoints ? BASE_POINTS * 2 : BASE_POINTS;
}
