import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  Role,
  type AnswerAck,
  type AnswerPayload,
  type JoinIdentity,
  type LiveStateView,
  type LiveStep,
} from '@thidua/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { RateLimits } from '../../common/rate-limit/rate-limits.js';
import { IdentityService, type IdentifiedPerson } from '../people/identity.service.js';
import { PeopleError } from '../people/people.errors.js';
import type { DriverCommand } from './coordination/live-coordinator.js';
import { LiveAnswerBatcher } from './game-store/live-answer-batcher.js';
import { LiveJoinBatcher } from './game-store/live-join-batcher.js';
import { LiveGameStore } from './game-store/live-game-store.js';
import { checkAnswer, everyoneAnswered, recordAnswer } from './game-rules/answer-window.js';
import {
  addPlayer,
  checkGameOpen,
  checkJoin,
  checkVerifiedJoin,
  REMOVED_FROM_GAME_MESSAGE,
  removedUnderName,
} from './game-rules/join-rules.js';
import { nameKeyOf, type RuntimeGame, type RuntimePlayer } from './live-game-state.js';
import { type PinLookupSource, PinLookupLimits } from './pin-lookup-limits.js';
import { LiveCommandError } from './live.errors.js';
import { LiveClusterSync } from './runtime/live-cluster-sync.js';
import { LiveGameEmitter } from './runtime/live-game-emitter.js';
import { LiveGameEngine } from './runtime/live-game-engine.js';
import { LiveGameRegistry } from './runtime/live-game-registry.js';

export const hashResumeToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** What a player's join address is kept as: a hash bound to the game, never the address. */
export const hashJoinAddress = (gameId: string, address: string) =>
  createHash('sha256').update(`${gameId}\n${address}`).digest('hex');

/** What a phone sends to join (the shared join payload, validated). */
export interface JoinRequest {
  name?: string;
  unitId?: string | null;
  identity?: JoinIdentity;
}

/** One refusal for every identity that is not confirmed: it never says which part was wrong. */
export const IDENTITY_NOT_CONFIRMED_MESSAGE =
  'We could not confirm who you are: check your personal code, or your name and year of birth';

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
  /** Lookups by PIN, limited per address and socket (issue 16: PINs were enumerable at ~700/s). */
  private readonly pinLookups: PinLookupLimits;
  private readonly logger = new Logger(LiveRuntimeService.name);

  constructor(
    private readonly registry: LiveGameRegistry,
    private readonly store: LiveGameStore,
    private readonly batcher: LiveAnswerBatcher,
    private readonly joins: LiveJoinBatcher,
    private readonly engine: LiveGameEngine,
    private readonly emitter: LiveGameEmitter,
    private readonly cluster: LiveClusterSync,
    private readonly identity: IdentityService,
    limits: RateLimits,
  ) {
    this.pinLookups = new PinLookupLimits(limits);
  }

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
  async findByPin(pin: string, from?: PinLookupSource): Promise<RuntimeGame | null> {
    if (!from) return this.lookUpPin(pin);
    if (!(await this.pinLookups.allowed(from)))
      throw new LiveCommandError('RATE_LIMITED', 'Too many PINs tried from here; wait a minute');
    const game = await this.lookUpPin(pin);
    if (!game || game.status === 'ENDED') await this.pinLookups.failed(from);
    return game;
  }

  private async lookUpPin(pin: string): Promise<RuntimeGame | null> {
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

  /**
   * A player joins. With an identity (personal code, or roster person + birth year) the
   * player is verified: IdentityService confirms the person within the game's units
   * (one refusal whatever was wrong, limited per address), the unit is the person's and
   * the name the roster's; a person already seated takes their seat over (new resume
   * token, same player, score kept). Without one the player is a guest, typed name and
   * chosen unit, refused in ROSTER_ONLY games; guests never count for a unit.
   */
  async join(pin: string, request: JoinRequest, address: string): Promise<JoinResult> {
    if (request.identity) return this.joinVerified(pin, request.identity, address);
    const unitId = request.unitId ?? null;
    const check = checkJoin(await this.findByPin(pin, { address }), request.name ?? '', unitId);
    if (!check.ok) throw new LiveCommandError(check.reason, check.message);
    const addressHash = hashJoinAddress(check.game.id, address);
    if (await this.bannedGuest(check.game, check.nameKey, addressHash))
      throw new LiveCommandError('REMOVED_FROM_GAME', REMOVED_FROM_GAME_MESSAGE);
    return this.seat(check.game, { name: check.name, nameKey: check.nameKey, unitId, person: null, addressHash });
  }

  /**
   * A guest the host removed, back under the same name from the same address (the name
   * is free again once removed). PostgreSQL keeps the removal and the hashed address, so
   * the ban outlives a restart; it is read only when memory knows a removed player of that name.
   */
  private async bannedGuest(game: RuntimeGame, nameKey: string, addressHash: string): Promise<boolean> {
    if (!removedUnderName(game, nameKey)) return false;
    const names = await this.store.removedNamesFrom(game.id, addressHash);
    return names.some((n) => nameKeyOf(n) === nameKey);
  }

  private async joinVerified(pin: string, identity: JoinIdentity, address: string): Promise<JoinResult> {
    const found = await this.findByPin(pin, { address });
    const open = checkGameOpen(found, true); // whether a new seat is allowed is known once the person is
    if (!open.ok) throw new LiveCommandError(open.reason, open.message);
    let person: IdentifiedPerson;
    try {
      person = await this.identity.identify(identity, [...open.game.units.keys()], address);
    } catch (error) {
      if (!(error instanceof PeopleError)) throw error;
      if (error.reason === 'RATE_LIMITED')
        throw new LiveCommandError('RATE_LIMITED', 'Too many attempts; wait a few minutes and try again');
      throw new LiveCommandError('IDENTITY_NOT_CONFIRMED', IDENTITY_NOT_CONFIRMED_MESSAGE);
    }
    const check = checkVerifiedJoin(open.game, person);
    if (!check.ok) throw new LiveCommandError(check.reason, check.message);
    const { game } = check;
    if (check.takeover) return this.takeOver(game, check.takeover, person.id);
    return this.seat(game, {
      name: check.name,
      nameKey: check.nameKey,
      unitId: person.unitId,
      person,
      addressHash: hashJoinAddress(game.id, address),
    });
  }

  /**
   * A new seat: the name is reserved before the insert, so two joins with one name cannot
   * both pass; two phones of one person at once meet the unique (game, person) index.
   */
  private async seat(
    game: RuntimeGame,
    s: { name: string; nameKey: string; unitId: string | null; person: IdentifiedPerson | null; addressHash: string },
  ): Promise<JoinResult> {
    game.nameKeys.add(s.nameKey);
    const resumeToken = randomBytes(24).toString('base64url');
    const tokenHash = hashResumeToken(resumeToken);
    const joined = {
      id: randomUUID(),
      gameId: game.id,
      name: s.name,
      unitId: s.unitId,
      personId: s.person?.id ?? null,
      personKind: s.person?.kind ?? null,
      tokenHash,
    };
    const outcome = await this.joins.insert({ ...joined, addressHash: s.addressHash }).catch((error: unknown) => {
      game.nameKeys.delete(s.nameKey);
      throw error;
    });
    if (outcome === 'taken') {
      game.nameKeys.delete(s.nameKey);
      throw new LiveCommandError('NAME_TAKEN', 'You have just joined this game from another phone; try again');
    }
    const player = addPlayer(game, joined);
    this.registry.addTokens(game.id, [[tokenHash, player.id]]);
    this.emitter.lobbyChanged(game);
    this.cluster.joined(game, player, tokenHash);
    return { gameId: game.id, playerId: player.id, resumeToken, state: this.stateFor(game, player.id) };
  }

  /** The person's seat on this phone: a new resume token (the old one stops working), same player, score kept. */
  private async takeOver(game: RuntimeGame, player: RuntimePlayer, personId: string): Promise<JoinResult> {
    const resumeToken = randomBytes(24).toString('base64url');
    const tokenHash = hashResumeToken(resumeToken);
    const old = await this.store.replaceToken(player.id, personId, tokenHash);
    if (old === null) throw new LiveCommandError('REMOVED_FROM_GAME', REMOVED_FROM_GAME_MESSAGE);
    this.registry.dropToken(old);
    this.registry.addTokens(game.id, [[tokenHash, player.id]]);
    this.cluster.joined(game, player, tokenHash, old);
    if (this.cluster.clustered) await this.engine.refreshPlayer(game, player.id);
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
    if (player.removed) throw new LiveCommandError('REMOVED_FROM_GAME', REMOVED_FROM_GAME_MESSAGE);
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

  async screenGame(pin: string, from?: PinLookupSource): Promise<RuntimeGame> {
    const game = await this.findByPin(pin, from);
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

  /** host:lock / host:unlock: the game takes no new players, or takes them again. */
  lock(game: RuntimeGame, locked: boolean): Promise<void> {
    return this.command(game, { gameId: game.id, command: locked ? 'lock' : 'unlock' });
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
