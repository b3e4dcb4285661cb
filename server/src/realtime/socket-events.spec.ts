import type { SocketRefusal, SocketRefusalReason } from '@thidua/shared';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { io, type Socket as ClientSocket } from 'socket.io-client';
import { z } from 'zod';
import { refuse, refusals, type AckPolicy } from './socket-ack.js';
import { onSocketEvent, SocketEvents } from './socket-events.js';
import { SocketRateLimit } from './socket-rate-limit.js';
import { socketAdmission } from './live-socket.adapter.js';
import { clientAddress } from './socket-auth.js';

/**
 * The kit on a real socket.io server with real clients: what a phone or a screen
 * gets back for every kind of frame, and that nothing it sends breaks its
 * connection or anyone else's.
 */

interface TestEvents {
  echo: (payload: { text: string }) => void;
  join: (payload: { name: string }) => void;
  fail: (payload: { kind: string }) => void;
}

class TestError extends Error {
  constructor(readonly reason: 'NOT_FOUND') {
    super('not found');
  }
}

const payload = z.object({ text: z.string().min(1) });
type Refusal = SocketRefusal<'NOT_FOUND' | 'SERVER_ERROR' | SocketRefusalReason>;

describe('SocketEvents on a real socket.io server', () => {
  let http: HttpServer;
  let server: Server;
  let url: string;
  let register: (socket: Socket) => void = () => undefined;
  const clients: ClientSocket[] = [];
  const logged: string[] = [];
  const logger = { error: (message: string) => void logged.push(message) };

  beforeAll(async () => {
    http = createServer();
    // Admitted as the app's adapter admits: the test client connects from loopback, trusted here as a proxy.
    const admit = socketAdmission({ trustProxy: ['loopback'] });
    server = new Server(http, { allowRequest: (req, callback) => callback(null, admit(req)) });
    server.on('connection', (socket) => register(socket));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
    logged.length = 0;
  });
  afterAll(async () => {
    await server.close();
  });

  const connect = async (forwardedFor?: string): Promise<ClientSocket> => {
    const client = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });
    clients.push(client);
    await new Promise<void>((resolve, reject) => {
      client.once('connect', resolve);
      client.once('connect_error', reject);
    });
    return client;
  };
  const call = (client: ClientSocket, event: string, ...args: unknown[]) =>
    client.timeout(2000).emitWithAck(event, ...args) as Promise<unknown>;

  it('acks the handler result of a valid payload, and a refusal for a malformed one without calling it', async () => {
    const handled: string[] = [];
    const events = new SocketEvents<TestEvents, Refusal>({
      logger,
      acks: refusals<'NOT_FOUND' | 'SERVER_ERROR'>({ serverError: refuse('SERVER_ERROR', 'try again') }),
    });
    register = (socket) =>
      events.on(socket, 'echo', {
        schema: payload,
        handle: ({ text }) => {
          handled.push(text);
          return { ok: true, text };
        },
      });
    const client = await connect();
    expect(await call(client, 'echo', { text: 'xin chào' })).toEqual({ ok: true, text: 'xin chào' });
    for (const bad of [{ text: '' }, 'garbage', null, [1, 2], { text: { $gt: '' } }]) {
      expect(await call(client, 'echo', bad)).toEqual({
        ok: false,
        reason: 'INVALID_PAYLOAD',
        message: 'The message is malformed',
      });
    }
    expect(await call(client, 'echo')).toMatchObject({ reason: 'INVALID_PAYLOAD' });
    client.emit('echo', { text: 'no ack wanted' }); // no callback: handled, nothing sent, nothing breaks
    expect(await call(client, 'echo', { text: 'again' })).toEqual({ ok: true, text: 'again' });
    expect(handled).toEqual(['xin chào', 'no ack wanted', 'again']);
    expect(client.connected).toBe(true);
  });

  it('answers a refused error with its reason and an unexpected one with the server error, logging only that one', async () => {
    const events = new SocketEvents<TestEvents, Refusal>({
      logger,
      acks: refusals<'NOT_FOUND' | 'SERVER_ERROR'>({
        refused: (error) => (error instanceof TestError ? refuse(error.reason, error.message) : null),
        serverError: refuse('SERVER_ERROR', 'try again'),
      }),
    });
    register = (socket) =>
      events.on(socket, 'fail', {
        schema: z.object({ kind: z.enum(['known', 'unexpected', 'sync']) }),
        handle: ({ kind }) => {
          if (kind === 'sync') throw new Error('thrown before any promise');
          return Promise.reject(kind === 'known' ? new TestError('NOT_FOUND') : new Error('database down'));
        },
      });
    const client = await connect();
    expect(await call(client, 'fail', { kind: 'known' })).toEqual({
      ok: false,
      reason: 'NOT_FOUND',
      message: 'not found',
    });
    expect(logged).toEqual([]);
    expect(await call(client, 'fail', { kind: 'unexpected' })).toEqual({
      ok: false,
      reason: 'SERVER_ERROR',
      message: 'try again',
    });
    expect(await call(client, 'fail', { kind: 'sync' })).toMatchObject({ reason: 'SERVER_ERROR' });
    expect(logged).toHaveLength(2);
    expect(logged[0]).toContain('fail failed: Error: database down');
    expect(client.connected).toBe(true);
  });

  it('charges frame limits per connection before parsing, and attempt limits for well-formed payloads only', async () => {
    const frames = SocketRateLimit.perSocket(5, 60_000);
    const attempts = SocketRateLimit.perSocket(2, 60_000);
    const events = new SocketEvents<TestEvents, Refusal>({
      logger,
      limits: [frames],
      acks: refusals<'SERVER_ERROR'>({ serverError: refuse('SERVER_ERROR', 'try again') }),
    });
    register = (socket) =>
      events.on(socket, 'join', {
        schema: z.object({ name: z.string() }),
        attemptLimits: [attempts],
        attemptLimited: () => refuse('RATE_LIMITED', 'Too many attempts to join; wait a moment'),
        handle: () => ({ ok: true }),
      });
    const client = await connect();
    const reasons = async (sent: unknown[]) => {
      const out: unknown[] = [];
      for (const p of sent) out.push(((await call(client, 'join', p)) as { reason?: string }).reason ?? 'ok');
      return out;
    };
    // Two malformed frames cost a frame each but no attempt; the third attempt is refused with its own text.
    expect(await reasons([1, 2, { name: 'a' }, { name: 'b' }])).toEqual([
      'INVALID_PAYLOAD',
      'INVALID_PAYLOAD',
      'ok',
      'ok',
    ]);
    expect(await call(client, 'join', { name: 'c' })).toEqual({
      ok: false,
      reason: 'RATE_LIMITED',
      message: 'Too many attempts to join; wait a moment',
    });
    // The frame budget (5) is spent: even a malformed frame is now refused before it is parsed.
    expect(await call(client, 'join', 'garbage')).toEqual({
      ok: false,
      reason: 'RATE_LIMITED',
      message: 'Too many messages; slow down',
    });
    // Another connection has its own budget.
    expect(await call(await connect(), 'join', { name: 'd' })).toEqual({ ok: true });
    expect(client.connected).toBe(true);
  });

  it('gives handlers the client address (what per-address limits count) by the last hop of a trusted proxy', async () => {
    const events = new SocketEvents<TestEvents, Refusal>({
      logger,
      acks: refusals<'SERVER_ERROR'>({ serverError: refuse('SERVER_ERROR', 'try again') }),
    });
    register = (socket) =>
      events.on(socket, 'echo', { schema: payload, handle: () => ({ ok: true, address: clientAddress(socket) }) });
    // The test client connects from loopback, a trusted proxy: X-Forwarded-For names the client.
    const [a, b, c] = await Promise.all([connect('10.0.0.9'), connect('203.0.113.1, 10.0.0.9'), connect()]);
    const address = async (client: ClientSocket) =>
      ((await call(client, 'echo', { text: 'x' })) as { address: string }).address;
    expect([await address(a), await address(b), await address(c)]).toEqual(['10.0.0.9', '10.0.0.9', '127.0.0.1']);
  });

  it('uses an event’s own ack shape, sends no ack when its policy says so, and shows every ack to `sent`', async () => {
    type Status = { status: 'accepted' | 'rejected'; reason?: string };
    const statusAcks: AckPolicy<Status> = {
      rateLimited: () => ({ status: 'rejected', reason: 'RATE_LIMITED' }),
      invalidPayload: () => ({ status: 'rejected', reason: 'INVALID_RESPONSE' }),
      refused: () => null,
      serverError: () => null,
    };
    const seen: string[] = [];
    const events = new SocketEvents<TestEvents, Refusal>({
      logger,
      acks: refusals<'SERVER_ERROR'>({ serverError: refuse('SERVER_ERROR', 'try again') }),
    });
    register = (socket) =>
      events.onWith(socket, 'echo', statusAcks, {
        schema: payload,
        handle: ({ text }, { receivedAt }): Status | Promise<Status> => {
          expect(receivedAt).toBeLessThanOrEqual(Date.now());
          return text === 'lost' ? Promise.reject(new Error('commit failed')) : { status: 'accepted' };
        },
        sent: (ack) => void seen.push(ack.reason ?? ack.status),
      });
    const client = await connect();
    expect(await call(client, 'echo', { text: 'a' })).toEqual({ status: 'accepted' });
    expect(await call(client, 'echo', { nope: 1 })).toEqual({ status: 'rejected', reason: 'INVALID_RESPONSE' });
    await expect(client.timeout(300).emitWithAck('echo', { text: 'lost' })).rejects.toThrow();
    expect(seen).toEqual(['accepted', 'INVALID_RESPONSE']);
    expect(logged).toHaveLength(1);
    expect(client.connected).toBe(true);
  });

  it('registers through the plain function too, for a namespace without shared limits', async () => {
    register = (socket) =>
      onSocketEvent(
        socket,
        'echo',
        { schema: payload, handle: ({ text }) => ({ ok: true, length: text.length }) },
        refusals<'SERVER_ERROR'>({ serverError: refuse('SERVER_ERROR', 'try again') }),
        logger,
      );
    expect(await call(await connect(), 'echo', { text: 'abc' })).toEqual({ ok: true, length: 3 });
  });
});
