import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { freshDatabaseUrl } from '../support/database.js';
import { ROOT, signIn, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * Issue 15, item 1, against the built server and the built client as `npm start` serves them:
 * precompressed brotli/gzip with `Vary: Accept-Encoding`, hashed files immutable, index.html
 * revalidated, GraphQL answers compressed, no source map anywhere, and a player's page (play.html,
 * its own build on Preact) that carries neither the staff pages nor React DOM.
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
  css?: string[];
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
  const readManifest = (name: string) =>
    JSON.parse(readFileSync(join(DIST, '.vite', name), 'utf8')) as Record<string, ManifestChunk>;
  const manifest = readManifest('manifest.json');
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const entryFile = `/${manifest[entryKey].file}`;
  const playerManifest = readManifest('player-manifest.json');
  const playerEntry = `/${playerManifest['play.html'].file}`;

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
    const pages = {
      '/': entryFile,
      '/play/123456?unit=x': playerEntry,
      '/join?code=X': playerEntry,
      '/campaigns': entryFile,
    };
    for (const [path, entry] of Object.entries(pages)) {
      const page = await fetchRaw(`${server.url}${path}`, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
      expect(page.status).toBe(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers.vary).toMatch(/Accept-Encoding/i);
      const html = brotliDecompressSync(page.body).toString();
      expect(html).toContain(entry);
      expect(html).not.toContain(entry === entryFile ? playerEntry : entryFile);
    }
    const plain = await fetchRaw(`${server.url}/play/123456`, { accept: 'text/html' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain(playerEntry);
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

  it("loads no staff page, chart, editor or React DOM with the player's page, in under 100 KB of brotli", () => {
    const staff =
      /features\/(campaigns|content|activities|commendation|people|users|contests|live\/components\/host)|dashboard-charts|app\/router/;
    expect(Object.keys(manifest).filter((k) => staff.test(k)).length).toBeGreaterThan(5);
    expect(Object.keys(playerManifest).filter((k) => staff.test(k))).toEqual([]);
    const loaded = [...staticClosure(playerManifest, 'play.html')];
    const files = loaded.flatMap((k) => [playerManifest[k].file, ...(playerManifest[k].css ?? [])]);
    const code = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    // React DOM's production build links its errors to react.dev; the staff entry has it, the player's must not.
    expect(readFileSync(join(DIST, entryFile), 'utf8')).toContain('react.dev/errors');
    expect(code).not.toContain('react.dev/errors');
    // The English texts are fetched when chosen, not with the Vietnamese the entry carries.
    const english = Object.keys(playerManifest).find((k) => k.endsWith('locales/en.json'));
    expect(english && loaded.includes(english)).toBe(false);
    const brotli = files.reduce((sum, f) => sum + statSync(join(DIST, `${f}.br`)).size, 0);
    expect(brotli).toBeLessThan(100_000);
  });
});
