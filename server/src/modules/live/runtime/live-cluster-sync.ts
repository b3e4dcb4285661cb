import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  LIVE_COORDINATOR,
  type ClusterMessage,
  type DriverCommand,
  type DriverReply,
  type LiveCoordinator,
} from '../coordination/live-coordinator.js';
import { addPlayer, markRemoved } from '../game-rules/join-rules.js';
import type { RuntimeGame, RuntimePlayer, RuntimeQuestion } from '../live-game-state.js';
import { LiveCommandError } from '../live.errors.js';
import { catchUpAction } from './catch-up-rule.js';
import { LiveGameEmitter } from './live-game-emitter.js';
import { LiveGameEngine } from './live-game-engine.js';
import { LiveGameRegistry } from './live-game-registry.js';
import { LiveGameStore } from '../game-store/live-game-store.js';

/** With several nodes, how often each node compares its games' revisions with PostgreSQL. */
const CATCH_UP_EVERY_MS = 1000;

/**
 * Several nodes (LiveCoordinator), on top of the engine. Phase changes and timers of a
 * game run on its *driver* only — with one node that is this node, with Redis the
 * holder of the game's lock. Host commands that arrive elsewhere are forwarded to the
 * driver. After a change the driver re-reads the game and tells the other nodes, which
 * re-read it too and send their own players their `you`. Answers are taken by any
 * node. Messages between nodes may be lost (Redis pub/sub, a Redis restart), so each
 * node also compares its games' revisions with PostgreSQL every second (`catchUp`).
 * This class decides *when* a game is re-read or taken over; the engine does it.
 */
@Injectable()
export class LiveClusterSync implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveClusterSync.name);
  private catchUpTimer: NodeJS.Timeout | null = null;
  private catchingUp = false;

  constructor(
    private readonly engine: LiveGameEngine,
    private readonly registry: LiveGameRegistry,
    private readonly store: LiveGameStore,
    private readonly emitter: LiveGameEmitter,
    @Inject(LIVE_COORDINATOR) private readonly coordinator: LiveCoordinator,
  ) {
    coordinator.bind({
      message: (m) => this.onMessage(m),
      command: (c) => this.onForwardedCommand(c),
      claimed: (gameId) => this.onClaimed(gameId),
      lost: (gameId) => this.onLost(gameId),
      openGames: () => this.registry.open().map((g) => g.id),
      resync: () => this.resync(),
    });
  }

  get clustered(): boolean {
    return this.coordinator.clustered;
  }

  /** Starts the revision catch-up (several nodes only). */
  start(): void {
    if (!this.coordinator.clustered || this.catchUpTimer) return;
    this.catchUpTimer = setInterval(() => void this.catchUp(), CATCH_UP_EVERY_MS);
    this.catchUpTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.catchUpTimer) clearInterval(this.catchUpTimer);
  }

  /** Runs a host command here if this node drives the game, else on its driver. */
  async command(game: RuntimeGame, command: DriverCommand): Promise<void> {
    if (!game.driving && this.coordinator.clustered) {
      const reply = await this.coordinator.forward(command);
      if (reply) {
        if (!reply.ok) throw new LiveCommandError(reply.reason, reply.message);
        return;
      }
      // Nobody drives it (its driver stopped): take it over, then run the command here.
      if (!(await this.coordinator.claim(game.id)))
        throw new LiveCommandError('INVALID_COMMAND', 'The game is changing hands between servers; try again');
      // In the game's queue: its refresh must not interleave with a re-read or change already queued.
      await this.engine.enqueue(game, () => this.engine.takeOver(game));
    }
    return this.engine.execute(game, command);
  }

  /** Tells the other nodes of a player who joined here. */
  joined(game: RuntimeGame, player: RuntimePlayer, tokenHash: string, replacedTokenHash?: string): void {
    this.coordinator.publish({
      type: 'joined',
      gameId: game.id,
      player: {
        id: player.id,
        name: player.name,
        unitId: player.unitId,
        personId: player.personId,
        personKind: player.personKind,
        tokenHash,
        ...(replacedTokenHash ? { replacedTokenHash } : {}),
      },
    });
  }

  /**
   * With several nodes, "everyone answered" is counted in Redis across nodes; when the
   * count reaches the players this node knows of, the driver checks PostgreSQL.
   */
  answerCommitted(game: RuntimeGame, q: RuntimeQuestion): void {
    this.coordinator.addAnswered(game.id, q.index, 1).then(
      (total) => {
        const current = game.questions[q.index] ?? q; // a re-read may have replaced the question object
        current.answered = Math.max(current.answered, total);
        this.emitter.answersChanged(game);
        if (total < game.activePlayers) return;
        if (game.driving) void this.engine.enqueue(game, () => this.engine.checkAllAnswered(game, q.index));
        else this.coordinator.publish({ type: 'check', gameId: game.id, questionIndex: q.index });
      },
      (error: unknown) => this.logger.warn(`Answer count not updated in Redis: ${String(error)}`),
    );
  }

  private async onForwardedCommand(c: DriverCommand): Promise<DriverReply> {
    const game = await this.engine.get(c.gameId);
    if (!game) return { ok: false, reason: 'GAME_NOT_FOUND', message: 'No such game' };
    try {
      if (!game.driving) return { ok: false, reason: 'INVALID_COMMAND', message: 'Try again' };
      await this.engine.execute(game, c);
      return { ok: true };
    } catch (error) {
      if (error instanceof LiveCommandError) return { ok: false, reason: error.reason, message: error.message };
      this.logger.error(`Forwarded ${c.command} of game ${c.gameId} failed: ${String(error)}`);
      return { ok: false, reason: 'INVALID_COMMAND', message: 'The server could not do this; try again' };
    }
  }

  private onMessage(m: ClusterMessage): void {
    const game = this.registry.get(m.gameId);
    if (!game) return; // not loaded here: it will be read from PostgreSQL when needed
    switch (m.type) {
      case 'changed':
        // Also when this node drives the game: only a node that believed it drove sends this,
        // so for a moment two did (a Redis restart lost the lock) and the other may have moved it on.
        this.engine.reread(game, m.revision);
        return;
      case 'joined':
        if (game.players.has(m.player.id)) {
          // A seat taken over on another phone: its new token works here too, the old one no longer.
          if (m.player.replacedTokenHash) this.registry.dropToken(m.player.replacedTokenHash);
          this.registry.addTokens(game.id, [[m.player.tokenHash, m.player.id]]);
          return;
        }
        addPlayer(game, m.player);
        this.registry.addTokens(game.id, [[m.player.tokenHash, m.player.id]]);
        this.emitter.lobbyChanged(game);
        return;
      case 'removed': {
        const player = game.players.get(m.playerId);
        if (!player || player.removed) return;
        markRemoved(game, player);
        this.emitter.playerRemoved(game, player.id);
        return;
      }
      case 'answers': {
        const q = game.questions[m.questionIndex];
        if (q) q.answered = Math.max(q.answered, m.answered);
        return;
      }
      case 'check':
        if (game.driving)
          void this.engine
            .enqueue(game, () => this.engine.checkAllAnswered(game, m.questionIndex))
            .catch((error: unknown) => this.logger.error(`Answer check of game ${game.id} failed: ${String(error)}`));
        return;
    }
  }

  /**
   * Back on Redis after an outage: the cluster messages sent meanwhile are lost, so
   * every open game is re-read from PostgreSQL and its state re-sent to this node's
   * clients (each node does so on its own reconnect, and `catchUp` covers the rest).
   */
  private resync(): void {
    for (const game of this.registry.open()) this.engine.reread(game);
  }

  /**
   * Every second: re-reads the open games another node moved on since this one read them
   * (a lost 'changed'), and re-sends those whose players were last sent an older revision.
   */
  private async catchUp(): Promise<void> {
    const open = this.registry.open();
    if (open.length === 0 || this.catchingUp) return;
    this.catchingUp = true;
    try {
      for (const row of await this.store.revisions(open.map((g) => g.id))) {
        const game = this.registry.get(row.id);
        if (!game) continue;
        const action = catchUpAction(row.revision, game);
        if (action === 'reread') this.engine.reread(game, row.revision);
        else if (action === 'resend') this.engine.reread(game, game.revision);
      }
    } catch {
      // PostgreSQL unreachable: the next round tries again (phase changes are failing too).
    } finally {
      this.catchingUp = false;
    }
  }

  /** The previous driver of a game stopped renewing its lock: this node carries the game on. */
  private onClaimed(gameId: string): void {
    const game = this.registry.get(gameId);
    if (!game) return;
    this.logger.warn(`Taking over live game ${gameId} (its driving node stopped)`);
    void this.engine
      .enqueue(game, () => this.engine.takeOver(game))
      .catch((error: unknown) => this.logger.error(`Taking over game ${gameId} failed: ${String(error)}`));
  }

  private onLost(gameId: string): void {
    const game = this.registry.get(gameId);
    if (!game) return;
    this.logger.warn(`Another node drives live game ${gameId} now`);
    this.engine.stopDriving(game);
  }
}
