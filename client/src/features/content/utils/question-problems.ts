import { QUESTION_LIMITS, type QuestionProblem, type QuestionType } from '@thidua/shared';
import type { TFunction } from 'i18next';

/** A broken rule in words: `content.problems.<REASON>` (TOO_LONG per field), the rule's own text as fallback. */
export function problemText(t: TFunction, problem: QuestionProblem, type: QuestionType): string {
  const key = problem.reason === 'TOO_LONG' ? `TOO_LONG_${problem.field}` : problem.reason;
  return t(`content.problems.${key}`, { defaultValue: problem.message, ...limitsFor(problem.reason, type) });
}

/** Numbers the Vietnamese messages mention. */
function limitsFor(reason: string, type: QuestionType): Record<string, number> {
  const L = QUESTION_LIMITS;
  switch (reason) {
    case 'OPTION_COUNT':
      return type === 'ORDERING'
        ? { min: L.orderingOptionsMin, max: L.orderingOptionsMax }
        : { min: L.choiceOptionsMin, max: L.choiceOptionsMax };
    case 'TOO_LONG':
      return { prompt: L.promptMax, option: L.optionMax, explanation: L.explanationMax, unit: L.unitMax };
    case 'TOO_MANY_TAGS':
      return { max: L.tagsMax };
    case 'INVALID_TAG':
      return { max: L.tagMax };
    case 'INVALID_TIME_LIMIT':
      return { min: L.timeLimitMin, max: L.timeLimitMax };
    default:
      return {};
  }
}
