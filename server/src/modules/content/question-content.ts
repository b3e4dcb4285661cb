import {
  foldForSearch,
  isPositionalOption,
  normalizeText,
  validateQuestion,
  type AnswerKey,
  type Difficulty,
  type NumericAnswer,
  type QuestionOption,
  type QuestionImageRef,
  type QuestionProblem,
  type QuestionType,
} from '@thidua/shared';
import { randomBytes, randomInt } from 'node:crypto';
import type { QuestionVersion } from './entities/question-version.entity.js';

/**
 * A question's content as authors, imports and the demo pack express it: option
 * texts and the indexes of the correct ones (ORDERING: the indexes in the correct
 * order). `buildVersion` turns it into what a QuestionVersion stores.
 */
export interface QuestionContent {
  type: QuestionType;
  prompt: string;
  options: string[];
  correct: number[];
  numeric: NumericAnswer | null;
  explanation: string;
  sectionId: string | null;
  difficulty: Difficulty;
  tags: string[];
  timeLimitSeconds: number;
  doublePoints: boolean;
  /**
   * Never shuffle the options. Unset: kept when an option is "all/none of the above"
   * (isPositionalOption), so an import or a new question does not have to say it.
   */
  keepOrder?: boolean;
  /** A stored image with the author's alt text; absent or null: none. */
  image?: QuestionImageRef | null;
}

export type VersionFields = Pick<
  QuestionVersion,
  | 'type'
  | 'prompt'
  | 'options'
  | 'answerKey'
  | 'explanation'
  | 'sectionId'
  | 'difficulty'
  | 'tags'
  | 'timeLimitSeconds'
  | 'doublePoints'
  | 'keepOrder'
  | 'image'
  | 'searchText'
>;

/** Multi-line text: NFC, trimmed, line breaks kept. */
export function normalizeLongText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** 6 url-safe random characters: an option id that says nothing about the option. */
export function newOptionIds(count: number): string[] {
  const ids = new Set<string>();
  while (ids.size < count) ids.add(randomBytes(5).toString('base64url').slice(0, 6));
  return [...ids];
}

/** Fisher–Yates with a CSPRNG. */
export function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** A shuffle that differs from the given order whenever that is possible (≥ 2 distinct items). */
export function shuffledAway<T>(items: readonly T[]): T[] {
  if (items.length < 2) return [...items];
  for (;;) {
    const result = shuffled(items);
    if (result.some((item, i) => item !== items[i])) return result;
  }
}

/**
 * Normalizes the content, gives the options fresh random ids, builds the typed answer
 * key and validates everything with the shared rules (the editor uses the same ones).
 * ORDERING options are stored in a random order, never the correct one, so that no
 * code path can leak the answer by forgetting to shuffle.
 */
export function buildVersion(content: QuestionContent): { fields: VersionFields; problems: QuestionProblem[] } {
  const texts = content.type === 'NUMERIC' ? [] : content.options.map(normalizeText);
  const ids = newOptionIds(texts.length);
  let options: QuestionOption[] = texts.map((text, i) => ({ id: ids[i], text }));
  const idAt = (index: number) => ids[index] ?? `#${index}`; // an out-of-range index fails validation
  let answerKey: AnswerKey;
  if (content.type === 'NUMERIC') {
    const numeric = content.numeric;
    answerKey = {
      type: 'NUMERIC',
      numeric: {
        answer: numeric?.answer ?? Number.NaN,
        tolerance: numeric?.tolerance ?? 0,
        unit: numeric?.unit ? normalizeText(numeric.unit) : null,
      },
    };
  } else {
    answerKey = { type: content.type, correctOptionIds: content.correct.map(idAt) };
    if (content.type === 'ORDERING') options = shuffledAway(options);
  }
  const prompt = normalizeText(content.prompt);
  const tags = [...new Set(content.tags.map(normalizeText).filter(Boolean))];
  const fields: VersionFields = {
    type: content.type,
    prompt,
    options,
    answerKey,
    explanation: normalizeLongText(content.explanation),
    sectionId: content.sectionId ?? '',
    difficulty: content.difficulty,
    tags,
    timeLimitSeconds: content.timeLimitSeconds,
    doublePoints: content.doublePoints,
    // ORDERING is always shuffled (its stored order is random), so keeping an order means nothing there.
    keepOrder:
      content.type !== 'ORDERING' &&
      content.type !== 'NUMERIC' &&
      (content.keepOrder ?? texts.some(isPositionalOption)),
    image: content.image ? { ...content.image, alt: normalizeText(content.image.alt) } : null,
    searchText: foldForSearch([prompt, ...texts, ...tags].join(' ')),
  };
  const problems = validateQuestion({ ...fields, sectionId: content.sectionId || null });
  return { fields, problems };
}

/**
 * What a version says, independent of its random option ids and of the stored order
 * of ORDERING options: two versions with equal signatures ask the same thing.
 */
export function contentSignature(v: VersionFields): string {
  const text = (id: string) => v.options.find((o) => o.id === id)?.text ?? '';
  const key = v.answerKey;
  return JSON.stringify([
    v.type,
    v.prompt,
    key.type === 'ORDERING' ? [] : v.options.map((o) => o.text),
    key.type === 'NUMERIC'
      ? [key.numeric.answer, key.numeric.tolerance, key.numeric.unit ?? null]
      : key.correctOptionIds.map(text),
    v.explanation,
    v.sectionId,
    v.difficulty,
    v.tags,
    v.timeLimitSeconds,
    v.doublePoints,
    v.keepOrder,
    v.image ? [v.image.hash, v.image.alt] : null,
  ]);
}

/** Back from a stored version to content (ORDERING options in the correct order). */
export function contentOf(v: VersionFields): QuestionContent {
  const key = v.answerKey;
  let options = v.options.map((o) => o.text);
  let correct: number[] = [];
  if (key.type === 'ORDERING') {
    options = key.correctOptionIds.map((id) => v.options.find((o) => o.id === id)?.text ?? '');
    correct = options.map((_, i) => i);
  } else if (key.type !== 'NUMERIC') {
    correct = key.correctOptionIds.map((id) => v.options.findIndex((o) => o.id === id));
  }
  return {
    type: v.type,
    prompt: v.prompt,
    options,
    correct,
    numeric: key.type === 'NUMERIC' ? key.numeric : null,
    explanation: v.explanation,
    sectionId: v.sectionId,
    difficulty: v.difficulty,
    tags: v.tags,
    timeLimitSeconds: v.timeLimitSeconds,
    doublePoints: v.doublePoints,
    keepOrder: v.keepOrder,
    image: v.image,
  };
}

/**
 * A stored version as content without its key (a host's export of a question a contest
 * not yet closed can draw): options in their stored order (ORDERING: never the correct
 * one), no correct options, no numeric answer, no explanation.
 */
export function keylessContentOf(v: VersionFields): QuestionContent {
  return {
    ...contentOf(v),
    options: v.options.map((o) => o.text),
    correct: [],
    numeric: null,
    explanation: '',
  };
}
