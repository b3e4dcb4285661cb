import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { MAX_SOCKET_PAYLOAD_BYTES } from '@thidua/shared';
import { createClient, type RedisClientType } from 'redis';
import type { Server, ServerOptions } from 'socket.io';

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
 */
export class LiveSocketAdapter extends IoAdapter {
  private redisAdapter: ReturnType<typeof createAdapter> | null = null;
  private readonly redisClients: RedisClientType[] = [];

  constructor(app: INestApplicationContext) {
    super(app);
  }

  async connectToRedis(url: string): Promise<void> {
    const pub: RedisClientType = createClient({ url });
    const sub: RedisClientType = pub.duplicate();
    for (const c of [pub, sub]) c.on('error', () => undefined); // reconnects by itself; the coordinator logs Redis errors
    await Promise.all([pub.connect(), sub.connect()]);
    this.redisClients.push(pub, sub);
    this.redisAdapter = createAdapter(pub, sub, { key: 'thidua:socket.io' });
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
    } as ServerOptions);
    if (this.redisAdapter) server.adapter(this.redisAdapter);
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.allSettled(this.redisClients.splice(0).map((c) => c.close()));
  }
}
