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
  type LiveErrorReason,
  type LiveStep,
} from '@thidua/shared';
import { isIP } from 'node:net';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { TokenVerifier } from '../../common/auth/token-verifier.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { LiveBroadcaster, type LiveNamespace, type LiveSocket } from '../../realtime/live-broadcaster.js';
import { liveRooms } from '../../realtime/live-rooms.js';
import { MetricsService } from '../metrics/metrics.service.js';
import type { RuntimeGame } from './live-game-state.js';
import { LiveRuntimeService } from './live-runtime.service.js';
import { LiveCommandError } from './live.errors.js';

interface SocketData {
  user: AuthUser | null;
  ip: string;
  gameId: string | null;
  playerId: string | null;
}

type Ack = (result: unknown) => void;
type Failure = { ok: false; reason: LiveErrorReason; message: string };

const fail = (reason: LiveErrorReason, message: string): Failure => ({ ok: false, reason, message });

/**
 * The `/live` namespace (shared/live/live-events.ts). Thin: it authenticates,
 * validates every payload with the shared zod schemas, applies per-connection and
 * per-IP limits, and calls the runtime. Every event is answered through its ack; a
 * malformed payload is an `INVALID_PAYLOAD` (answers: `rejected INVALID_RESPONSE`),
 * never an exception on the socket.
 *
 * Authentication: hosts send their access token in `handshake.auth.token` (role HOST
 * or ADMIN, and the game's host unless ADMIN); players are who their join or resume
 * token says; screens know the PIN and only read.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(LiveGateway.name);
  /** Any event, per connection. */
  private readonly eventLimiter = new RateLimiter(30, 1000);
  /** Joins and resumes per connection. */
  private readonly joinSocketLimiter = new RateLimiter(5, 1000);
  /** Joins per IP: a class or a hall behind one NAT (400+ phones) still gets in. */
  private readonly joinIpLimiter = new RateLimiter(600, 60_000);
  /** Answers per connection: one per question is enough; a few retries are fine. */
  private readonly answerLimiter = new RateLimiter(5, 1000);

  constructor(
    private readonly runtime: LiveRuntimeService,
    private readonly broadcaster: LiveBroadcaster,
    private readonly tokens: TokenVerifier,
    private readonly metrics: MetricsService,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.broadcaster.attach(namespace);
  }

  handleDisconnect(): void {
    this.metrics.socketConnections.dec({ namespace: LIVE_NAMESPACE });
  }

  handleConnection(socket: LiveSocket): void {
    this.metrics.socketConnections.inc({ namespace: LIVE_NAMESPACE });
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const token = typeof auth?.token === 'string' ? auth.token : null;
    const data: SocketData = {
      user: token ? this.tokens.verifyAccessToken(token) : null,
      ip: clientIp(socket),
      gameId: null,
      playerId: null,
    };
    socket.data = data;

    this.on(socket, 'player:join', joinPayloadSchema, async (p) => {
      if (!this.joinSocketLimiter.take(socket.id) || !this.joinIpLimiter.take(data.ip))
        return fail('RATE_LIMITED', 'Too many attempts to join; wait a moment');
      const result = await this.runtime.join(p.pin, p.name, p.unitId ?? null);
      this.attachPlayer(socket, result.gameId, result.playerId);
      return { ok: true, resumeToken: result.resumeToken, state: result.state };
    });
    this.on(socket, 'player:resume', resumePayloadSchema, async (p) => {
      if (!this.joinSocketLimiter.take(socket.id) || !this.joinIpLimiter.take(data.ip))
        return fail('RATE_LIMITED', 'Too many attempts; wait a moment');
      const result = await this.runtime.resume(p.resumeToken);
      this.attachPlayer(socket, result.gameId, result.playerId);
      return { ok: true, state: result.state };
    });
    this.onAnswer(socket, data);

    this.on(socket, 'host:attach', hostAttachPayloadSchema, async (p) => {
      const game = await this.runtime.hostGame(p.gameId, data.user);
      await socket.join([liveRooms.game(game.id), liveRooms.hosts(game.id)]);
      return { ok: true, state: this.runtime.stateFor(game, null) };
    });
    this.hostCommand(socket, 'host:start', (game, from) => this.runtime.start(game, from));
    this.hostCommand(socket, 'host:next', (game, from) => this.runtime.next(game, from));
    this.hostCommand(socket, 'host:pause', (game) => this.runtime.pause(game));
    this.hostCommand(socket, 'host:resume', (game) => this.runtime.resumeCountdown(game));
    this.hostCommand(socket, 'host:skip', (game, from) => this.runtime.skip(game, from));
    this.hostCommand(socket, 'host:end', (game) => this.runtime.end(game));
    this.on(socket, 'host:remove-player', hostRemovePlayerPayloadSchema, async (p) => {
      const game = await this.runtime.hostGame(p.gameId, data.user);
      await this.runtime.removePlayer(game, p.playerId);
      return { ok: true };
    });

    this.on(socket, 'screen:attach', screenAttachPayloadSchema, async (p) => {
      const game = await this.runtime.screenGame(p.pin);
      await socket.join([liveRooms.game(game.id), liveRooms.screens(game.id)]);
      return { ok: true, state: this.runtime.stateFor(game, null) };
    });
    this.on(socket, 'time:sync', timeSyncPayloadSchema, (p) =>
      Promise.resolve({ clientSentAt: p.clientSentAt, serverTime: Date.now() }),
    );
  }

  private attachPlayer(socket: LiveSocket, gameId: string, playerId: string): void {
    const data = socket.data as SocketData;
    if (data.gameId && data.gameId !== gameId) {
      for (const room of [liveRooms.game(data.gameId), liveRooms.players(data.gameId)]) void socket.leave(room);
    }
    if (data.playerId && data.playerId !== playerId) void socket.leave(liveRooms.player(data.playerId));
    data.gameId = gameId;
    data.playerId = playerId;
    void socket.join([liveRooms.game(gameId), liveRooms.players(gameId), liveRooms.player(playerId)]);
  }

  private onAnswer(socket: LiveSocket, data: SocketData): void {
    socket.on('player:answer', (...args: unknown[]) => {
      // The server is the clock: the receipt time is taken before anything else.
      const receivedAt = Date.now();
      const ack = ackOf(args);
      const reply = (result: AnswerAck) => {
        this.metrics.liveAnswers.inc({ status: result.status });
        if (result.status !== 'rejected') this.metrics.liveAckLatency.observe((Date.now() - receivedAt) / 1000);
        ack(result);
      };
      if (!this.eventLimiter.take(socket.id) || !this.answerLimiter.take(socket.id))
        return reply({ status: 'rejected', reason: 'RATE_LIMITED' });
      const parsed = answerPayloadSchema.safeParse(args[0]);
      if (!parsed.success) return reply({ status: 'rejected', reason: 'INVALID_RESPONSE' });
      if (!data.gameId || !data.playerId) return reply({ status: 'rejected', reason: 'NOT_JOINED' });
      this.runtime.answer(data.gameId, data.playerId, parsed.data, receivedAt).then(reply, (error: unknown) => {
        // The commit failed: no ack, so the phone retries (idempotently) instead of believing a lost answer.
        this.logger.error(`Answer not committed: ${String(error)}`);
      });
    });
  }

  private hostCommand(
    socket: LiveSocket,
    event: 'host:start' | 'host:next' | 'host:pause' | 'host:resume' | 'host:skip' | 'host:end',
    command: (game: RuntimeGame, from: LiveStep | undefined) => Promise<void>,
  ): void {
    this.on(socket, event, hostCommandPayloadSchema, async (p) => {
      const game = await this.runtime.hostGame(p.gameId, (socket.data as SocketData).user);
      await command(game, p.from);
      return { ok: true };
    });
  }

  /** Registers a handler that validates, limits and always acks, whatever happens. */
  private on<S extends z.ZodType>(
    socket: LiveSocket,
    event: string,
    schema: S,
    handler: (payload: z.output<S>) => Promise<object>,
  ): void {
    (socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(
      event,
      (...args: unknown[]) => {
        const ack = ackOf(args);
        if (!this.eventLimiter.take(socket.id)) return ack(fail('RATE_LIMITED', 'Too many messages; slow down'));
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) return ack(fail('INVALID_PAYLOAD', 'The message is malformed'));
        handler(parsed.data).then(ack, (error: unknown) => {
          if (error instanceof LiveCommandError) return ack(fail(error.reason, error.message));
          this.logger.error(
            `${event} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
          ack(fail('INVALID_COMMAND', 'The server could not do this; try again'));
        });
      },
    );
  }
}

function ackOf(args: unknown[]): Ack {
  const last = args[args.length - 1];
  return typeof last === 'function' ? (last as Ack) : () => undefined;
}

/**
 * The client's address for the per-IP join limit. Behind our own proxy (loopback or
 * private address, as in docker-compose with nginx) the last X-Forwarded-For hop is
 * the client; otherwise the socket's peer address.
 */
function clientIp(socket: LiveSocket): string {
  const peer = socket.handshake.address.replace(/^::ffff:/, '');
  const forwarded = socket.handshake.headers['x-forwarded-for'];
  if (typeof forwarded === 'string' && isTrustedProxy(peer)) {
    const last = forwarded.split(',').pop()?.trim();
    if (last && isIP(last)) return last;
  }
  return peer;
}

function isTrustedProxy(ip: string): boolean {
  return (
    ip === '127.0.0.1' ||
    ip === '::1' ||
    /^10\./.test(ip) ||
    /^192\.168\./.test(ip) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(ip) ||
    /^f[cd]/i.test(ip)
  );
}
