import { CONTEST_GRACE_SECONDS, gradeAnswer, type AnswerKeyDecision, type PredictionKind } from '@thidua/shared';
import { toQuestionImageModel } from '../../content/images/question-image.model.js';
import type { AttemptState } from '../attempts.service.js';
import type { AttemptModel, AttemptResultModel } from './attempt.model.js';
import { PREDICTION_QUESTION } from './public-contest.model.js';

/** The attempt before submission: questions without answers, saved answers, the server clock. */
export function toAttemptModel(
  { attempt, versions, answers }: AttemptState,
  predictionKind: PredictionKind,
): AttemptModel {
  const now = Date.now();
  return {
    id: attempt.id,
    submitted: attempt.submittedAt !== null,
    autoClosed: attempt.autoClosed,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    serverTime: new Date(now),
    remainingMs: attempt.submittedAt ? 0 : Math.max(0, attempt.deadlineAt.getTime() - now),
    graceSeconds: CONTEST_GRACE_SECONDS,
    questions: attempt.questions.map((q, index) => {
      const v = versions.get(q.versionId)!;
      const text = new Map(v.options.map((o) => [o.id, o.text]));
      return {
        index,
        type: v.type,
        prompt: v.prompt,
        // Only id and text: never a field derived from the answer key.
        options: q.optionOrder.map((id) => ({ id, text: text.get(id) ?? '' })),
        unit: v.answerKey.type === 'NUMERIC' ? (v.answerKey.numeric.unit ?? null) : null,
        points: v.points,
        image: v.image ? toQuestionImageModel(v.image) : null,
      };
    }),
    answers: answers.map((a) => ({
      index: a.index,
      optionIds: a.response.optionIds ? [...a.response.optionIds] : null,
      value: typeof a.response.value === 'number' ? a.response.value : null,
      savedAt: a.savedAt,
    })),
    predictionKind,
    predictionQuestion: PREDICTION_QUESTION[predictionKind],
  };
}

/**
 * After submission: the score, and — when `decision` is REVEALED — each answer against
 * the key with its credit and the explanations. Otherwise the questions carry only what
 * the entrant answered: no correct option, value, credit or explanation.
 */
export function toAttemptResultModel(
  { attempt, versions, answers }: AttemptState,
  decision: AnswerKeyDecision,
  keyShownAt: Date | null,
): AttemptResultModel {
  const byIndex = new Map(answers.map((a) => [a.index, a.response]));
  const revealed = decision === 'REVEALED';
  return {
    keyRevealed: revealed,
    keyDecision: decision,
    keyShownAt,
    attemptId: attempt.id,
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore ?? 0,
    correctCount: attempt.correctCount ?? 0,
    questionCount: attempt.questionCount,
    durationMs: attempt.durationMs ?? 0,
    submittedAt: attempt.submittedAt!,
    autoClosed: attempt.autoClosed,
    prediction: attempt.prediction,
    questions: attempt.questions.map((q, index) => {
      const v = versions.get(q.versionId)!;
      const key = v.answerKey;
      const correctIds = key.type === 'NUMERIC' ? [] : [...key.correctOptionIds];
      const text = new Map(v.options.map((o) => [o.id, o.text]));
      const response = byIndex.get(index);
      const yours = {
        index,
        type: v.type,
        prompt: v.prompt,
        yourOptionIds: response?.optionIds ? [...response.optionIds] : null,
        yourValue: typeof response?.value === 'number' ? response.value : null,
        points: v.points,
        sectionTitle: v.sectionTitle,
      };
      if (!revealed)
        return {
          ...yours,
          options: q.optionOrder.map((id) => ({ id, text: text.get(id) ?? '', correct: null })),
          correctOptionIds: [],
          correctValue: null,
          credit: null,
          earned: null,
          explanation: '',
        };
      const credit = gradeAnswer(key, response);
      return {
        ...yours,
        options: q.optionOrder.map((id) => ({ id, text: text.get(id) ?? '', correct: correctIds.includes(id) })),
        correctOptionIds: correctIds,
        correctValue: key.type === 'NUMERIC' ? key.numeric.answer : null,
        credit,
        earned: Math.round(credit * v.points),
        explanation: v.explanation,
      };
    }),
  };
}
