import { Logger } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  answerPayloadSchema,
  hostAttachPayloadSchema,
  hostCommandPayloadSchema,
  hostRemovePlayerPayloadSchema,
  joinPayloadSchema,
  LIVE_NAMESPACE,
  resumePayloadSchema,
  screenAttachPayloadSchema,
  timeSyncPayloadSchema,
  type AnswerAck,
  type LiveClientEvents,
  type LiveErrorReason,
  type LiveStep,
  type SocketRefusal,
} from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { TokenVerifier } from '../../common/auth/token-verifier.js';
import { RateLimits, type RateLimit } from '../../common/rate-limit/rate-limits.js';
import { LiveBroadcaster, type LiveNamespace, type LiveSocket } from '../../realtime/live-broadcaster.js';
import { liveRooms } from '../../realtime/live-rooms.js';
import { refuse, refusals, type AckPolicy } from '../../realtime/socket-ack.js';
import { clientAddress, handshakeUser } from '../../realtime/socket-auth.js';
import { SocketEvents } from '../../realtime/socket-events.js';
import { SocketRateLimit } from '../../realtime/socket-rate-limit.js';
import { MetricsService } from '../metrics/metrics.service.js';
import type { RuntimeGame } from './live-game-state.js';
import { LiveRuntimeService } from './live-runtime.service.js';
import { LiveCommandError } from './live.errors.js';

interface SocketData {
  user: AuthUser | null;
  gameId: string | null;
  playerId: string | null;
}

type HostCommandEvent =
  'host:start' | 'host:next' | 'host:pause' | 'host:resume' | 'host:skip' | 'host:end' | 'host:lock' | 'host:unlock';

/**
 * An answer is acked `{ status }`, and only after it is committed: when the commit
 * fails there is no ack, so the phone retries (idempotently) instead of believing a
 * lost answer.
 */
const answerAcks: AckPolicy<AnswerAck> = {
  rateLimited: () => ({ status: 'rejected', reason: 'RATE_LIMITED' }),
  invalidPayload: () => ({ status: 'rejected', reason: 'INVALID_RESPONSE' }),
  refused: () => null,
  serverError: () => null,
};

/**
 * The `/live` namespace (shared/live/live-events.ts), thin on the realtime kit: the
 * user is read from the access token once on connect, every payload is validated
 * with the shared zod schemas, limits apply per connection and per address, and
 * every event is answered through its ack. Per-connection limits are in memory and
 * synchronous (a socket lives on one node; the answer path waits for nothing); the
 * per-address ones on joins are shared by every node through Redis when it is
 * configured, and checked inside the join and resume handlers. A malformed payload is an
 * `INVALID_PAYLOAD` (answers: `rejected INVALID_RESPONSE`), never an exception.
 *
 * Authentication: hosts send their access token in `handshake.auth.token` (role HOST
 * or ADMIN, and the game's host unless ADMIN); players are who their join or resume
 * token says; screens know the PIN and only read.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(LiveGateway.name);
  /** Any event, per connection. */
  private readonly eventLimit = SocketRateLimit.perSocket(30, 1000);
  /** Joins and resumes per connection. */
  private readonly joinSocketLimit = SocketRateLimit.perSocket(5, 1000);
  /**
   * Joins and resumes per address: sized for a school assembly behind one NAT (2,000 phones
   * within a minute); what stops a bot at one address is the limit on refused joins below.
   */
  private readonly joinAddressLimit: RateLimit;
  /**
   * Refused joins per address (a taken name, a bad PIN or code, a removed player, a full
   * game): what a bot does over and over and a hall does a few times. Past it, every join
   * from the address is refused for the minute.
   */
  private readonly failedJoinLimit: RateLimit;
  /** Answers per connection: one per question is enough; a few retries are fine. */
  private readonly answerLimit = SocketRateLimit.perSocket(5, 1000);
  private readonly events = new SocketEvents<LiveClientEvents, SocketRefusal<LiveErrorReason>>({
    logger: this.logger,
    limits: [this.eventLimit],
    acks: refusals<LiveErrorReason>({
      refused: (error) => (error instanceof LiveCommandError ? refuse(error.reason, error.message) : null),
      serverError: refuse('INVALID_COMMAND', 'The server could not do this; try again'),
    }),
  });

  constructor(
    private readonly runtime: LiveRuntimeService,
    private readonly broadcaster: LiveBroadcaster,
    private readonly tokens: TokenVerifier,
    private readonly metrics: MetricsService,
    limits: RateLimits,
  ) {
    this.joinAddressLimit = limits.create('live-join:address', 3000, 60_000);
    this.failedJoinLimit = limits.create('live-join-refusals:address', 60, 60_000);
  }

  afterInit(namespace: LiveNamespace): void {
    this.broadcaster.attach(namespace);
  }

  handleDisconnect(): void {
    this.metrics.socketConnections.dec({ namespace: LIVE_NAMESPACE });
  }

  handleConnection(socket: LiveSocket): void {
    this.metrics.socketConnections.inc({ namespace: LIVE_NAMESPACE });
    const data: SocketData = { user: handshakeUser(socket, this.tokens), gameId: null, playerId: null };
    socket.data = data;
    this.playerEvents(socket, data);
    this.hostEvents(socket, data);
    this.events.on(socket, 'screen:attach', {
      schema: screenAttachPayloadSchema,
      handle: async ({ pin }) => {
        const game = await this.runtime.screenGame(pin, { address: clientAddress(socket), socketId: socket.id });
        await socket.join([liveRooms.game(game.id), liveRooms.screens(game.id)]);
        return { ok: true, state: this.runtime.stateFor(game, null) };
      },
    });
    this.events.on(socket, 'time:sync', {
      schema: timeSyncPayloadSchema,
      handle: ({ clientSentAt }) => ({ clientSentAt, serverTime: Date.now() }),
    });
  }

  private playerEvents(socket: LiveSocket, data: SocketData): void {
    const joinLimits = [this.joinSocketLimit];
    this.events.on(socket, 'player:join', {
      schema: joinPayloadSchema,
      attemptLimits: joinLimits,
      attemptLimited: () => refuse('RATE_LIMITED', 'Too many attempts to join; wait a moment'),
      handle: async (p) => {
        const address = clientAddress(socket);
        const [allowed, refusedFor] = await Promise.all([
          this.joinAddressLimit.take(address),
          this.failedJoinLimit.retryAfterSeconds(address),
        ]);
        if (!allowed) return refuse('RATE_LIMITED', 'Too many attempts to join; wait a moment');
        if (refusedFor > 0) return refuse('RATE_LIMITED', 'Too many refused joins from this address; wait a minute');
        try {
          const result = await this.runtime.join(p.pin, p, address);
          this.attachPlayer(socket, data, result.gameId, result.playerId);
          return { ok: true, resumeToken: result.resumeToken, state: result.state };
        } catch (error) {
          await this.failedJoinLimit.take(address);
          throw error;
        }
      },
    });
    this.events.on(socket, 'player:resume', {
      schema: resumePayloadSchema,
      attemptLimits: joinLimits,
      attemptLimited: () => refuse('RATE_LIMITED', 'Too many attempts; wait a moment'),
      handle: async ({ resumeToken }) => {
        if (!(await this.joinAddressLimit.take(clientAddress(socket))))
          return refuse('RATE_LIMITED', 'Too many attempts; wait a moment');
        const result = await this.runtime.resume(resumeToken);
        this.attachPlayer(socket, data, result.gameId, result.playerId);
        return { ok: true, state: result.state };
      },
    });
    this.events.onWith(socket, 'player:answer', answerAcks, {
      schema: answerPayloadSchema,
      limits: [this.answerLimit],
      // The server is the clock: `receivedAt` is taken when the frame arrives, before anything else.
      handle: (answer, { receivedAt }): AnswerAck | Promise<AnswerAck> =>
        data.gameId && data.playerId
          ? this.runtime.answer(data.gameId, data.playerId, answer, receivedAt)
          : { status: 'rejected', reason: 'NOT_JOINED' },
      sent: (ack, { receivedAt }) => {
        this.metrics.liveAnswers.inc({ status: ack.status });
        if (ack.status !== 'rejected') this.metrics.liveAckLatency.observe((Date.now() - receivedAt) / 1000);
      },
    });
  }

  private hostEvents(socket: LiveSocket, data: SocketData): void {
    this.events.on(socket, 'host:attach', {
      schema: hostAttachPayloadSchema,
      handle: async ({ gameId }) => {
        const game = await this.runtime.hostGame(gameId, data.user);
        await socket.join([liveRooms.game(game.id), liveRooms.hosts(game.id)]);
        return { ok: true, state: this.runtime.stateFor(game, null) };
      },
    });
    const command = (event: HostCommandEvent, run: (game: RuntimeGame, from: LiveStep | undefined) => Promise<void>) =>
      this.events.on(socket, event, {
        schema: hostCommandPayloadSchema,
        handle: async ({ gameId, from }) => {
          await run(await this.runtime.hostGame(gameId, data.user), from);
          return { ok: true };
        },
      });
    command('host:start', (game, from) => this.runtime.start(game, from));
    command('host:next', (game, from) => this.runtime.next(game, from));
    command('host:pause', (game) => this.runtime.pause(game));
    command('host:resume', (game) => this.runtime.resumeCountdown(game));
    command('host:skip', (game, from) => this.runtime.skip(game, from));
    command('host:end', (game) => this.runtime.end(game));
    command('host:lock', (game) => this.runtime.lock(game, true));
    command('host:unlock', (game) => this.runtime.lock(game, false));
    this.events.on(socket, 'host:remove-player', {
      schema: hostRemovePlayerPayloadSchema,
      handle: async ({ gameId, playerId }) => {
        await this.runtime.removePlayer(await this.runtime.hostGame(gameId, data.user), playerId);
        return { ok: true };
      },
    });
  }

  /** Moves the socket into the rooms of the game and player it now plays as. */
  private attachPlayer(socket: LiveSocket, data: SocketData, gameId: string, playerId: string): void {
    if (data.gameId && data.gameId !== gameId) {
      for (const room of [liveRooms.game(data.gameId), liveRooms.players(data.gameId)]) void socket.leave(room);
    }
    if (data.playerId && data.playerId !== playerId) void socket.leave(liveRooms.player(data.playerId));
    data.gameId = gameId;
    data.playerId = playerId;
    void socket.join([liveRooms.game(gameId), liveRooms.players(gameId), liveRooms.player(playerId)]);
  }
}
