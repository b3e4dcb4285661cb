import type { LiveErrorReason, LivePhase, LiveStep } from '@thidua/shared';
import type { DriverCommand } from '../coordination/live-coordinator.js';
import type { LiveGameStatus } from '../entities/live-game.entity.js';
import { currentQuestion, type RuntimeGame } from '../live-game-state.js';

/*
 * The phase rules of a live game, pure: LOBBY → QUESTION → REVEAL → (LEADERBOARD) →
 * QUESTION … → ENDED, plus pause and resume of a question. No I/O and no clock: the
 * time of a change is passed in. The runtime asks `planCommand` what a host command
 * means, builds the change with one of the `…Change` functions, has the store write
 * it, and only then `applyChange`s it to memory, so memory never runs ahead of
 * PostgreSQL and a change that could not be written can simply be tried again.
 */

/** What a host command comes to, for the game as it is now. */
export type CommandPlan =
  | { kind: 'refuse'; reason: LiveErrorReason; message: string }
  /** Nothing to change (already paused, already ended, …). */
  | { kind: 'none' }
  /** The game moved on since the host saw it: the command already ran or was overtaken; send the state again. */
  | { kind: 'resend' }
  | { kind: 'show'; index: number }
  | { kind: 'reveal'; index: number }
  | { kind: 'leaderboard' }
  | { kind: 'finish' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'lock'; locked: boolean }
  | { kind: 'remove'; playerId: string };

/** The times of a question as the store writes them (epoch ms, null when not yet). */
export interface QuestionTimes {
  index: number;
  shownAt: number | null;
  opensAt: number | null;
  closesAt: number | null;
  revealedAt: number | null;
}

/** A phase change: the game row's new values, the question's times, and what else one transaction writes. */
export interface PhaseChange {
  status: LiveGameStatus;
  phase: LivePhase;
  currentIndex: number;
  paused: boolean;
  pausedAt: number | null;
  /** When the change is made (the row's phase_started_at). */
  at: number;
  question?: QuestionTimes;
  startedAt?: number;
  endedAt?: number;
  /** A reveal of this question: players without an answer to it lose their streak. */
  resetStreaksWithout?: number;
  /** The host closed the game to new players (true) or opened it again (false). */
  joinLocked?: boolean;
}

const refuse = (reason: LiveErrorReason, message: string): CommandPlan => ({ kind: 'refuse', reason, message });

/** Where the game is, in the terms of a host's `from`. */
export function stepOf(game: RuntimeGame): LiveStep {
  const index = game.phase === 'LOBBY' ? -1 : game.phase === 'ENDED' ? game.questions.length - 1 : game.currentIndex;
  return { phase: game.phase, index };
}

/**
 * A host command carries where its host saw the game (`from`). If the game has moved
 * on since, the command already ran (a resend after its reply was lost) or was
 * overtaken (the deadline revealed the question).
 */
export function movedOn(game: RuntimeGame, from: LiveStep | undefined): boolean {
  if (!from) return false;
  const now = stepOf(game);
  return from.phase !== now.phase || from.index !== now.index;
}

/**
 * When a self-running game moves on by itself from its reveal or leaderboard, and from
 * which step (the move is a `next` from there, so a host's `next` in between wins), or
 * null: not self-running, paused, or in another phase.
 */
export function advanceDue(game: RuntimeGame): { from: LiveStep; at: number } | null {
  const { settings } = game;
  if (!settings.autoAdvance || game.paused || game.phaseStartedAt === null) return null;
  const seconds =
    game.phase === 'REVEAL'
      ? settings.revealSeconds
      : game.phase === 'LEADERBOARD'
        ? settings.leaderboardSeconds
        : null;
  return seconds === null ? null : { from: stepOf(game), at: game.phaseStartedAt + seconds * 1000 };
}

/** A question's countdown, or a self-running game's wait between questions, can be held. */
function pausable(game: RuntimeGame): boolean {
  const between = game.phase === 'REVEAL' || game.phase === 'LEADERBOARD';
  return game.phase === 'QUESTION' || (between && game.settings.autoAdvance);
}

/** After a reveal (or its leaderboard): the next question, or the end. */
function advance(game: RuntimeGame): CommandPlan {
  return game.currentIndex + 1 < game.questions.length
    ? { kind: 'show', index: game.currentIndex + 1 }
    : { kind: 'finish' };
}

export function planCommand(game: RuntimeGame, c: Pick<DriverCommand, 'command' | 'from' | 'playerId'>): CommandPlan {
  switch (c.command) {
    case 'start':
      if (movedOn(game, c.from)) return { kind: 'resend' };
      if (game.phase !== 'LOBBY') return refuse('INVALID_COMMAND', 'The game has already started');
      return { kind: 'show', index: 0 };
    case 'next':
      if (movedOn(game, c.from)) return { kind: 'resend' };
      switch (game.phase) {
        case 'LOBBY':
          return { kind: 'show', index: 0 };
        case 'QUESTION':
          return refuse('INVALID_COMMAND', 'The question is still open; skip it to reveal now');
        case 'REVEAL':
          return game.settings.leaderboardMode === 'AFTER_EACH_QUESTION' ? { kind: 'leaderboard' } : advance(game);
        case 'LEADERBOARD':
          return advance(game);
        case 'ENDED':
          return refuse('GAME_ENDED', 'This game has ended');
      }
      break;
    case 'pause':
      if (!pausable(game))
        return refuse('INVALID_COMMAND', 'Only a question, or a self-running game between questions, can be paused');
      return game.paused ? { kind: 'none' } : { kind: 'pause' };
    case 'resume':
      return game.paused && game.pausedAt !== null ? { kind: 'resume' } : { kind: 'none' };
    case 'skip':
      if (movedOn(game, c.from)) return { kind: 'resend' };
      if (game.phase !== 'QUESTION') return refuse('INVALID_COMMAND', 'No question is open');
      return { kind: 'reveal', index: game.currentIndex };
    case 'end':
      return game.phase === 'ENDED' ? { kind: 'none' } : { kind: 'finish' };
    case 'lock':
    case 'unlock': {
      if (game.phase === 'ENDED') return refuse('GAME_ENDED', 'This game has ended');
      const locked = c.command === 'lock';
      return game.joinLocked === locked ? { kind: 'none' } : { kind: 'lock', locked };
    }
    case 'remove-player': {
      const player = game.players.get(c.playerId ?? '');
      if (!player) return refuse('INVALID_COMMAND', 'No such player in this game');
      return player.removed ? { kind: 'none' } : { kind: 'remove', playerId: player.id };
    }
  }
}

const timesOf = (q: QuestionTimes): QuestionTimes => ({
  index: q.index,
  shownAt: q.shownAt,
  opensAt: q.opensAt,
  closesAt: q.closesAt,
  revealedAt: q.revealedAt,
});

const unpaused = { paused: false, pausedAt: null } as const;

/** Question `index` is shown now: reading time first, then the answer window. */
export function showQuestionChange(game: RuntimeGame, index: number, now: number): PhaseChange {
  const q = game.questions[index];
  const opensAt = now + game.settings.readingSeconds * 1000;
  return {
    status: 'RUNNING',
    phase: 'QUESTION',
    currentIndex: index,
    ...unpaused,
    at: now,
    question: { index, shownAt: now, opensAt, closesAt: opensAt + q.timeLimitMs, revealedAt: null },
    ...(index === 0 ? { startedAt: now } : {}),
  };
}

/** Whether question `index` is the open one (a reveal of anything else does nothing). */
export function canReveal(game: RuntimeGame, index: number): boolean {
  const q = game.questions[index];
  return game.phase === 'QUESTION' && game.currentIndex === index && q !== undefined && q.revealedAt === null;
}

export function revealChange(game: RuntimeGame, index: number, now: number): PhaseChange {
  const q = game.questions[index];
  return {
    status: game.status,
    phase: 'REVEAL',
    currentIndex: game.currentIndex,
    ...unpaused,
    at: now,
    question: { ...timesOf(q), revealedAt: now },
    resetStreaksWithout: index,
  };
}

export function leaderboardChange(game: RuntimeGame, now: number): PhaseChange {
  return { status: game.status, phase: 'LEADERBOARD', currentIndex: game.currentIndex, ...unpaused, at: now };
}

/** Closes the game to new players, or opens it again; the phase and its timing stay as they are. */
export function lockChange(game: RuntimeGame, locked: boolean, now: number): PhaseChange {
  const { status, phase, currentIndex, paused, pausedAt } = game;
  return { status, phase, currentIndex, paused, pausedAt, at: game.phaseStartedAt ?? now, joinLocked: locked };
}

export function pauseChange(game: RuntimeGame, now: number): PhaseChange {
  const { status, phase, currentIndex } = game;
  return { status, phase, currentIndex, paused: true, pausedAt: now, at: now };
}

/** The frozen countdown goes on: an open question's window moves by the paused time. */
export function resumeChange(game: RuntimeGame, now: number): PhaseChange {
  const { status, phase, currentIndex } = game;
  const q = currentQuestion(game);
  const shift = now - (game.pausedAt ?? now);
  const shifted = (ms: number | null) => (ms === null ? null : ms + shift);
  const question =
    q && phase === 'QUESTION' ? { ...timesOf(q), opensAt: shifted(q.opensAt), closesAt: shifted(q.closesAt) } : q;
  return { status, phase, currentIndex, ...unpaused, at: now, ...(question ? { question: timesOf(question) } : {}) };
}

/** The end: an open question closes with it. */
export function finishChange(game: RuntimeGame, now: number): PhaseChange {
  const q = currentQuestion(game);
  const question = q ? { ...timesOf(q), revealedAt: game.phase === 'QUESTION' ? now : q.revealedAt } : undefined;
  return {
    status: 'ENDED',
    phase: 'ENDED',
    currentIndex: game.currentIndex,
    ...unpaused,
    at: now,
    endedAt: now,
    ...(question ? { question } : {}),
  };
}

/** Whether a finish closes a question that is still open (its answers must be drained first). */
export function finishClosesQuestion(game: RuntimeGame): boolean {
  const q = currentQuestion(game);
  return game.phase === 'QUESTION' && q !== null && q.revealedAt === null;
}

/** Memory after the store wrote `change` as `revision`. */
export function applyChange(game: RuntimeGame, change: PhaseChange, revision: number): void {
  game.status = change.status;
  game.phase = change.phase;
  game.currentIndex = change.currentIndex;
  game.paused = change.paused;
  game.pausedAt = change.pausedAt;
  game.phaseStartedAt = change.at;
  if (change.joinLocked !== undefined) game.joinLocked = change.joinLocked;
  game.revision = revision;
  game.cachedState = null;
  const t = change.question;
  const q = t ? game.questions[t.index] : undefined;
  if (t && q) {
    q.shownAt = t.shownAt;
    q.opensAt = t.opensAt;
    q.closesAt = t.closesAt;
    q.revealedAt = t.revealedAt;
    q.closing = t.revealedAt !== null;
  }
  const index = change.resetStreaksWithout;
  if (index !== undefined) for (const p of game.players.values()) if (!p.answers.has(index)) p.streak = 0;
}
