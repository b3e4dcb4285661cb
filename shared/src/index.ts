export * from './text/vietnamese.js';
export * from './auth/roles.js';
export * from './units/unit-kind.js';
export * from './content/question-kinds.js';
export * from './content/answer-key.js';
export * from './content/grading.js';
export * from './content/question-validation.js';
export * from './content/quiz-mode.js';
