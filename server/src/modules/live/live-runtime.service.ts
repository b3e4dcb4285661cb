import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Role, type AnswerAck, type AnswerPayload, type LiveStateView, type LiveStep } from '@thidua/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AuthUser } from '../../common/auth/auth-user.js';
import type { DriverCommand } from './coordination/live-coordinator.js';
import { LiveAnswerBatcher } from './game-store/live-answer-batcher.js';
import { LiveGameStore } from './game-store/live-game-store.js';
import { checkAnswer, everyoneAnswered, recordAnswer } from './game-rules/answer-window.js';
import { addPlayer, checkJoin } from './game-rules/join-rules.js';
import type { RuntimeGame } from './live-game-state.js';
import { LiveCommandError } from './live.errors.js';
import { LiveClusterSync } from './runtime/live-cluster-sync.js';
import { LiveGameEmitter } from './runtime/live-game-emitter.js';
import { LiveGameEngine } from './runtime/live-game-engine.js';
import { LiveGameRegistry } from './runtime/live-game-registry.js';

export const hashResumeToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface JoinResult {
  gameId: string;
  playerId: string;
  resumeToken: string;
  state: LiveStateView;
}

/**
 * The live-game runtime, as the gateway and the other services see it: players join,
 * resume and answer; hosts drive the game; screens watch. Each method is a short
 * sequence over the layers below:
 *
 * - `game-rules/` — what is allowed and what it changes (pure, unit-tested);
 * - `game-store/` — PostgreSQL: the game's rows, phase changes over a revision fence,
 *   answers by group commit (acked after their commit);
 * - `runtime/live-game-engine.ts` — a game's phase changes on its driver (rules → store
 *   → memory → timer → broadcast), one at a time per game;
 * - `runtime/live-cluster-sync.ts` — several nodes: forwarding host commands to the
 *   driver, re-reads, catch-up, takeover;
 * - `runtime/live-game-registry.ts`, `-timers.ts`, `-emitter.ts` — memory, the reveal
 *   timer, the (throttled) broadcasts.
 *
 * Every phase change is written to PostgreSQL before memory and clients see it; on boot
 * every game that has not ended is rebuilt from its rows and its timer re-armed, so a
 * restarted server carries on where it stopped.
 */
@Injectable()
export class LiveRuntimeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveRuntimeService.name);

  constructor(
    private readonly registry: LiveGameRegistry,
    private readonly store: LiveGameStore,
    private readonly batcher: LiveAnswerBatcher,
    private readonly engine: LiveGameEngine,
    private readonly emitter: LiveGameEmitter,
    private readonly cluster: LiveClusterSync,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const open = await this.store.openGameIds();
    for (const id of open) await this.engine.load(id);
    if (open.length > 0) this.logger.log(`Resumed ${open.length} live game(s) from PostgreSQL`);
    this.cluster.start();
  }

  onApplicationShutdown(): void {
    for (const game of this.registry.all()) this.engine.stopTimers(game);
  }

  // ---------- lookups ----------

  /** The game of a PIN among games that have not ended (or ended recently and still in memory). */
  byPin(pin: string): RuntimeGame | null {
    return this.registry.byPin(pin);
  }

  /**
   * The open game of a PIN. With several nodes a game started on another node is not
   * in memory yet: it is looked up in PostgreSQL and loaded.
   */
  async findByPin(pin: string): Promise<RuntimeGame | null> {
    const known = this.registry.byPin(pin);
    if (known || !this.cluster.clustered) return known;
    const id = await this.store.openGameIdByPin(pin);
    const game = id ? await this.engine.get(id) : null;
    return game && game.status !== 'ENDED' ? game : null;
  }

  /** A game by id, loaded from PostgreSQL when it is not in memory (ended games included). */
  get(gameId: string): Promise<RuntimeGame | null> {
    return this.engine.get(gameId);
  }

  /** (Re)builds a game from PostgreSQL and, if this node drives it, arms its timer. */
  load(gameId: string): Promise<RuntimeGame | null> {
    return this.engine.load(gameId);
  }

  // ---------- players ----------

  async join(pin: string, rawName: string, unitId: string | null): Promise<JoinResult> {
    const check = checkJoin(await this.findByPin(pin), rawName, unitId);
    if (!check.ok) throw new LiveCommandError(check.reason, check.message);
    const { game } = check;
    game.nameKeys.add(check.nameKey); // reserved before the insert: two joins with one name cannot both pass
    const resumeToken = randomBytes(24).toString('base64url');
    const tokenHash = hashResumeToken(resumeToken);
    const joined = { id: randomUUID(), gameId: game.id, name: check.name, unitId: unitId ?? null, tokenHash };
    try {
      await this.store.insertPlayer(joined);
    } catch (error) {
      game.nameKeys.delete(check.nameKey);
      throw error;
    }
    const player = addPlayer(game, joined);
    this.registry.addTokens(game.id, [[tokenHash, player.id]]);
    this.emitter.lobbyChanged(game);
    this.cluster.joined(game, player, tokenHash);
    return { gameId: game.id, playerId: player.id, resumeToken, state: this.stateFor(game, player.id) };
  }

  async resume(resumeToken: string): Promise<{ gameId: string; playerId: string; state: LiveStateView }> {
    const tokenHash = hashResumeToken(resumeToken);
    const ref = this.registry.playerOf(tokenHash) ?? (await this.store.playerByTokenHash(tokenHash));
    if (!ref) throw new LiveCommandError('RESUME_INVALID', 'This resume token is unknown');
    const game = await this.engine.get(ref.gameId);
    // With several nodes the player may have joined or answered through another node.
    if (game && this.cluster.clustered) {
      if (!game.players.has(ref.playerId)) await this.engine.refresh(game);
      else await this.engine.refreshPlayer(game, ref.playerId);
    }
    const player = game?.players.get(ref.playerId);
    if (!game || !player) throw new LiveCommandError('RESUME_INVALID', 'This resume token is unknown');
    if (player.removed) throw new LiveCommandError('RESUME_INVALID', 'The host removed this player');
    return { gameId: game.id, playerId: player.id, state: this.stateFor(game, player.id) };
  }

  /**
   * One answer, graded at receipt against the server clock (`receivedAt`, taken by the
   * gateway when the frame arrived), acknowledged only after its commit.
   */
  async answer(gameId: string, playerId: string, payload: AnswerPayload, receivedAt: number): Promise<AnswerAck> {
    const check = checkAnswer(this.registry.get(gameId), playerId, payload, receivedAt);
    if (check.kind === 'rejected') return { status: 'rejected', reason: check.reason };
    if (check.kind === 'duplicate') return { status: 'duplicate', receivedAt };
    const { game, player, question: q, answer } = check;
    const outcome = await this.batcher.submit(answer);
    if (outcome === 'closed') return { status: 'rejected', reason: 'CLOSED' };
    if (outcome === 'accepted') {
      recordAnswer(player, q, answer);
      if (this.cluster.clustered) this.cluster.answerCommitted(game, q);
      else {
        this.emitter.answersChanged(game);
        if (everyoneAnswered(game, q)) this.engine.revealSoon(game, q.index);
      }
    }
    return { status: outcome, receivedAt };
  }

  // ---------- host and screen ----------

  /** The game if `user` may drive it: its host, or any admin. */
  async hostGame(gameId: string, user: AuthUser | null): Promise<RuntimeGame> {
    if (!user || (user.role !== Role.HOST && user.role !== Role.ADMIN))
      throw new LiveCommandError('NOT_ALLOWED', 'Only the host of this game can do this');
    const game = await this.engine.get(gameId);
    if (!game) throw new LiveCommandError('GAME_NOT_FOUND', 'No such game');
    if (user.role !== Role.ADMIN && game.hostUserId !== user.id)
      throw new LiveCommandError('NOT_ALLOWED', 'Only the host of this game can do this');
    return game;
  }

  async screenGame(pin: string): Promise<RuntimeGame> {
    const game = await this.findByPin(pin);
    if (!game) throw new LiveCommandError('GAME_NOT_FOUND', 'No game has this PIN');
    return game;
  }

  stateFor(game: RuntimeGame, playerId: string | null): LiveStateView {
    return this.emitter.stateFor(game, playerId);
  }

  start(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'start', from });
  }

  next(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'next', from });
  }

  pause(game: RuntimeGame): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'pause' });
  }

  /** host:resume: the frozen countdown goes on. */
  resumeCountdown(game: RuntimeGame): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'resume' });
  }

  skip(game: RuntimeGame, from?: LiveStep): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'skip', from });
  }

  end(game: RuntimeGame): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'end' });
  }

  removePlayer(game: RuntimeGame, playerId: string): Promise<void> {
    return this.command(game, { gameId: game.id, command: 'remove-player', playerId });
  }

  /** Here if this node drives the game, else on its driver (cluster sync decides). */
  private command(game: RuntimeGame, command: DriverCommand): Promise<void> {
    return this.cluster.command(game, command);
  }
}
