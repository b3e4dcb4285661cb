import {
  ANSWER_GRACE_MS,
  answerPoints,
  gradeAnswer,
  type AnswerPayload,
  type AnswerRejectReason,
  type AnswerResponse,
  type QuestionOption,
} from '@thidua/shared';
import { currentQuestion, type RuntimeGame, type RuntimePlayer, type RuntimeQuestion } from '../live-game-state.js';

/*
 * The answer window and the grading inputs, pure: whether an answer received at
 * `receivedAt` (server clock, taken by the gateway) counts, and what it is worth.
 */

/** An answer graded at receipt, waiting for its commit. */
export interface GradedAnswer {
  gameId: string;
  questionIndex: number;
  playerId: string;
  response: AnswerResponse;
  receivedAt: number;
  elapsedMs: number;
  credit: number;
  points: number;
  /** The player's streak after this answer. */
  streakAfter: number;
  /** Added to the player's total time of correct answers (the tie-break). */
  correctTimeAddMs: number;
}

export type AnswerCheck =
  | { kind: 'rejected'; reason: AnswerRejectReason }
  /** A retry of a stored answer (its ack was lost in a cut): told so, even after the question closed. */
  | { kind: 'duplicate' }
  | { kind: 'graded'; game: RuntimeGame; player: RuntimePlayer; question: RuntimeQuestion; answer: GradedAnswer };

const rejected = (reason: AnswerRejectReason): AnswerCheck => ({ kind: 'rejected', reason });

/**
 * The response in the shape the question needs, or null: option ids of this question
 * only, exactly one for single choice and true/false, at least one for multiple select,
 * every option once for ordering, a number for numeric.
 */
export function validResponse(
  q: RuntimeQuestion,
  response: { optionIds?: string[]; value?: number },
): AnswerResponse | null {
  if (q.type === 'NUMERIC') return typeof response.value === 'number' ? { value: response.value } : null;
  const ids = response.optionIds;
  if (!ids || ids.length === 0 || new Set(ids).size !== ids.length) return null;
  const known = new Set(q.options.map((o: QuestionOption) => o.id));
  if (!ids.every((id) => known.has(id))) return null;
  if ((q.type === 'SINGLE_CHOICE' || q.type === 'TRUE_FALSE') && ids.length !== 1) return null;
  if (q.type === 'ORDERING' && ids.length !== q.options.length) return null;
  return { optionIds: [...ids] };
}

/** Checks an answer against the window of the open question and grades it. */
export function checkAnswer(
  game: RuntimeGame | undefined,
  playerId: string,
  payload: AnswerPayload,
  receivedAt: number,
): AnswerCheck {
  const player = game?.players.get(playerId);
  if (!game || !player) return rejected('NOT_JOINED');
  if (player.removed) return rejected('REMOVED');
  const q = currentQuestion(game);
  if (!q || payload.questionIndex !== q.index) return rejected('WRONG_QUESTION');
  if (player.answers.has(q.index)) return { kind: 'duplicate' };
  if (game.phase !== 'QUESTION' || q.closing || q.opensAt === null || q.closesAt === null) return rejected('CLOSED');
  // While paused the countdown is frozen: the answer counts as given when the pause began.
  const clock = game.paused && game.pausedAt !== null ? Math.min(receivedAt, game.pausedAt) : receivedAt;
  if (clock < q.opensAt) return rejected('NOT_OPEN_YET');
  if (clock > q.closesAt + ANSWER_GRACE_MS) return rejected('CLOSED');
  const response = validResponse(q, payload.response);
  if (!response) return rejected('INVALID_RESPONSE');

  const elapsedMs = Math.min(Math.max(0, clock - q.opensAt), q.timeLimitMs + ANSWER_GRACE_MS);
  const credit = gradeAnswer(q.answerKey, response);
  const points = answerPoints(
    { credit, elapsedMs, timeLimitMs: q.timeLimitMs, doublePoints: q.doublePoints, streakBefore: player.streak },
    game.settings,
  );
  const answer: GradedAnswer = {
    gameId: game.id,
    questionIndex: q.index,
    playerId,
    response,
    receivedAt,
    elapsedMs,
    credit,
    points,
    streakAfter: credit >= 1 ? player.streak + 1 : 0,
    correctTimeAddMs: credit > 0 ? elapsedMs : 0,
  };
  return { kind: 'graded', game, player, question: q, answer };
}

/** Memory after the answer was committed (the same sums the batch statement made in PostgreSQL). */
export function recordAnswer(player: RuntimePlayer, q: RuntimeQuestion, a: GradedAnswer): void {
  player.answers.set(q.index, { response: a.response, credit: a.credit, points: a.points, elapsedMs: a.elapsedMs });
  player.score += a.points;
  player.streak = a.streakAfter;
  player.correctTimeMs += a.correctTimeAddMs;
  q.answered += 1;
}

/** Every active player answered the open question `q` (it may be revealed early). */
export function everyoneAnswered(game: RuntimeGame, q: RuntimeQuestion, answered = q.answered): boolean {
  return (
    game.activePlayers > 0 &&
    answered >= game.activePlayers &&
    game.phase === 'QUESTION' &&
    game.currentIndex === q.index
  );
}

/** When the open question's reveal is due (deadline + grace), or null when no countdown runs. */
export function revealDue(game: RuntimeGame): { index: number; at: number } | null {
  if (game.phase !== 'QUESTION' || game.paused) return null;
  const q = currentQuestion(game);
  if (!q || q.closesAt === null || q.revealedAt !== null) return null;
  return { index: q.index, at: q.closesAt + ANSWER_GRACE_MS };
}
