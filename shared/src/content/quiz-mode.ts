/** How a quiz picks its questions. */
export const QuizMode = {
  /** A fixed ordered list of questions. */
  FIXED: 'FIXED',
  /** Draw rules: n questions per section/tag × difficulty, drawn per game or attempt. */
  DRAW: 'DRAW',
} as const;
export type QuizMode = (typeof QuizMode)[keyof typeof QuizMode];
export const QUIZ_MODES: readonly QuizMode[] = Object.values(QuizMode);
