import type { Difficulty, QuizMode } from '@thidua/shared';
import type { TFunction } from 'i18next';
import type { QuestionVersionFieldsFragment, QuizQuery } from '../../../generated/graphql';

export type LoadedQuiz = QuizQuery['quiz'];

/** A question chosen for a fixed quiz. */
export interface QuizEntry {
  id: string;
  key: string;
  status: LoadedQuiz['items'][number]['question']['status'];
  /** What games ask: the published version, else (not playable yet) the current one. */
  version: QuestionVersionFieldsFragment;
  published: boolean;
}

/** A draw rule as typed: the count stays a string so a half-typed number survives. */
export interface RuleRow {
  key: number;
  sectionId: string;
  tag: string;
  difficulty: Difficulty | '';
  count: string;
}

let ruleKey = 0;
export function newRule(): RuleRow {
  ruleKey += 1;
  return { key: ruleKey, sectionId: '', tag: '', difficulty: '', count: '5' };
}

export function entriesOf(quiz: LoadedQuiz | null): QuizEntry[] {
  return (quiz?.items ?? []).map((item) => ({
    id: item.question.id,
    key: item.question.key,
    status: item.question.status,
    version: item.question.publishedVersion ?? item.question.currentVersion,
    published: item.question.publishedVersion !== null && item.question.status !== 'ARCHIVED',
  }));
}

export function rulesOf(quiz: LoadedQuiz | null): RuleRow[] {
  if (!quiz || quiz.drawRules.length === 0) return [newRule()];
  return quiz.drawRules.map((r) => ({
    ...newRule(),
    sectionId: r.sectionId ?? '',
    tag: r.tag ?? '',
    difficulty: r.difficulty ?? '',
    count: String(r.count),
  }));
}

export interface QuizDraft {
  title: string;
  description: string;
  mode: QuizMode;
  shuffle: boolean;
  entries: readonly QuizEntry[];
  rules: readonly RuleRow[];
}

/** What blocks saving, in words. */
export function quizProblems(t: TFunction, draft: QuizDraft): string[] {
  const list: string[] = [];
  if (!draft.title.trim()) list.push(t('content.quizEditor.titleRequired'));
  if (draft.mode === 'FIXED' && draft.entries.length === 0) list.push(t('content.quizEditor.noQuestions'));
  if (draft.mode === 'DRAW') {
    if (draft.rules.length === 0) list.push(t('content.quizEditor.noRules'));
    if (draft.rules.some((r) => !/^\d+$/u.test(r.count.trim()) || Number(r.count) < 1 || Number(r.count) > 100))
      list.push(t('content.quizEditor.badCount'));
  }
  return list;
}

/** The fields both createQuiz and updateQuiz take. */
export function toQuizInput(draft: QuizDraft) {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    mode: draft.mode,
    shuffleOptions: draft.shuffle,
    ...(draft.mode === 'FIXED'
      ? { questionIds: draft.entries.map((e) => e.id) }
      : {
          drawRules: draft.rules.map((r) => ({
            count: Number(r.count),
            ...(r.sectionId ? { sectionId: r.sectionId } : {}),
            ...(r.tag.trim() ? { tag: r.tag.trim() } : {}),
            ...(r.difficulty ? { difficulty: r.difficulty } : {}),
          })),
        }),
  };
}
