import { ANSWER_GRACE_MS } from '@thidua/shared';
import { atQuestion, revealed, runtimeGame, runtimeQuestion, withPlayer } from '../testing/runtime-game.factory.js';
import { checkAnswer, everyoneAnswered, recordAnswer, revealDue, validResponse } from './answer-window.js';

const SHOWN = 1_000_000;
/** The default reading time is 4 s: the window opens then and lasts 10 s. */
const OPENS = SHOWN + 4000;
const CLOSES = OPENS + 10_000;

function openGame() {
  const game = atQuestion(runtimeGame(), 0, SHOWN);
  const player = withPlayer(game, 'p1');
  return { game, player };
}
const choose = (...optionIds: string[]) => ({ questionIndex: 0, response: { optionIds } });

describe('checkAnswer', () => {
  it('grades a correct answer within the window, faster scoring more', () => {
    const { game } = openGame();
    const early = checkAnswer(game, 'p1', choose('a'), OPENS + 1000);
    const late = checkAnswer(game, 'p1', choose('a'), OPENS + 9000);
    expect(early).toMatchObject({ kind: 'graded', answer: { credit: 1, elapsedMs: 1000, streakAfter: 1 } });
    if (early.kind !== 'graded' || late.kind !== 'graded') throw new Error('not graded');
    expect(early.answer.points).toBeGreaterThan(late.answer.points);
    expect(early.answer.correctTimeAddMs).toBe(1000);
  });

  it('grades a wrong answer at zero points and breaks the streak', () => {
    const { game, player } = openGame();
    player.streak = 3;
    expect(checkAnswer(game, 'p1', choose('b'), OPENS + 10)).toMatchObject({
      kind: 'graded',
      answer: { credit: 0, points: 0, streakAfter: 0, correctTimeAddMs: 0 },
    });
  });

  it('takes an answer within the grace after the deadline, and refuses one after it', () => {
    const { game } = openGame();
    expect(checkAnswer(game, 'p1', choose('a'), CLOSES + ANSWER_GRACE_MS).kind).toBe('graded');
    expect(checkAnswer(game, 'p1', choose('a'), CLOSES + ANSWER_GRACE_MS + 1)).toEqual({
      kind: 'rejected',
      reason: 'CLOSED',
    });
  });

  it('refuses an answer during the reading time', () => {
    const { game } = openGame();
    expect(checkAnswer(game, 'p1', choose('a'), OPENS - 1)).toEqual({ kind: 'rejected', reason: 'NOT_OPEN_YET' });
  });

  it('counts an answer during a pause as given when the pause began', () => {
    const { game } = openGame();
    Object.assign(game, { paused: true, pausedAt: OPENS + 2000 });
    expect(checkAnswer(game, 'p1', choose('a'), CLOSES + 60_000)).toMatchObject({
      kind: 'graded',
      answer: { elapsedMs: 2000 },
    });
  });

  it('refuses players who did not join, and removed players', () => {
    const { game } = openGame();
    withPlayer(game, 'gone', { removed: true });
    expect(checkAnswer(game, 'nobody', choose('a'), OPENS)).toEqual({ kind: 'rejected', reason: 'NOT_JOINED' });
    expect(checkAnswer(undefined, 'p1', choose('a'), OPENS)).toEqual({ kind: 'rejected', reason: 'NOT_JOINED' });
    expect(checkAnswer(game, 'gone', choose('a'), OPENS)).toEqual({ kind: 'rejected', reason: 'REMOVED' });
  });

  it('refuses an answer to another question than the current one, and in the lobby', () => {
    const { game } = openGame();
    expect(checkAnswer(game, 'p1', { ...choose('a'), questionIndex: 1 }, OPENS)).toEqual({
      kind: 'rejected',
      reason: 'WRONG_QUESTION',
    });
    const lobby = runtimeGame();
    withPlayer(lobby, 'p1');
    expect(checkAnswer(lobby, 'p1', choose('a'), OPENS)).toEqual({ kind: 'rejected', reason: 'WRONG_QUESTION' });
  });

  it('tells a retry of a stored answer it is a duplicate, even after the reveal', () => {
    const game = revealed(runtimeGame(), 0);
    const player = withPlayer(game, 'p1');
    player.answers.set(0, { response: { optionIds: ['a'] }, credit: 1, points: 900, elapsedMs: 10 });
    expect(checkAnswer(game, 'p1', choose('a'), CLOSES + 60_000)).toEqual({ kind: 'duplicate' });
  });

  it('refuses an answer once the reveal began or happened', () => {
    const { game } = openGame();
    game.questions[0].closing = true;
    expect(checkAnswer(game, 'p1', choose('a'), OPENS)).toEqual({ kind: 'rejected', reason: 'CLOSED' });
    const shown = revealed(runtimeGame(), 0);
    withPlayer(shown, 'p1');
    expect(checkAnswer(shown, 'p1', choose('a'), OPENS)).toEqual({ kind: 'rejected', reason: 'CLOSED' });
  });

  it('refuses a response in the wrong shape', () => {
    const { game } = openGame();
    expect(checkAnswer(game, 'p1', choose('a', 'b'), OPENS)).toEqual({ kind: 'rejected', reason: 'INVALID_RESPONSE' });
  });
});

describe('validResponse', () => {
  it('takes exactly one known option for single choice', () => {
    const q = runtimeQuestion(0);
    expect(validResponse(q, { optionIds: ['b'] })).toEqual({ optionIds: ['b'] });
    for (const optionIds of [[], ['a', 'b'], ['z'], ['a', 'a']]) expect(validResponse(q, { optionIds })).toBeNull();
    expect(validResponse(q, {})).toBeNull();
  });
  it('takes one or more options for multiple select, and every option once for ordering', () => {
    expect(validResponse(runtimeQuestion(0, { type: 'MULTIPLE_SELECT' }), { optionIds: ['a', 'c'] })).toEqual({
      optionIds: ['a', 'c'],
    });
    const ordering = runtimeQuestion(0, { type: 'ORDERING' });
    expect(validResponse(ordering, { optionIds: ['d', 'c', 'b', 'a'] })).not.toBeNull();
    expect(validResponse(ordering, { optionIds: ['d', 'c'] })).toBeNull();
  });
  it('takes a number for numeric', () => {
    const q = runtimeQuestion(0, { type: 'NUMERIC' });
    expect(validResponse(q, { value: 42 })).toEqual({ value: 42 });
    expect(validResponse(q, { optionIds: ['a'] })).toBeNull();
  });
});

describe('after the commit', () => {
  it('adds the answer, its points, streak and time to the player and counts it', () => {
    const { game, player } = openGame();
    const check = checkAnswer(game, 'p1', choose('a'), OPENS + 500);
    if (check.kind !== 'graded') throw new Error('not graded');
    recordAnswer(player, check.question, check.answer);
    expect(player).toMatchObject({ score: check.answer.points, streak: 1, correctTimeMs: 500 });
    expect(player.answers.get(0)?.credit).toBe(1);
    expect(game.questions[0].answered).toBe(1);
  });

  it('says everyone answered once every active player did', () => {
    const { game } = openGame();
    withPlayer(game, 'p2');
    const q = game.questions[0];
    expect(everyoneAnswered(game, q, 1)).toBe(false);
    expect(everyoneAnswered(game, q, 2)).toBe(true);
    expect(everyoneAnswered(Object.assign(game, { phase: 'REVEAL' }), q, 2)).toBe(false);
  });
});

describe('revealDue', () => {
  it('is the deadline plus the grace of the open question', () => {
    expect(revealDue(openGame().game)).toEqual({ index: 0, at: CLOSES + ANSWER_GRACE_MS });
  });
  it('is none while paused, before a question and after the reveal', () => {
    const paused = Object.assign(openGame().game, { paused: true, pausedAt: OPENS });
    for (const game of [paused, runtimeGame(), revealed(runtimeGame(), 0)]) expect(revealDue(game)).toBeNull();
  });
});
