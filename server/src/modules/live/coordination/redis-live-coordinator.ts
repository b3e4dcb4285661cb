import { Logger } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createClient, type RedisClientType } from 'redis';
import type {
  ClusterMessage,
  CoordinatorHandlers,
  DriverCommand,
  DriverReply,
  LiveCoordinator,
} from './live-coordinator.js';

/** How long a driver lock lives without renewal: a killed driver is replaced after at most this (+ one tick). */
export const DRIVER_LOCK_TTL_MS = 3000;
/** Renewal (and takeover attempts) every ttl/3. */
const TICK_MS = Math.round(DRIVER_LOCK_TTL_MS / 3);
/**
 * The longest an awaited Redis command may take. node-redis drops its own timeout once a
 * command is written, and a command written as Redis restarts can stay unsettled for ever:
 * a tick would then never end (the node never learns it lost a lock, and two nodes drive
 * one game) and a game's queue waiting on a claim would stall its players.
 */
const REDIS_COMMAND_TIMEOUT_MS = 1500;

/** The command's result, or a rejection once it took longer than REDIS_COMMAND_TIMEOUT_MS. */
function bounded<T>(command: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis ${what} took longer than ${REDIS_COMMAND_TIMEOUT_MS} ms`)),
      REDIS_COMMAND_TIMEOUT_MS,
    );
  });
  command.catch(() => undefined); // settles late or never: nobody waits for it any more
  return Promise.race([command, expired]).finally(() => clearTimeout(timer));
}
/** A forwarded host command waits this long for the driver's reply. */
const FORWARD_TIMEOUT_MS = 5000;
/** Answer counters outlive any game. */
const COUNTER_TTL_S = 24 * 3600;

const PREFIX = 'thidua:live';
const BROADCAST_CHANNEL = `${PREFIX}:all`;
const nodeChannel = (nodeId: string) => `${PREFIX}:node:${nodeId}`;
/** The driver lock of a game: its value is the driving node's id. */
export const driverLockKey = (gameId: string) => `${PREFIX}:driver:${gameId}`;
const answeredKey = (gameId: string, index: number) => `${PREFIX}:answered:${gameId}:${index}`;

/** PEXPIRE the key if this node still holds it: a renewal never extends another node's lock. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

type Envelope =
  | { kind: 'message'; from: string; message: ClusterMessage }
  | { kind: 'request'; from: string; id: string; command: DriverCommand }
  | { kind: 'reply'; from: string; id: string; reply: DriverReply };

/**
 * Several nodes (REDIS_URL). The driver of a game is the holder of its Redis lock
 * (`SET key nodeId NX PX ttl`, renewed every ttl/3 with a compare-and-expire); every
 * tick each node also tries to take the locks of its open games, so when a driver
 * dies (kill -9) another node holds the lock at most ttl + ttl/3 later and re-arms
 * the timers from the phase times persisted in PostgreSQL. Messages between nodes go
 * through Redis pub/sub: one channel for everyone, one per node for forwarded host
 * commands and their replies.
 */
export class RedisLiveCoordinator implements LiveCoordinator {
  readonly clustered = true;
  readonly nodeId = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  private readonly logger = new Logger(RedisLiveCoordinator.name);
  private readonly client: RedisClientType;
  private readonly subscriber: RedisClientType;
  private handlers: CoordinatorHandlers | null = null;
  /** Games whose lock this node holds. */
  private readonly held = new Set<string>();
  private readonly pending = new Map<string, { resolve: (reply: DriverReply) => void; timer: NodeJS.Timeout }>();
  private ticker: NodeJS.Timeout | null = null;
  private ticking = false;
  private lastErrorLogAt = 0;

  constructor(url: string) {
    // Named, so that `CLIENT LIST` on Redis shows which node and role each connection is.
    this.client = createClient({ url, name: `thidua-live:${this.nodeId}` });
    this.subscriber = this.client.duplicate({ name: `thidua-live:${this.nodeId}:sub` });
    for (const c of [this.client, this.subscriber]) c.on('error', (error: unknown) => this.logError(error));
  }

  async connect(): Promise<void> {
    await Promise.all([this.client.connect(), this.subscriber.connect()]);
    const onEnvelope = (raw: string) => this.receive(raw);
    await this.subscriber.subscribe([BROADCAST_CHANNEL, nodeChannel(this.nodeId)], onEnvelope);
    // 'ready' again = reconnected and re-subscribed after a Redis outage: catch up on what was missed.
    this.subscriber.on('ready', () => {
      this.logger.warn('Reconnected to Redis: re-reading open live games');
      this.handlers?.resync?.();
    });
    this.ticker = setInterval(() => void this.tick(), TICK_MS);
    this.logger.log(`Live games are coordinated through Redis as node ${this.nodeId}`);
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    await Promise.allSettled([...this.held].map((id) => this.release(id)));
    await Promise.allSettled([this.subscriber.close(), this.client.close()]);
  }

  bind(handlers: CoordinatorHandlers): void {
    this.handlers = handlers;
  }

  async claim(gameId: string): Promise<boolean> {
    const key = driverLockKey(gameId);
    const set = await bounded(
      this.client.set(key, this.nodeId, { condition: 'NX', expiration: { type: 'PX', value: DRIVER_LOCK_TTL_MS } }),
      'SET NX',
    );
    const mine =
      set === 'OK' ||
      Number(
        await bounded(
          this.client.eval(RENEW, { keys: [key], arguments: [this.nodeId, String(DRIVER_LOCK_TTL_MS)] }),
          'renew',
        ),
      ) === 1;
    if (mine) this.held.add(gameId);
    return mine;
  }

  async release(gameId: string): Promise<void> {
    this.held.delete(gameId);
    await bounded(this.client.eval(RELEASE, { keys: [driverLockKey(gameId)], arguments: [this.nodeId] }), 'release');
  }

  publish(message: ClusterMessage): void {
    this.send(BROADCAST_CHANNEL, { kind: 'message', from: this.nodeId, message });
  }

  async forward(command: DriverCommand): Promise<DriverReply | null> {
    const deadline = Date.now() + FORWARD_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (!this.subscriber.isReady) {
        // Reconnecting to Redis: the driver's reply would be published before we listen again,
        // and a command run whose reply is lost gets retried by the host and runs twice.
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      const driver = await bounded(this.client.get(driverLockKey(command.gameId)), 'GET');
      if (driver === null || driver === this.nodeId) return null;
      const id = randomUUID();
      const reply = new Promise<DriverReply | 'timeout'>((resolve) => {
        const timer = setTimeout(
          () => {
            this.pending.delete(id);
            resolve('timeout');
          },
          Math.max(100, deadline - Date.now()),
        );
        this.pending.set(id, { resolve, timer });
      });
      const receivers = await bounded(
        this.client.publish(
          nodeChannel(driver),
          JSON.stringify({ kind: 'request', from: this.nodeId, id, command } satisfies Envelope),
        ),
        'PUBLISH',
      );
      if (receivers === 0) {
        // The lock holder is gone (killed) but its lock has not expired yet: wait for it.
        const waiting = this.pending.get(id);
        if (waiting) clearTimeout(waiting.timer);
        this.pending.delete(id);
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      const result = await reply;
      if (result !== 'timeout') return result;
    }
    return { ok: false, reason: 'INVALID_COMMAND', message: 'The game is changing hands between servers; try again' };
  }

  async addAnswered(gameId: string, questionIndex: number, count: number): Promise<number> {
    const key = answeredKey(gameId, questionIndex);
    const [total] = await bounded(this.client.multi().incrBy(key, count).expire(key, COUNTER_TTL_S).exec(), 'INCRBY');
    return Number(total);
  }

  /** Renews held locks, reports lost ones, and takes the locks of open games nobody holds. */
  private async tick(): Promise<void> {
    if (this.ticking || !this.handlers) return;
    this.ticking = true;
    try {
      for (const gameId of this.handlers.openGames()) {
        const key = driverLockKey(gameId);
        if (this.held.has(gameId)) {
          const renewed = await bounded(
            this.client.eval(RENEW, { keys: [key], arguments: [this.nodeId, String(DRIVER_LOCK_TTL_MS)] }),
            'renew',
          );
          if (Number(renewed) !== 1 && this.held.delete(gameId)) this.handlers.lost(gameId);
        } else if (
          (await bounded(
            this.client.set(key, this.nodeId, {
              condition: 'NX',
              expiration: { type: 'PX', value: DRIVER_LOCK_TTL_MS },
            }),
            'SET NX',
          )) === 'OK'
        ) {
          this.held.add(gameId);
          this.handlers.claimed(gameId);
        }
      }
    } catch (error) {
      // Redis unreachable: keep driving what we drive (a lock we cannot renew cannot be taken either
      // until Redis is back; then the compare-and-expire above tells us if it changed hands).
      this.logError(error);
    } finally {
      this.ticking = false;
    }
  }

  private send(channel: string, envelope: Envelope): void {
    this.client.publish(channel, JSON.stringify(envelope)).catch((error: unknown) => this.logError(error));
  }

  private receive(raw: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      return;
    }
    if (envelope.from === this.nodeId || !this.handlers) return;
    switch (envelope.kind) {
      case 'message':
        this.handlers.message(envelope.message);
        return;
      case 'request':
        void this.handlers
          .command(envelope.command)
          .catch((): DriverReply => ({ ok: false, reason: 'INVALID_COMMAND', message: 'The command failed' }))
          .then((reply) =>
            this.send(nodeChannel(envelope.from), { kind: 'reply', from: this.nodeId, id: envelope.id, reply }),
          );
        return;
      case 'reply': {
        const waiting = this.pending.get(envelope.id);
        if (!waiting) return;
        clearTimeout(waiting.timer);
        this.pending.delete(envelope.id);
        waiting.resolve(envelope.reply);
        return;
      }
    }
  }

  private logError(error: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorLogAt < 5000) return; // one line per 5 s while Redis is down
    this.lastErrorLogAt = now;
    this.logger.error(`Redis: ${error instanceof Error ? error.message : String(error)}`);
  }
}
