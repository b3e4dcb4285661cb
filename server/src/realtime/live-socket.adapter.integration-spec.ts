import type { INestApplicationContext } from '@nestjs/common';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { LiveSocketAdapter } from './live-socket.adapter.js';

/**
 * Two nodes' socket.io servers sharing rooms through a redis-server of the test's own,
 * which is killed while one node floods broadcasts: no unhandled rejection (Node would
 * end the process), and broadcasts cross the nodes again once Redis is back.
 */
const haveRedisServer = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
const describeIf = haveRedisServer ? describe : describe.skip;
if (!haveRedisServer) process.stdout.write('live-socket.adapter: skipped, no redis-server on this machine\n');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Node {
  http: HttpServer;
  io: Server;
  adapter: LiveSocketAdapter;
  url: string;
}

async function startNode(redisUrl: string): Promise<Node> {
  const http = createServer();
  const adapter = new LiveSocketAdapter(http as unknown as INestApplicationContext);
  await adapter.connectToRedis(redisUrl);
  const io = adapter.createIOServer(0);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { http, io, adapter, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

describeIf('the socket.io Redis adapter when Redis goes away', () => {
  let port: number;
  let redis: ChildProcess | null = null;
  const nodes: Node[] = [];
  let client: Socket | null = null;

  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await sleep(300);
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
  });
  afterAll(async () => {
    client?.disconnect();
    // Bounded: a node that cannot close must fail this hook with a reason, not hang the run.
    const within = (work: Promise<unknown>, what: string) =>
      Promise.race([
        work,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`${what} did not close in 10 s`)), 10_000).unref(),
        ),
      ]);
    try {
      for (const n of nodes) {
        n.io.disconnectSockets(true);
        await within(n.io.close(), 'socket.io server');
        await within(n.adapter.dispose(), 'Redis adapter');
      }
    } finally {
      redis?.kill('SIGKILL');
    }
  });

  it('survives broadcasts in flight when Redis dies, and carries them across nodes once it is back', async () => {
    const [a, b] = [await startNode(`redis://127.0.0.1:${port}`), await startNode(`redis://127.0.0.1:${port}`)];
    nodes.push(a, b);
    b.io.on('connection', (socket) => void socket.join('screens'));
    client = connect(b.url, { transports: ['websocket'], forceNew: true });
    const received: number[] = [];
    client.on('hello', (n: number) => received.push(n));
    await new Promise<void>((resolve) => client!.once('connect', () => resolve()));
    await sleep(100); // the join
    const reaches = async (n: number) => {
      const deadline = Date.now() + 15_000;
      while (!received.includes(n)) {
        if (Date.now() > deadline) throw new Error(`broadcast ${n} never reached the other node`);
        a.io.to('screens').emit('hello', n);
        await sleep(100);
      }
    };
    await reaches(1);

    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const flood = setInterval(() => {
        for (let i = 0; i < 50; i += 1) a.io.to('screens').emit('hello', 0);
      }, 1);
      await sleep(300);
      redis!.kill('SIGKILL');
      await sleep(700);
      clearInterval(flood);
      await sleep(100);
      expect(unhandled).toEqual([]);

      await startRedis();
      await reaches(2);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, 30_000);
});
