import type { AnswerKey, QuestionOption } from './answer-key.js';
import { QUESTION_IMAGE_ALT_MAX } from './question-image.js';
import { DIFFICULTIES, QUESTION_TYPES, type Difficulty, type QuestionType } from './question-kinds.js';

/** Limits of the question bank; the editor shows them, the server and the import enforce them. */
export const QUESTION_LIMITS = {
  promptMax: 1000,
  optionMax: 300,
  explanationMax: 2000,
  choiceOptionsMin: 2,
  choiceOptionsMax: 6,
  orderingOptionsMin: 3,
  orderingOptionsMax: 6,
  tagsMax: 10,
  tagMax: 50,
  timeLimitMin: 5,
  timeLimitMax: 600,
  unitMax: 30,
} as const;

/**
 * An option like "Cả 3 đáp án trên", "Tất cả các đáp án trên", "Không có đáp án nào" refers to the
 * others' places, so a question holding one keeps its option order (never shuffled).
 * Compared without diacritics or case ("đ" folded to "d").
 */
export function isPositionalOption(text: string): boolean {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return (
    /^(ca|tat ca)( \S+){0,3} (dap an|phuong an|y) (tren|ke tren|neu tren)( deu (dung|sai))?$/.test(folded) ||
    /^khong (co )?(dap an|phuong an|y) nao( (dung|dung ca|o tren|tren))?$/.test(folded) ||
    /^(ca|tat ca)( (va|[a-f]))+ (deu )?(dung|sai)$/.test(folded)
  );
}

/** A question as authored (one version), before it is saved. */
export interface QuestionDraft {
  type: QuestionType;
  prompt: string;
  options: readonly QuestionOption[];
  answerKey: AnswerKey;
  explanation: string;
  sectionId: string | null;
  difficulty: Difficulty;
  tags: readonly string[];
  timeLimitSeconds: number;
  /** The uploaded image, if any: only its alt text is a rule here. */
  image?: { alt: string } | null;
}

export type QuestionField =
  | 'type'
  | 'prompt'
  | 'options'
  | 'answer'
  | 'explanation'
  | 'section'
  | 'difficulty'
  | 'tags'
  | 'timeLimit'
  | 'imageAlt'
  | 'image';

/** One broken rule; `reason` is stable (the client translates it), `message` is for logs and imports. */
export interface QuestionProblem {
  field: QuestionField;
  reason: string;
  message: string;
}

/**
 * Every rule a question must satisfy, per type. Returns all problems (empty when valid).
 * Section existence is the server's job; here the section must only be chosen.
 */
export function validateQuestion(q: QuestionDraft): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const fail = (field: QuestionField, reason: string, message: string) => problems.push({ field, reason, message });
  const L = QUESTION_LIMITS;

  if (!QUESTION_TYPES.includes(q.type)) fail('type', 'UNKNOWN_TYPE', `Unknown question type "${String(q.type)}"`);
  if (!q.prompt.trim()) fail('prompt', 'MISSING_PROMPT', 'The question text is empty');
  else if (q.prompt.length > L.promptMax)
    fail('prompt', 'TOO_LONG', `The question is longer than ${L.promptMax} characters`);
  // No explanation is allowed (contest sets from above carry none): the reveal then shows none.
  if (q.explanation.length > L.explanationMax) {
    fail('explanation', 'TOO_LONG', `The explanation is longer than ${L.explanationMax} characters`);
  }
  if (q.image && !q.image.alt.trim())
    fail('imageAlt', 'MISSING_IMAGE_ALT', 'Describe the image for players who cannot see it (alt text)');
  else if (q.image && q.image.alt.length > QUESTION_IMAGE_ALT_MAX)
    fail('imageAlt', 'TOO_LONG', `The image description is longer than ${QUESTION_IMAGE_ALT_MAX} characters`);
  if (!q.sectionId) fail('section', 'MISSING_SECTION', 'Choose the section the question comes from');
  if (!DIFFICULTIES.includes(q.difficulty))
    fail('difficulty', 'UNKNOWN_DIFFICULTY', `Unknown difficulty "${String(q.difficulty)}"`);
  if (q.tags.length > L.tagsMax) fail('tags', 'TOO_MANY_TAGS', `At most ${L.tagsMax} topics`);
  if (q.tags.some((t) => !t.trim() || t.length > L.tagMax))
    fail('tags', 'INVALID_TAG', `Topics are 1–${L.tagMax} characters`);
  if (
    !Number.isInteger(q.timeLimitSeconds) ||
    q.timeLimitSeconds < L.timeLimitMin ||
    q.timeLimitSeconds > L.timeLimitMax
  ) {
    fail(
      'timeLimit',
      'INVALID_TIME_LIMIT',
      `The time limit is a whole number of seconds, ${L.timeLimitMin}–${L.timeLimitMax}`,
    );
  }
  if (q.answerKey.type !== q.type) {
    fail('answer', 'ANSWER_TYPE_MISMATCH', 'The answer does not match the question type');
    return problems;
  }

  if (q.answerKey.type === 'NUMERIC') {
    const { answer, tolerance, unit } = q.answerKey.numeric;
    if (q.options.length > 0) fail('options', 'OPTIONS_NOT_ALLOWED', 'A numeric question has no options');
    if (typeof answer !== 'number' || !Number.isFinite(answer))
      fail('answer', 'MISSING_ANSWER', 'The correct number is missing');
    if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
      fail('answer', 'INVALID_TOLERANCE', 'The tolerance is a number ≥ 0');
    }
    if (unit && unit.length > L.unitMax) fail('answer', 'TOO_LONG', `The unit is longer than ${L.unitMax} characters`);
    return problems;
  }

  const [min, max] =
    q.type === 'ORDERING' ? [L.orderingOptionsMin, L.orderingOptionsMax] : [L.choiceOptionsMin, L.choiceOptionsMax];
  const count = q.options.length;
  if (q.type === 'TRUE_FALSE' && count !== 2)
    fail('options', 'OPTION_COUNT', 'A true/false question has exactly 2 options');
  else if (count < min || count > max)
    fail('options', 'OPTION_COUNT', `${count} options; this type needs ${min}–${max}`);
  if (q.options.some((o) => !o.text.trim())) fail('options', 'EMPTY_OPTION', 'An option is empty');
  if (q.options.some((o) => o.text.length > L.optionMax))
    fail('options', 'TOO_LONG', `An option is longer than ${L.optionMax} characters`);
  const texts = q.options.map((o) => o.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length) fail('options', 'DUPLICATE_OPTION', 'Two options have the same text');
  const ids = new Set(q.options.map((o) => o.id));
  if (ids.size !== q.options.length || q.options.some((o) => !o.id))
    fail('options', 'INVALID_OPTION_ID', 'Option ids must be unique');

  const correct = q.answerKey.correctOptionIds;
  if (correct.some((id) => !ids.has(id)) || new Set(correct).size !== correct.length) {
    fail('answer', 'INVALID_ANSWER', 'The answer names an option that does not exist, or one twice');
    return problems;
  }
  switch (q.type) {
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
      if (correct.length === 0) fail('answer', 'MISSING_ANSWER', 'Mark the correct option');
      else if (correct.length > 1) fail('answer', 'ONE_CORRECT_ONLY', 'Exactly one option is correct for this type');
      break;
    case 'MULTIPLE_SELECT':
      if (correct.length === 0) fail('answer', 'MISSING_ANSWER', 'Mark the correct options');
      else if (correct.length < 2)
        fail('answer', 'TOO_FEW_CORRECT', 'Mark at least 2 correct options (else use single choice)');
      else if (count > 0 && correct.length >= count) fail('answer', 'ALL_CORRECT', 'At least one option must be wrong');
      break;
    case 'ORDERING':
      if (correct.length === 0) fail('answer', 'MISSING_ANSWER', 'Give the correct order');
      else if (correct.length !== count)
        fail('answer', 'INCOMPLETE_ORDER', 'The correct order must list every option once');
      break;
    case 'NUMERIC':
      break;
  }
  return problems;
}
