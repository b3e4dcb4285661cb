import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { freshDatabaseUrl } from '../support/database.js';
import { ROOT, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Issue 15, item 1, against the built server and the built client as `npm start` serves them:
 * precompressed brotli/gzip with `Vary: Accept-Encoding`, hashed files immutable, index.html
 * revalidated, GraphQL answers compressed, no source map anywhere, and a player's entry that
 * does not carry the staff pages.
 */

const DIST = join(ROOT, 'client/dist');
const ADMIN_PASSWORD = 'Delivery-Password-1';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function fetchRaw(url: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Every file `key` loads before it runs: its static imports, transitively. */
function staticClosure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(DIST, path)];
  });
}

describe('Delivering the client to a phone on a weak network', () => {
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const entryFile = `/${manifest[entryKey].file}`;

  beforeAll(async () => {
    db = await freshDatabaseUrl('client_delivery');
    server = await startServerProcess({ DATABASE_URL: db.url, ADMIN_PASSWORD });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('sends a hashed file as the precompressed brotli or gzip, immutable for a year', async () => {
    const original = readFileSync(join(DIST, entryFile));
    const br = await fetchRaw(`${server.url}${entryFile}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 2);

    const gzip = await fetchRaw(`${server.url}${entryFile}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const plain = await fetchRaw(`${server.url}${entryFile}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('sends index.html compressed and revalidated, for the client routes too, and 304 when unchanged', async () => {
    for (const path of ['/', '/play/123456?unit=x', '/campaigns']) {
      const page = await fetchRaw(`${server.url}${path}`, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
      expect(page.status).toBe(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers.vary).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(page.body).toString()).toContain(entryFile);
    }
    const plain = await fetchRaw(`${server.url}/play/123456`, { accept: 'text/html' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain(entryFile);
    const first = await fetchRaw(`${server.url}/`, { accept: 'text/html', 'accept-encoding': 'br' });
    const again = await fetchRaw(`${server.url}/`, {
      accept: 'text/html',
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it('compresses a GraphQL answer above 1 KB and leaves a small one as it is', async () => {
    const token = await signIn(server.url, 'admin', ADMIN_PASSWORD);
    const query = JSON.stringify({ query: '{ units { id code name } }' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const large = await fetchRaw(`${server.url}/graphql`, { ...headers, 'accept-encoding': 'br, gzip' }, 'POST', query);
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers['content-type']).toMatch(/application\/(graphql-response\+)?json/);
    expect(JSON.parse(brotliDecompressSync(large.body).toString())).toHaveProperty('data');
    const gzip = await fetchRaw(`${server.url}/graphql`, { ...headers, 'accept-encoding': 'gzip' }, 'POST', query);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toHaveProperty('data');
    const small = await fetchRaw(
      `${server.url}/graphql`,
      { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      'POST',
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('has no source map in the build, and a request for one is a 404, as is the build manifest', async () => {
    expect(filesUnder(DIST).filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const path of [`${entryFile}.map`, '/assets/missing-0000.js', '/.vite/manifest.json']) {
      const reply = await fetchRaw(`${server.url}${path}`, { accept: '*/*' });
      expect(reply.status).toBe(404);
      expect(reply.body.toString()).not.toContain('<div id="root">');
    }
  });

  it("loads no staff page, chart or editor with the player's entry or the player's page", () => {
    const staff = Object.keys(manifest).filter((k) =>
      /features\/(campaigns\/campaign-routes|content\/content-routes|activities|commendation\/commendation-routes|people|users|contests\/contest-admin-routes|live\/components\/host)|dashboard-charts/.test(
        k,
      ),
    );
    expect(staff.length).toBeGreaterThan(5);
    const playPage = Object.keys(manifest).find((k) => k.endsWith('features/live/components/player/play-page.tsx'));
    expect(playPage).toBeDefined();
    const loaded = new Set([...staticClosure(manifest, entryKey), ...staticClosure(manifest, playPage!)]);
    expect(staff.filter((k) => loaded.has(k))).toEqual([]);
    // The English texts are fetched when chosen, not with the Vietnamese the entry carries.
    const english = Object.keys(manifest).find((k) => k.endsWith('locales/en.json'));
    expect(english && loaded.has(english)).toBe(false);
    expect(existsSync(join(DIST, `${manifest[entryKey].file}.br`))).toBe(true);
  });
});
