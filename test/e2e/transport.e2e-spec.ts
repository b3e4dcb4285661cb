import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { freshDatabaseUrl } from '../support/database.js';
import {
  graphql,
  ROOT,
  signIn,
  startServerProcess,
  tempDataDir,
  type ServerProcess,
} from '../support/server-process.js';

/**
 * Issue 16, items 1 and 7, against the built server as `npm start` runs it: HTTPS with the
 * LAN certificate `npm run tls:lan` makes, HSTS, the cleartext warning, and TRUST_PROXY's
 * default (none) for HTTP and sockets alike.
 */

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: string, ca?: string): Promise<Reply> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', ...(ca ? { ca } : {}) }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

function connect(url: string, options: { origin?: string; ca?: string } = {}): Promise<Socket> {
  const socket = io(`${url}/live`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: options.origin ? { origin: options.origin } : {},
    ...(options.ca ? { ca: options.ca } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

describe('transport and addresses (built server)', () => {
  const ADMIN_PASSWORD = 'Transport-Admin-2026';
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    db = await freshDatabaseUrl('transport');
  });
  afterAll(async () => {
    for (const s of servers) {
      await s.stop();
      rmSync(s.dataDir, { recursive: true, force: true });
    }
    await db?.drop();
  });

  it('serves HTTPS with the LAN certificate, with HSTS, and no warning; a cleartext request gets no page', async () => {
    const dataDir = tempDataDir();
    const printed = execFileSync(process.execPath, [join(ROOT, 'server/dist/scripts/lan-cert.js'), '127.0.0.1'], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir },
    }).toString();
    expect(printed).toContain('ca.crt');
    const ca = readFileSync(join(dataDir, 'tls', 'ca.crt'), 'utf8');

    const server = await startServerProcess({ DATABASE_URL: db.url, ADMIN_PASSWORD, HOST: '0.0.0.0' }, dataDir);
    servers.push(server);
    const url = `https://127.0.0.1:${server.port}`;

    // The certificate verifies against the local CA for the address (no rejectUnauthorized: false anywhere).
    const health = await get(`${url}/api/health`, ca);
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    // Without the CA a client refuses it: what a phone that has not trusted it sees as a warning.
    await expect(get(`${url}/api/health`)).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
    // Plain HTTP on the TLS port carries no page and no token.
    const plain = await get(`http://127.0.0.1:${server.port}/api/health`).then(
      (reply) => reply,
      () => null,
    );
    expect(plain === null || (plain.status !== 200 && !plain.body.includes('"status"'))).toBe(true);

    expect(server.output()).toMatch(/thidua is running: https:\/\//);
    expect(server.output()).not.toContain('NO TLS');

    // A sign-in goes over TLS, and the live socket too.
    const token = await new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        variables: { input: { username: 'admin', password: ADMIN_PASSWORD } },
      });
      const req = httpsRequest(
        `${url}/graphql`,
        {
          method: 'POST',
          ca,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            const parsed = JSON.parse(text) as { data?: { signIn?: { accessToken: string } } };
            if (parsed.data?.signIn) resolve(parsed.data.signIn.accessToken);
            else reject(new Error(text));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(token.split('.')).toHaveLength(3);
    const socket = await connect(url, { ca, origin: url });
    expect(socket.connected).toBe(true);
    socket.close();
  });

  it('warns loudly when it serves a network address in cleartext, and not on loopback', async () => {
    const open = await startServerProcess({ DATABASE_URL: db.url, ADMIN_PASSWORD, HOST: '0.0.0.0' });
    servers.push(open);
    expect(open.output()).toMatch(/NO TLS: listening on 0\.0\.0\.0 over plain HTTP/);
    const local = await startServerProcess({ DATABASE_URL: db.url, ADMIN_PASSWORD, TRUST_PROXY: 'none' });
    servers.push(local);
    expect(local.output()).not.toContain('NO TLS');
  });

  it('by default (TRUST_PROXY none) a forged X-Forwarded-For neither escapes the sign-in limit nor lands in the log', async () => {
    const server = await startServerProcess({ DATABASE_URL: db.url, ADMIN_PASSWORD, TRUST_PROXY: 'none' });
    servers.push(server);
    const reasons: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.66.0.${i + 1}` },
        body: JSON.stringify({
          query: 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
          variables: { input: { username: 'admin', password: `wrong-${i}` } },
        }),
      });
      const result = (await response.json()) as { errors?: { extensions?: { reason?: string } }[] };
      reasons.push(result.errors?.[0]?.extensions?.reason);
    }
    // Five free mistakes from the one real address, then growing delays: a new header each time changes nothing.
    expect(reasons.slice(0, 5).every((r) => r !== 'RATE_LIMITED')).toBe(true);
    expect(reasons.slice(5)).toContain('RATE_LIMITED');

    // The owner's right password from the same address waits out the delay (same pair); then it is let in.
    let admin: string | undefined;
    for (const deadline = Date.now() + 30_000; !admin && Date.now() < deadline;) {
      admin = await signIn(server.url, 'admin', ADMIN_PASSWORD).catch(async () => {
        await new Promise((r) => setTimeout(r, 1_000));
        return undefined;
      });
    }
    expect(admin).toBeDefined();
    const log = await graphql<{ signInEvents: { items: { address: string }[] } }>(
      server.url,
      '{ signInEvents { items { address } } }',
      {},
      admin,
    );
    expect(log.errors).toBeUndefined();
    const addresses = new Set(log.data!.signInEvents.items.map((e) => e.address));
    expect([...addresses].some((a) => a.startsWith('10.66.'))).toBe(false);
    expect([...addresses].some((a) => /127\.0\.0\.1|::1/.test(a))).toBe(true);
  });

  it('refuses a live socket from a foreign browser origin and admits its own origin and non-browsers', async () => {
    const server = servers[servers.length - 1];
    await expect(connect(server.url, { origin: 'https://evil.example' })).rejects.toThrow();
    const own = await connect(server.url, { origin: server.url });
    expect(own.connected).toBe(true);
    own.close();
    const tool = await connect(server.url);
    expect(tool.connected).toBe(true);
    tool.close();
  });
});
