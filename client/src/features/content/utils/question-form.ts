import {
  isPositionalOption,
  QUESTION_LIMITS,
  validateQuestion,
  type AnswerKey,
  type Difficulty,
  type QuestionDraft,
  type QuestionField,
  type QuestionImageView,
  type QuestionProblem,
  type QuestionType,
} from '@thidua/shared';
import type { CreateQuestionInput, QuestionVersionFieldsFragment } from '../../../generated/graphql';

/** One option row of the editor; `key` is local (stable across edits and reorders). */
export interface OptionRow {
  key: string;
  text: string;
  correct: boolean;
}

/** The editor's state: strings where the user types numbers, so that half-typed values survive. */
export interface QuestionForm {
  type: QuestionType;
  prompt: string;
  options: OptionRow[];
  numericAnswer: string;
  tolerance: string;
  unit: string;
  explanation: string;
  sectionId: string;
  difficulty: Difficulty;
  tags: string;
  timeLimit: string;
  doublePoints: boolean;
  /** Options shown in the author's order, never shuffled; ticked by itself when an option becomes "Cả 3 đáp án trên". */
  keepOrder: boolean;
  /** An uploaded image (its hash and how to show it), or none. */
  image: QuestionFormImage | null;
  imageAlt: string;
}

export type QuestionFormImage = Omit<QuestionImageView, 'alt'> & { hash: string };

let nextKey = 0;
export function newOptionKey(): string {
  nextKey += 1;
  return `o${nextKey}`;
}

function row(text: string, correct = false): OptionRow {
  return { key: newOptionKey(), text, correct };
}

/** The fixed options of a true/false question, in the language of the content (Vietnamese). */
export const TRUE_FALSE_TEXTS = ['Đúng', 'Sai'] as const;

export function emptyForm(sectionId = ''): QuestionForm {
  return {
    type: 'SINGLE_CHOICE',
    prompt: '',
    options: [row(''), row(''), row(''), row('')],
    numericAnswer: '',
    tolerance: '0',
    unit: '',
    explanation: '',
    sectionId,
    difficulty: 'MEDIUM',
    tags: '',
    timeLimit: '20',
    doublePoints: false,
    keepOrder: false,
    image: null,
    imageAlt: '',
  };
}

export function formFromVersion(v: QuestionVersionFieldsFragment): QuestionForm {
  const correct = new Set(v.correctOptionIds);
  // ORDERING: the editor lists the options in the correct order.
  const options =
    v.type === 'ORDERING'
      ? v.correctOptionIds.flatMap((id) => v.options.filter((o) => o.id === id)).map((o) => row(o.text))
      : v.options.map((o) => row(o.text, correct.has(o.id)));
  return {
    type: v.type,
    prompt: v.prompt,
    options,
    numericAnswer: v.numericAnswer ? String(v.numericAnswer.answer) : '',
    tolerance: v.numericAnswer ? String(v.numericAnswer.tolerance) : '0',
    unit: v.numericAnswer?.unit ?? '',
    explanation: v.explanation,
    sectionId: v.section.id,
    difficulty: v.difficulty,
    tags: v.tags.join(', '),
    timeLimit: String(v.timeLimitSeconds),
    doublePoints: v.doublePoints,
    keepOrder: v.keepOrder,
    image: v.image
      ? { hash: v.image.hash, src: v.image.src, srcSet: v.image.srcSet, width: v.image.width, height: v.image.height }
      : null,
    imageAlt: v.image?.alt ?? '',
  };
}

/** Changing the type keeps what still makes sense and fixes what the new type requires. */
export function withType(form: QuestionForm, type: QuestionType): QuestionForm {
  if (type === form.type) return form;
  let options = form.options;
  if (type === 'TRUE_FALSE') {
    const wasTrue = form.type === 'TRUE_FALSE' ? form.options[0]?.correct : false;
    options = [row(TRUE_FALSE_TEXTS[0], Boolean(wasTrue)), row(TRUE_FALSE_TEXTS[1])];
  } else if (type === 'NUMERIC') {
    options = [];
  } else {
    if (form.type === 'TRUE_FALSE' || form.type === 'NUMERIC' || options.length === 0) {
      options = [row(''), row(''), row(''), row('')];
    }
    if (type === 'ORDERING') options = options.map((o) => ({ ...o, correct: false }));
    if (type === 'SINGLE_CHOICE') {
      const first = options.findIndex((o) => o.correct);
      options = options.map((o, i) => ({ ...o, correct: i === first }));
    }
  }
  return { ...form, type, options };
}

/** "a, b; c" → ["a", "b", "c"]: topics are separated by commas or semicolons. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/u)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** A decimal typed the Vietnamese way ("12,5") or the English way ("12.5"); NaN when not a number. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed || !/^-?\d+(\.\d+)?$/u.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

function answerKeyOf(form: QuestionForm): AnswerKey {
  if (form.type === 'NUMERIC') {
    return {
      type: 'NUMERIC',
      numeric: {
        answer: parseDecimal(form.numericAnswer),
        tolerance: parseDecimal(form.tolerance || '0'),
        unit: form.unit.trim() || null,
      },
    };
  }
  const ids =
    form.type === 'ORDERING' ? form.options.map((o) => o.key) : form.options.filter((o) => o.correct).map((o) => o.key);
  return { type: form.type, correctOptionIds: ids };
}

export function toDraft(form: QuestionForm): QuestionDraft {
  const timeLimit = Number(form.timeLimit);
  return {
    type: form.type,
    prompt: form.prompt,
    options: form.type === 'NUMERIC' ? [] : form.options.map((o) => ({ id: o.key, text: o.text })),
    answerKey: answerKeyOf(form),
    explanation: form.explanation,
    sectionId: form.sectionId || null,
    difficulty: form.difficulty,
    tags: parseTags(form.tags),
    timeLimitSeconds: form.timeLimit.trim() === '' ? Number.NaN : timeLimit,
    image: form.image ? { alt: form.imageAlt } : null,
  };
}

/** The shared rules (the same the server and the import apply), grouped by field. */
export function problemsOf(form: QuestionForm): Map<QuestionField, QuestionProblem[]> {
  const byField = new Map<QuestionField, QuestionProblem[]>();
  const all = validateQuestion(toDraft(form));
  // Empty options are also "the same text": say it once.
  const hasEmpty = all.some((p) => p.reason === 'EMPTY_OPTION');
  for (const problem of all.filter((p) => !(hasEmpty && p.reason === 'DUPLICATE_OPTION'))) {
    byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem]);
  }
  return byField;
}

export type QuestionContentInput = Omit<CreateQuestionInput, 'key'>;

export function toInput(form: QuestionForm): QuestionContentInput {
  const numeric = form.type === 'NUMERIC';
  return {
    type: form.type,
    prompt: form.prompt.trim(),
    options: numeric
      ? []
      : form.options.map((o) => ({ text: o.text.trim(), ...(form.type === 'ORDERING' ? {} : { correct: o.correct }) })),
    numeric: numeric
      ? {
          answer: parseDecimal(form.numericAnswer),
          tolerance: parseDecimal(form.tolerance || '0'),
          unit: form.unit.trim() || null,
        }
      : null,
    explanation: form.explanation.trim(),
    sectionId: form.sectionId,
    difficulty: form.difficulty,
    tags: parseTags(form.tags),
    timeLimitSeconds: Number(form.timeLimit),
    doublePoints: form.doublePoints,
    keepOrder: form.keepOrder,
    image: form.image ? { hash: form.image.hash, alt: form.imageAlt.trim() } : null,
  };
}

/** Option count limits of a type: [min, max]. */
export function optionRange(type: QuestionType): [number, number] {
  const L = QUESTION_LIMITS;
  if (type === 'TRUE_FALSE') return [2, 2];
  if (type === 'NUMERIC') return [0, 0];
  if (type === 'ORDERING') return [L.orderingOptionsMin, L.orderingOptionsMax];
  return [L.choiceOptionsMin, L.choiceOptionsMax];
}

/** Compares two forms by what would be saved (option keys and typing leftovers ignored). */
export function sameContent(a: QuestionForm, b: QuestionForm): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

/**
 * The form after a change: typing an "all/none of the above" option ticks "keep option
 * order" once (the author may untick it again: the option was there before).
 */
export function withAutoKeepOrder(prev: QuestionForm, next: QuestionForm): QuestionForm {
  const positional = (form: QuestionForm) => form.options.some((o) => isPositionalOption(o.text));
  return !next.keepOrder && positional(next) && !positional(prev) ? { ...next, keepOrder: true } : next;
}
