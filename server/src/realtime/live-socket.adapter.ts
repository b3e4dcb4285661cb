import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { MAX_SOCKET_PAYLOAD_BYTES } from '@thidua/shared';
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { createClient, type RedisClientType } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { CLIENT_ADDRESS_HEADER } from './socket-auth.js';

export interface SocketAccessOptions {
  /** The proxies whose X-Forwarded-For is believed, as Express's `trust proxy` (the same TRUST_PROXY). */
  trustProxy?: readonly string[];
  /** Browsers from this origin (and from the host they asked for) may connect. */
  publicUrl?: string;
}

/**
 * The socket.io server options of the app: frames larger than the shared cap close
 * the connection before they are parsed (no handler ever sees them), no per-message
 * compression (CPU per player matters more than bytes for thousands of phones on one
 * node), websocket first with polling as the fallback of phones behind odd proxies,
 * and a ping that notices a dropped phone within ~40 s.
 *
 * With REDIS_URL (`connectToRedis`), the socket.io Redis adapter makes room
 * broadcasts reach the sockets of every node (hosts and screens hear the game's
 * driver wherever they are connected).
 *
 * Every handshake passes `allowRequest`: a browser's Origin must be PUBLIC_URL's or the
 * host it connected to (a page elsewhere cannot drive a player's or a host's socket), and
 * the client's address is worked out once, by the rule Express uses for HTTP (TRUST_PROXY),
 * into a header the gateways read (`clientAddress`); whatever a client sent under that
 * name is overwritten.
 */
export class LiveSocketAdapter extends IoAdapter {
  private redisAdapter: ReturnType<typeof createAdapter> | null = null;
  private readonly redisClients: RedisClientType[] = [];
  private readonly admit: (req: IncomingMessage) => boolean;

  constructor(app: INestApplicationContext, options: SocketAccessOptions = {}) {
    super(app);
    this.admit = socketAdmission(options);
  }

  async connectToRedis(url: string): Promise<void> {
    const pub: RedisClientType = createClient({ url });
    const sub: RedisClientType = pub.duplicate();
    for (const c of [pub, sub]) c.on('error', () => undefined); // reconnects by itself; the coordinator logs Redis errors
    await Promise.all([pub.connect(), sub.connect()]);
    this.redisClients.push(pub, sub);
    this.redisAdapter = createAdapter(publishingSafely(pub), sub, { key: 'thidua:socket.io' });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
      perMessageDeflate: false,
      httpCompression: false,
      transports: ['websocket', 'polling'],
      pingInterval: 20_000,
      pingTimeout: 20_000,
      connectTimeout: 10_000,
      serveClient: false,
      allowRequest: (req, callback) => callback(null, this.admit(req)),
    } as ServerOptions);
    if (this.redisAdapter) server.adapter(this.redisAdapter);
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.allSettled(this.redisClients.splice(0).map((c) => closeWithin(c, REDIS_CLOSE_GRACE_MS)));
  }
}

/**
 * The handshake check of every socket: refuses a foreign browser origin (a browser always sends
 * one; a tool without one is admitted) and records the client's address, by the TRUST_PROXY rule,
 * on the handshake's headers where `clientAddress` reads it.
 */
export function socketAdmission(options: SocketAccessOptions): (req: IncomingMessage) => boolean {
  const trusted = options.trustProxy ?? [];
  const trust = trusted.length > 0 ? proxyAddr.compile([...trusted]) : () => false;
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : null;
  const allowedOrigin = (origin: string, host: string | undefined): boolean => {
    if (origin === publicOrigin) return true;
    try {
      return host !== undefined && new URL(origin).host === host;
    } catch {
      return false;
    }
  };
  return (req) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigin(origin, req.headers.host)) return false;
    req.headers[CLIENT_ADDRESS_HEADER] = proxyAddr(req, trust).replace(/^::ffff:/, '');
    return true;
  };
}

/** How long a shutdown waits for a Redis client's pending commands before dropping them. */
const REDIS_CLOSE_GRACE_MS = 2_000;

/**
 * A graceful close that cannot hang a shutdown: node-redis waits for every queued
 * command, and after Redis went away a node's queue of broadcasts may never drain.
 */
async function closeWithin(client: RedisClientType, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([client.close().catch(() => undefined), grace]);
  clearTimeout(timer);
  if (client.isOpen) client.destroy();
}

const logger = new Logger('LiveSocketAdapter');
let lastLostLogAt = 0;

/**
 * The client as the Redis adapter sees it, with a `publish` that never rejects. The
 * adapter (8.3) publishes every broadcast without handling the promise, and node-redis
 * rejects the commands in flight when the connection drops: one such rejection and
 * Node ends the process, so a Redis restart would take down every node broadcasting
 * at that instant. A broadcast lost that way is repaired when Redis is back: each node
 * then re-reads its games and re-sends their state (`LiveClusterSync.resync`).
 */
function publishingSafely(client: RedisClientType): RedisClientType {
  const publish = (channel: string, message: string) =>
    client.publish(channel, message).catch((error: unknown) => {
      const now = Date.now();
      if (now - lastLostLogAt >= 5000) {
        lastLostLogAt = now;
        logger.warn(`Broadcast to other nodes lost (Redis: ${error instanceof Error ? error.message : String(error)})`);
      }
      return 0;
    });
  return new Proxy(client, {
    get(target, property) {
      if (property === 'publish' || property === 'PUBLISH') return publish;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
