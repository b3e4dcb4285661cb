import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LiveStep } from '@thidua/shared';
import { LIVE_COORDINATOR, type DriverCommand, type LiveCoordinator } from '../coordination/live-coordinator.js';
import { LiveAnswerBatcher } from '../game-store/live-answer-batcher.js';
import { LiveGameStore } from '../game-store/live-game-store.js';
import { everyoneAnswered } from '../game-rules/answer-window.js';
import { markRemoved } from '../game-rules/join-rules.js';
import {
  applyChange,
  canReveal,
  finishChange,
  finishClosesQuestion,
  leaderboardChange,
  lockChange,
  pauseChange,
  planCommand,
  resumeChange,
  revealChange,
  showQuestionChange,
  type PhaseChange,
} from '../game-rules/live-game-rules.js';
import { currentQuestion, refreshRanks, type RuntimeGame } from '../live-game-state.js';
import { LiveCommandError } from '../live.errors.js';
import { LiveGameEmitter } from './live-game-emitter.js';
import { LiveGameRegistry } from './live-game-registry.js';
import { LiveGameTimers } from './live-game-timers.js';

/** Lets the answers a drain just committed land in memory (their acks run first). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * A game's phase changes on its driver, as a sequence: the rules say what a command
 * means (`planCommand`, `…Change`), the store writes it over the revision this node
 * read, memory follows only once it is written, then the timer is re-armed and
 * everyone is told. Changes of one game run one at a time (its promise queue); answers
 * don't wait for that queue. Also the primitives cluster sync is built from: load,
 * refresh, re-read, take over.
 */
@Injectable()
export class LiveGameEngine {
  private readonly logger = new Logger(LiveGameEngine.name);
  private readonly loading = new Map<string, Promise<RuntimeGame | null>>();

  constructor(
    private readonly registry: LiveGameRegistry,
    private readonly store: LiveGameStore,
    private readonly batcher: LiveAnswerBatcher,
    private readonly timers: LiveGameTimers,
    private readonly emitter: LiveGameEmitter,
    @Inject(LIVE_COORDINATOR) private readonly coordinator: LiveCoordinator,
  ) {}

  /** A game by id, loaded from PostgreSQL when it is not in memory (ended games included). */
  async get(gameId: string): Promise<RuntimeGame | null> {
    const game = this.registry.get(gameId);
    if (game) return game;
    let loading = this.loading.get(gameId);
    if (!loading) {
      loading = this.load(gameId).finally(() => this.loading.delete(gameId));
      this.loading.set(gameId, loading);
    }
    return loading;
  }

  /** (Re)builds a game from PostgreSQL and, if this node drives it, arms its timer. */
  async load(gameId: string): Promise<RuntimeGame | null> {
    const read = await this.store.readGame(gameId);
    if (!read) return null;
    const { game, tokenHashes } = read;
    this.registry.addTokens(game.id, tokenHashes);
    const previous = this.registry.put(game);
    if (previous) this.stopTimers(previous);
    if (game.status !== 'ENDED') game.driving = await this.coordinator.claim(game.id);
    this.armTimer(game);
    return game;
  }

  /** Runs `task` after the game's running phase changes (a failed one does not stop the queue). */
  enqueue(game: RuntimeGame, task: () => Promise<void>): Promise<void> {
    const run = game.queue.then(task, task);
    game.queue = run.catch(() => undefined);
    return run;
  }

  /** A host command, on this node (its driver). */
  execute(game: RuntimeGame, c: DriverCommand): Promise<void> {
    return this.enqueue(game, async () => {
      const plan = planCommand(game, c);
      switch (plan.kind) {
        case 'refuse':
          throw new LiveCommandError(plan.reason, plan.message);
        case 'none':
          return;
        case 'resend':
          return this.emitter.state(game); // in case the host missed it
        case 'show':
          return this.commit(game, showQuestionChange(game, plan.index, Date.now()));
        case 'reveal':
          return this.reveal(game, plan.index);
        case 'leaderboard':
          return this.commit(game, leaderboardChange(game, Date.now()));
        case 'finish':
          return this.finish(game);
        case 'pause':
          return this.commit(game, pauseChange(game, Date.now()));
        case 'resume':
          return this.commit(game, resumeChange(game, Date.now()));
        case 'lock':
          return this.commit(game, lockChange(game, plan.locked, Date.now()));
        case 'remove':
          return this.removePlayer(game, plan.playerId);
      }
    });
  }

  /**
   * Reveals a question whose deadline passed or that everyone answered. If that fails
   * (PostgreSQL unreachable: the phase change could not be stored, nothing changed) it
   * is tried again every REVEAL_RETRY_MS until it works, so the game carries on by
   * itself once the database is back.
   */
  revealSoon(game: RuntimeGame, index: number): void {
    this.enqueue(game, () => this.reveal(game, index)).catch((error: unknown) => {
      this.logger.error(`Reveal of game ${game.id} failed, retrying soon: ${String(error)}`);
      this.timers.retry(game, () => this.revealSoon(game, index));
    });
  }

  /**
   * A self-running game moves on from `from` (a `next` from there: if the host moved it
   * first, nothing happens). A failure is tried again as a failed reveal is.
   */
  advanceSoon(game: RuntimeGame, from: LiveStep): void {
    this.execute(game, { gameId: game.id, command: 'next', from }).catch((error: unknown) => {
      this.logger.error(`Self-running game ${game.id} could not move on, retrying soon: ${String(error)}`);
      this.timers.retry(game, () => this.advanceSoon(game, from));
    });
  }

  /** Driver, several nodes: reveals early when PostgreSQL holds an answer of every active player. */
  async checkAllAnswered(game: RuntimeGame, index: number): Promise<void> {
    if (!game.driving || game.phase !== 'QUESTION' || game.currentIndex !== index) return;
    const counts = await this.store.answeredCounts(game.id, index);
    if (counts.players > 0 && counts.answered >= counts.players) await this.reveal(game, index);
  }

  /**
   * Re-reads a game from PostgreSQL after the running tasks of its queue, re-arms its
   * timer if this node drives it and re-sends this node's clients their state. With
   * `revision` (a change heard of), only if this node has not got that one by then:
   * its own change being written counts, and repeated notices of one change cost nothing.
   * A copy that has it but whose players were not sent it (refreshed outside the queue)
   * is re-sent without a re-read.
   */
  reread(game: RuntimeGame, revision?: number): void {
    void this.enqueue(game, async () => {
      if (revision !== undefined && game.revision >= revision) {
        if (game.sentRevision < game.revision) this.emitter.state(game);
        return;
      }
      await this.refresh(game);
      if (game.status === 'ENDED') this.forget(game);
      else this.armTimer(game);
      this.emitter.state(game);
    }).catch((error: unknown) => this.logger.error(`Re-reading game ${game.id} failed: ${String(error)}`));
  }

  /** This node drives the game now: re-arms the timer from the phase times in PostgreSQL and re-sends everyone the state. */
  async takeOver(game: RuntimeGame): Promise<void> {
    game.driving = true;
    await this.refresh(game);
    if (game.status === 'ENDED') return this.forget(game);
    this.armTimer(game);
    this.emitter.state(game);
    this.coordinator.publish({ type: 'changed', gameId: game.id, revision: game.revision });
    const q = currentQuestion(game);
    if (game.phase === 'QUESTION' && q) await this.checkAllAnswered(game, q.index);
  }

  /** This node no longer drives the game: no timer; its changes may have reached this node meanwhile. */
  stopDriving(game: RuntimeGame): void {
    game.driving = false;
    this.timers.clear(game);
    this.reread(game);
  }

  /**
   * Re-reads a loaded game from PostgreSQL in place (with several nodes: after a change
   * made by the driver, and by the driver itself to see other nodes' answers and joins).
   * The queue, the timers and the driving flag stay.
   */
  async refresh(game: RuntimeGame): Promise<void> {
    const read = await this.store.readGame(game.id);
    if (!read) return;
    const fresh = read.game;
    game.status = fresh.status;
    game.phase = fresh.phase;
    game.currentIndex = fresh.currentIndex;
    game.paused = fresh.paused;
    game.pausedAt = fresh.pausedAt;
    game.phaseStartedAt = fresh.phaseStartedAt;
    game.joinLocked = fresh.joinLocked;
    game.revision = fresh.revision;
    game.questions = fresh.questions;
    game.players = fresh.players;
    game.nameKeys = fresh.nameKeys;
    game.removedNameKeys = fresh.removedNameKeys;
    game.seats = fresh.seats;
    game.activePlayers = fresh.activePlayers;
    game.activeGuests = fresh.activeGuests;
    game.cachedState = null;
    game.cachedLobby = null;
    if (game.status !== 'ENDED') this.registry.addTokens(game.id, read.tokenHashes);
    refreshRanks(game);
  }

  /** Re-reads one player's totals and answers (they may have answered through another node). */
  async refreshPlayer(game: RuntimeGame, playerId: string): Promise<void> {
    const read = await this.store.readPlayer(game.id, playerId);
    const player = game.players.get(playerId);
    if (!read || !player) return;
    player.score = read.score;
    player.streak = read.streak;
    player.correctTimeMs = read.correctTimeMs;
    for (const { questionIndex, ...a } of read.answers)
      if (!player.answers.has(questionIndex)) player.answers.set(questionIndex, a);
  }

  /** The game's reveal timer and pending throttled emits stop (it is replaced, or the node stops). */
  stopTimers(game: RuntimeGame): void {
    this.timers.clear(game);
    this.emitter.clear(game);
  }

  armTimer(game: RuntimeGame): void {
    this.timers.arm(game, {
      reveal: (index) => this.revealSoon(game, index),
      advance: (from) => this.advanceSoon(game, from),
    });
  }

  // ---------- the changes (inside the game's queue) ----------

  /**
   * Store, then memory, then everyone. `undo` puts back what was set before the write
   * when it fails (PostgreSQL unreachable) or is fenced (another node moved the game
   * on: the game is re-read and re-sent as it is, and the host may try again).
   */
  private async commit(game: RuntimeGame, change: PhaseChange, undo?: () => void): Promise<void> {
    game.cachedState = null;
    const write = await this.store.writePhase(game.id, game.revision, change).catch((error: unknown) => {
      undo?.();
      throw error;
    });
    if (!write.written) {
      this.logger.warn(`Live game ${game.id} was changed by another node; re-reading it`);
      this.reread(game);
      undo?.();
      throw new LiveCommandError('INVALID_COMMAND', 'The game was just changed on another server; try again');
    }
    applyChange(game, change, write.revision);
    if (change.phase === 'REVEAL' || change.phase === 'ENDED') refreshRanks(game);
    this.armTimer(game);
    await this.changed(game);
  }

  private async reveal(game: RuntimeGame, index: number): Promise<void> {
    if (!canReveal(game, index)) return;
    const q = game.questions[index];
    q.closing = true; // no answer is taken from here on
    this.timers.clear(game);
    await this.batcher.drain();
    await settle();
    await this.commit(game, revealChange(game, index, Date.now()), () => {
      // Still open: answers of the window are taken until a retry (or the deadline) reveals it.
      q.closing = false;
      this.armTimer(game);
    });
  }

  private async finish(game: RuntimeGame): Promise<void> {
    const q = currentQuestion(game);
    const open = finishClosesQuestion(game);
    if (open && q) {
      q.closing = true;
      await this.batcher.drain();
      await settle();
    }
    this.timers.clear(game);
    await this.commit(game, finishChange(game, Date.now()), () => {
      if (open && q) q.closing = false;
      this.armTimer(game);
    });
    this.forget(game);
  }

  private async removePlayer(game: RuntimeGame, playerId: string): Promise<void> {
    const player = game.players.get(playerId);
    if (!player) return;
    await this.store.removePlayer(playerId);
    markRemoved(game, player);
    this.emitter.playerRemoved(game, playerId);
    this.coordinator.publish({ type: 'removed', gameId: game.id, playerId });
    const q = currentQuestion(game);
    if (q && everyoneAnswered(game, q)) await this.reveal(game, q.index);
  }

  /**
   * After the driver wrote a change: with several nodes it re-reads the game (other
   * nodes' answers and joins), then everyone gets the state and the other nodes are told.
   */
  private async changed(game: RuntimeGame): Promise<void> {
    if (this.coordinator.clustered) await this.refresh(game);
    this.emitter.state(game);
    this.coordinator.publish({ type: 'changed', gameId: game.id, revision: game.revision });
  }

  /** An ended game: no PIN, no resume tokens, no lock; kept a while for the podium. */
  forget(game: RuntimeGame): void {
    this.timers.clear(game);
    this.registry.forget(game);
    if (game.driving && this.coordinator.clustered)
      this.coordinator.release(game.id).catch((error: unknown) => this.logger.warn(`Lock release: ${String(error)}`));
    game.driving = false;
  }
}
