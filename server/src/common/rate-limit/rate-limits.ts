import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { hostname } from 'node:os';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts } from 'rate-limiter-flexible';
import { createClient, type RedisClientType } from 'redis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/** How long a starting node waits for Redis before it limits per node. */
const CONNECT_WAIT_MS = 2000;
/**
 * The longest a request waits for Redis before the insurance answers. node-redis has no
 * timeout once a command is written, and one written as Redis restarts (or over a dead
 * link) can stay unsettled for ever: every sign-in and join would hang with it.
 */
const REDIS_TIMEOUT_MS = 500;

type LimiterOptions = ConstructorParameters<typeof RateLimiterMemory>[0];
type Limiter = Pick<RateLimiterMemory, 'consume' | 'get'>;

/** A fixed-window budget per key, shared by every node when Redis is configured. */
export interface RateLimit {
  /** Counts one hit for `key`; false when the key is over its limit (the (limit+1)-th hit of a window). */
  take(key: string): Promise<boolean>;
  /** Seconds until `key` may try again (0 when it may now). Counts nothing. */
  retryAfterSeconds(key: string): Promise<number>;
}

/**
 * Named limits per address, phone or identity (rate-limiter-flexible). With
 * REDIS_URL the counters live in Redis, so a budget is the same whichever node
 * behind the load balancer answers; each limit has an in-memory insurance limiter,
 * so Redis being down degrades to per-node budgets instead of failing requests
 * (logged once per outage). Without REDIS_URL there is one node and the counters
 * are in memory.
 *
 * Per-socket limits and a contest attempt's save bursts stay on the synchronous
 * in-memory `RateLimiter`: a socket lives on one node, and both are hot paths that
 * must not wait for a round trip.
 */
@Injectable()
export class RateLimits implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RateLimits.name);
  private readonly client: RedisClientType | null = null;
  private readonly connected: Promise<void> = Promise.resolve();
  private readonly names = new Set<string>();
  /** The insurance has answered (Redis unreachable or slow): warned about once, until Redis reconnects. */
  private degraded = false;
  private lastRedisError = 'not connected yet';

  private readonly keyPrefix: string;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'redisUrl'> & Partial<Pick<AppConfig, 'rateLimitKeyPrefix'>>,
  ) {
    this.keyPrefix = config.rateLimitKeyPrefix ?? 'thidua:rl';
    if (!config.redisUrl) return;
    this.client = createClient({ url: config.redisUrl, name: `thidua-rl:${hostname()}-${process.pid}` });
    // node-redis throws an unhandled 'error'; it also keeps reconnecting on its own.
    this.client.on('error', (error: unknown) => {
      this.lastRedisError = error instanceof Error ? error.message || error.name : String(error);
    });
    this.client.on('ready', () => {
      if (this.degraded) this.logger.warn('Redis is reachable again: rate limits are shared across nodes again');
      this.degraded = false;
    });
    this.connected = this.client.connect().then(
      () => undefined,
      (error: unknown) => this.logger.warn(`Redis connection for rate limits closed: ${String(error)}`),
    );
  }

  /**
   * Waits a moment for Redis, so that a node normally starts with shared limits; but not
   * for ever: a node starts (and limits per node) while Redis is unreachable.
   */
  async onModuleInit(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, CONNECT_WAIT_MS)));
    await Promise.race([this.connected, waited]);
    clearTimeout(timer);
    if (this.client && !this.client.isReady) this.insuranceUsed();
  }

  /** `limit` hits per key every `windowMs` (whole seconds); `name` keeps its counters apart from other limits'. */
  create(name: string, limit: number, windowMs: number): RateLimit {
    if (this.names.has(name)) throw new Error(`Rate limit "${name}" already exists`);
    if (!Number.isInteger(limit) || limit < 0) throw new Error(`Rate limit "${name}": limit must be a whole number`);
    // The Redis store expires keys in whole seconds; a shorter window would never expire.
    if (windowMs < 1000 || windowMs % 1000 !== 0) throw new Error(`Rate limit "${name}": window must be whole seconds`);
    this.names.add(name);
    const options: LimiterOptions = {
      keyPrefix: `${this.keyPrefix}:${name}`,
      points: limit,
      duration: windowMs / 1000,
    };
    const limiter: Limiter = this.client
      ? new RLWrapperTimeouts({
          timeoutMs: REDIS_TIMEOUT_MS,
          // The wrapper takes the store's insurance: a command that times out is answered by it too.
          limiter: new RateLimiterRedis({
            ...options,
            storeClient: this.client,
            useRedisPackage: true,
            // Straight to the insurance while disconnected, rather than queueing until Redis is back.
            rejectIfRedisNotReady: true,
            insuranceLimiter: new InsuranceLimiter(options, () => this.insuranceUsed()),
          }),
        })
      : new RateLimiterMemory(options);
    return {
      take: async (key) => {
        try {
          await limiter.consume(key);
          return true;
        } catch (error) {
          if (error instanceof RateLimiterRes) return false;
          throw error;
        }
      },
      retryAfterSeconds: async (key) => {
        const state = await limiter.get(key);
        if (!state || state.consumedPoints <= limit) return 0;
        return Math.max(0, Math.ceil(state.msBeforeNext / 1000));
      },
    };
  }

  onModuleDestroy(): void {
    // Not close(): it waits for commands in flight, which a hung Redis never answers. A count
    // lost at shutdown is harmless.
    if (this.client?.isOpen) this.client.destroy();
  }

  private insuranceUsed(): void {
    if (this.degraded) return;
    this.degraded = true;
    this.logger.warn(
      `Redis unreachable for rate limits (${this.client?.isReady ? `no answer in ${REDIS_TIMEOUT_MS} ms` : this.lastRedisError}): limits are per node until it is back`,
    );
  }
}

/** The in-memory stand-in while Redis is unreachable; tells the provider it is answering. */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: LimiterOptions,
    private readonly used: () => void,
  ) {
    super(options);
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>): Promise<RateLimiterRes> {
    this.used();
    return super.consume(...args);
  }

  override get(...args: Parameters<RateLimiterMemory['get']>): Promise<RateLimiterRes | null> {
    this.used();
    return super.get(...args);
  }
}
