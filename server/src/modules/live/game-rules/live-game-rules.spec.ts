import { atQuestion, revealed, runtimeGame, withPlayer } from '../testing/runtime-game.factory.js';
import {
  advanceDue,
  applyChange,
  canReveal,
  finishChange,
  finishClosesQuestion,
  leaderboardChange,
  lockChange,
  movedOn,
  pauseChange,
  planCommand,
  resumeChange,
  revealChange,
  showQuestionChange,
  stepOf,
} from './live-game-rules.js';

const NOW = 2_000_000;

describe('planCommand', () => {
  describe('start', () => {
    it('shows the first question from the lobby', () => {
      expect(planCommand(runtimeGame(), { command: 'start' })).toEqual({ kind: 'show', index: 0 });
    });
    it('refuses a game that has already started', () => {
      expect(planCommand(atQuestion(runtimeGame(), 0), { command: 'start' })).toMatchObject({
        kind: 'refuse',
        reason: 'INVALID_COMMAND',
      });
    });
    it('only resends the state when the host saw another step (a resend after a lost reply)', () => {
      const game = atQuestion(runtimeGame(), 0);
      expect(planCommand(game, { command: 'start', from: { phase: 'LOBBY', index: -1 } })).toEqual({ kind: 'resend' });
    });
    it('runs when the host saw the game where it is', () => {
      expect(planCommand(runtimeGame(), { command: 'start', from: { phase: 'LOBBY', index: -1 } })).toEqual({
        kind: 'show',
        index: 0,
      });
    });
  });

  describe('next', () => {
    it('shows the first question from the lobby', () => {
      expect(planCommand(runtimeGame(), { command: 'next' })).toEqual({ kind: 'show', index: 0 });
    });
    it('refuses while the question is open (skip reveals it)', () => {
      expect(planCommand(atQuestion(runtimeGame(), 0), { command: 'next' })).toMatchObject({
        kind: 'refuse',
        reason: 'INVALID_COMMAND',
      });
    });
    it('goes from a reveal to the leaderboard when it is shown after each question', () => {
      expect(planCommand(revealed(runtimeGame(), 0), { command: 'next' })).toEqual({ kind: 'leaderboard' });
    });
    it('goes from a reveal straight to the next question when the leaderboard is shown at the end only', () => {
      const game = revealed(runtimeGame({ settings: { leaderboardMode: 'END_ONLY' } }), 0);
      expect(planCommand(game, { command: 'next' })).toEqual({ kind: 'show', index: 1 });
    });
    it('ends after the reveal of the last question when the leaderboard is shown at the end only', () => {
      const game = revealed(runtimeGame({ questions: 2, settings: { leaderboardMode: 'END_ONLY' } }), 1);
      expect(planCommand(game, { command: 'next' })).toEqual({ kind: 'finish' });
    });
    it('goes from the leaderboard to the next question, and after the last one to the end', () => {
      const middle = Object.assign(revealed(runtimeGame(), 1), { phase: 'LEADERBOARD' as const });
      expect(planCommand(middle, { command: 'next' })).toEqual({ kind: 'show', index: 2 });
      const last = Object.assign(revealed(runtimeGame(), 2), { phase: 'LEADERBOARD' as const });
      expect(planCommand(last, { command: 'next' })).toEqual({ kind: 'finish' });
    });
    it('refuses an ended game', () => {
      const game = runtimeGame({ status: 'ENDED', phase: 'ENDED', currentIndex: 2 });
      expect(planCommand(game, { command: 'next' })).toMatchObject({ kind: 'refuse', reason: 'GAME_ENDED' });
    });
    it('only resends the state when the deadline already moved the game on', () => {
      const game = revealed(runtimeGame(), 0);
      expect(planCommand(game, { command: 'next', from: { phase: 'QUESTION', index: 0 } })).toEqual({
        kind: 'resend',
      });
    });
  });

  describe('pause and resume', () => {
    it('pauses an open question', () => {
      expect(planCommand(atQuestion(runtimeGame(), 0), { command: 'pause' })).toEqual({ kind: 'pause' });
    });
    it('pauses a self-running game between questions, not one the host moves on', () => {
      const selfRunning = runtimeGame({ settings: { autoAdvance: true } });
      expect(planCommand(revealed(selfRunning, 0), { command: 'pause' })).toEqual({ kind: 'pause' });
      expect(planCommand(runtimeGame({ settings: { autoAdvance: true } }), { command: 'pause' })).toMatchObject({
        kind: 'refuse',
      });
    });
    it('refuses to pause anything but a question', () => {
      for (const game of [runtimeGame(), revealed(runtimeGame(), 0)])
        expect(planCommand(game, { command: 'pause' })).toMatchObject({ kind: 'refuse', reason: 'INVALID_COMMAND' });
    });
    it('does nothing more for a question already paused', () => {
      const game = Object.assign(atQuestion(runtimeGame(), 0), { paused: true, pausedAt: NOW });
      expect(planCommand(game, { command: 'pause' })).toEqual({ kind: 'none' });
    });
    it('resumes a paused game, and does nothing for one that is not paused', () => {
      const paused = Object.assign(atQuestion(runtimeGame(), 0), { paused: true, pausedAt: NOW });
      expect(planCommand(paused, { command: 'resume' })).toEqual({ kind: 'resume' });
      expect(planCommand(atQuestion(runtimeGame(), 0), { command: 'resume' })).toEqual({ kind: 'none' });
    });
  });

  describe('skip', () => {
    it('reveals the open question now', () => {
      expect(planCommand(atQuestion(runtimeGame(), 1), { command: 'skip' })).toEqual({ kind: 'reveal', index: 1 });
    });
    it('refuses when no question is open', () => {
      expect(planCommand(revealed(runtimeGame(), 0), { command: 'skip' })).toMatchObject({
        kind: 'refuse',
        reason: 'INVALID_COMMAND',
      });
    });
    it('only resends the state when the question was already revealed since the host saw it', () => {
      const game = revealed(runtimeGame(), 0);
      expect(planCommand(game, { command: 'skip', from: { phase: 'QUESTION', index: 0 } })).toEqual({
        kind: 'resend',
      });
    });
  });

  describe('end', () => {
    it('finishes a game from any phase before the end', () => {
      for (const game of [runtimeGame(), atQuestion(runtimeGame(), 0), revealed(runtimeGame(), 0)])
        expect(planCommand(game, { command: 'end' })).toEqual({ kind: 'finish' });
    });
    it('does nothing for an ended game', () => {
      const game = runtimeGame({ status: 'ENDED', phase: 'ENDED' });
      expect(planCommand(game, { command: 'end' })).toEqual({ kind: 'none' });
    });
  });

  describe('lock and unlock', () => {
    it('locks and unlocks the game to new players, once', () => {
      expect(planCommand(runtimeGame(), { command: 'lock' })).toEqual({ kind: 'lock', locked: true });
      expect(planCommand(runtimeGame({ joinLocked: true }), { command: 'lock' })).toEqual({ kind: 'none' });
      expect(planCommand(runtimeGame({ joinLocked: true }), { command: 'unlock' })).toEqual({
        kind: 'lock',
        locked: false,
      });
      const ended = runtimeGame({ status: 'ENDED', phase: 'ENDED' });
      expect(planCommand(ended, { command: 'lock' })).toMatchObject({ kind: 'refuse', reason: 'GAME_ENDED' });
    });
    it("keeps the phase and its timing: a self-running game's wait is not restarted", () => {
      const game = Object.assign(revealed(runtimeGame(), 0), { phaseStartedAt: NOW });
      const change = lockChange(game, true, NOW + 5000);
      expect(change).toMatchObject({ phase: 'REVEAL', at: NOW, joinLocked: true });
      applyChange(game, change, game.revision + 1);
      expect(game).toMatchObject({ joinLocked: true, phaseStartedAt: NOW });
    });
  });

  describe('remove-player', () => {
    it('removes a player of the game', () => {
      const game = runtimeGame();
      withPlayer(game, 'p1');
      expect(planCommand(game, { command: 'remove-player', playerId: 'p1' })).toEqual({
        kind: 'remove',
        playerId: 'p1',
      });
    });
    it('refuses a player who is not in the game', () => {
      expect(planCommand(runtimeGame(), { command: 'remove-player', playerId: 'nobody' })).toMatchObject({
        kind: 'refuse',
        reason: 'INVALID_COMMAND',
      });
    });
    it('does nothing more for a player already removed', () => {
      const game = runtimeGame();
      withPlayer(game, 'p1', { removed: true });
      expect(planCommand(game, { command: 'remove-player', playerId: 'p1' })).toEqual({ kind: 'none' });
    });
  });
});

describe('stepOf and movedOn', () => {
  it('puts the lobby before the first question and the end at the last one', () => {
    expect(stepOf(runtimeGame())).toEqual({ phase: 'LOBBY', index: -1 });
    expect(stepOf(runtimeGame({ phase: 'ENDED', status: 'ENDED', currentIndex: 1 }))).toEqual({
      phase: 'ENDED',
      index: 2,
    });
    expect(stepOf(revealed(runtimeGame(), 1))).toEqual({ phase: 'REVEAL', index: 1 });
  });
  it('says a command without `from` never moved on', () => {
    expect(movedOn(revealed(runtimeGame(), 1), undefined)).toBe(false);
  });
});

describe('phase changes', () => {
  it('shows a question with its reading time, then its answer window, and marks the start at the first', () => {
    const game = runtimeGame({ settings: { readingSeconds: 4 } });
    const change = showQuestionChange(game, 0, NOW);
    expect(change).toMatchObject({ status: 'RUNNING', phase: 'QUESTION', currentIndex: 0, paused: false, at: NOW });
    expect(change.question).toEqual({
      index: 0,
      shownAt: NOW,
      opensAt: NOW + 4000,
      closesAt: NOW + 14_000,
      revealedAt: null,
    });
    expect(change.startedAt).toBe(NOW);
    expect(showQuestionChange(revealed(runtimeGame(), 0), 1, NOW).startedAt).toBeUndefined();
  });

  it('reveals only the open question, unpausing, and resets the streaks of players who did not answer', () => {
    const game = Object.assign(atQuestion(runtimeGame(), 0), { paused: true, pausedAt: NOW - 10 });
    expect(canReveal(game, 0)).toBe(true);
    expect(canReveal(game, 1)).toBe(false);
    expect(canReveal(revealed(runtimeGame(), 0), 0)).toBe(false);
    const change = revealChange(game, 0, NOW);
    expect(change).toMatchObject({ phase: 'REVEAL', paused: false, pausedAt: null, resetStreaksWithout: 0 });
    expect(change.question?.revealedAt).toBe(NOW);
  });

  it('moves to the leaderboard without touching the question', () => {
    const change = leaderboardChange(revealed(runtimeGame(), 0), NOW);
    expect(change).toMatchObject({ phase: 'LEADERBOARD', currentIndex: 0 });
    expect(change.question).toBeUndefined();
  });

  it('pauses at the given time and, on resume, moves the open window by the paused time', () => {
    const game = atQuestion(runtimeGame(), 0);
    const { opensAt, closesAt } = game.questions[0];
    expect(pauseChange(game, NOW)).toMatchObject({ paused: true, pausedAt: NOW, phase: 'QUESTION' });
    applyChange(game, pauseChange(game, NOW), 2);
    const change = resumeChange(game, NOW + 3000);
    expect(change).toMatchObject({ paused: false, pausedAt: null });
    expect(change.question).toMatchObject({ opensAt: opensAt! + 3000, closesAt: closesAt! + 3000 });
  });

  it('ends the game, closing a question that is still open', () => {
    const open = atQuestion(runtimeGame(), 1);
    expect(finishClosesQuestion(open)).toBe(true);
    expect(finishChange(open, NOW)).toMatchObject({ status: 'ENDED', phase: 'ENDED', endedAt: NOW });
    expect(finishChange(open, NOW).question?.revealedAt).toBe(NOW);
    const shown = revealed(runtimeGame(), 1, NOW - 5);
    expect(finishClosesQuestion(shown)).toBe(false);
    expect(finishChange(shown, NOW).question?.revealedAt).toBe(NOW - 5);
    expect(finishChange(runtimeGame(), NOW).question).toBeUndefined();
  });

  it('applies a written change to memory: phase, question times, revision, streaks', () => {
    const game = atQuestion(runtimeGame(), 0);
    const answered = withPlayer(game, 'p1', { streak: 2 });
    const silent = withPlayer(game, 'p2', { streak: 3 });
    answered.answers.set(0, { response: { optionIds: ['a'] }, credit: 1, points: 900, elapsedMs: 100 });
    applyChange(game, revealChange(game, 0, NOW), 7);
    expect(game.phase).toBe('REVEAL');
    expect(game.revision).toBe(7);
    expect(game.questions[0]).toMatchObject({ revealedAt: NOW, closing: true });
    expect([answered.streak, silent.streak]).toEqual([2, 0]);
    applyChange(game, showQuestionChange(game, 1, NOW + 1), 8);
    expect(game.questions[1]).toMatchObject({ shownAt: NOW + 1, closing: false });
    expect(game.currentIndex).toBe(1);
  });
});

describe('advanceDue (self-running games)', () => {
  const selfRunning = () => runtimeGame({ settings: { autoAdvance: true, revealSeconds: 8, leaderboardSeconds: 5 } });

  it('moves on from a reveal after revealSeconds and from a leaderboard after leaderboardSeconds', () => {
    const reveal = Object.assign(revealed(selfRunning(), 1), { phaseStartedAt: NOW });
    expect(advanceDue(reveal)).toEqual({ from: { phase: 'REVEAL', index: 1 }, at: NOW + 8000 });
    const board = Object.assign(revealed(selfRunning(), 1), { phase: 'LEADERBOARD', phaseStartedAt: NOW });
    expect(advanceDue(board)).toEqual({ from: { phase: 'LEADERBOARD', index: 1 }, at: NOW + 5000 });
  });

  it('waits for the host: not self-running, paused, in the lobby, during a question or at the end', () => {
    expect(advanceDue(Object.assign(revealed(runtimeGame(), 0), { phaseStartedAt: NOW }))).toBeNull();
    const paused = Object.assign(revealed(selfRunning(), 0), { phaseStartedAt: NOW, paused: true, pausedAt: NOW });
    expect(advanceDue(paused)).toBeNull();
    for (const game of [selfRunning(), atQuestion(selfRunning(), 0)])
      expect(advanceDue(Object.assign(game, { phaseStartedAt: NOW }))).toBeNull();
    const ended = Object.assign(revealed(selfRunning(), 2), { phase: 'ENDED', status: 'ENDED', phaseStartedAt: NOW });
    expect(advanceDue(ended)).toBeNull();
  });

  it('counts the pause from a resume: the whole wait again', () => {
    const game = Object.assign(revealed(selfRunning(), 0), { phaseStartedAt: NOW, paused: true, pausedAt: NOW + 1000 });
    applyChange(game, resumeChange(game, NOW + 30_000), game.revision + 1);
    expect(advanceDue(game)?.at).toBe(NOW + 30_000 + 8000);
  });
});
