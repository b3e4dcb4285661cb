import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { derivedFromFile } from '../files/file-derived.js';
import { compressResponses } from './compress-responses.js';

/** Vite's hashed files: a new build gives new names, so a browser may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html first): revalidated on every visit, a 304 when unchanged. */
export const REVALIDATE = 'no-cache';

/** Precompressed siblings written by the client build (client/build/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** One file of the built client and the precompressed variants beside it. */
interface ClientFile {
  path: string;
  encodings: Set<string>;
}

/**
 * The built client's files, in front of the index.html fallback (bootstrap's `serveClient`):
 * brotli or gzip when the browser accepts it (the build's precompressed files, never compressed
 * per request) with `Vary: Accept-Encoding`, hashed files under /assets immutable for a year,
 * the others revalidated. A missing file under /assets, a dot path (the build manifest) and any
 * source map are a 404, not the app. For the client's routes it only prepares the answer: the
 * fallback's index.html goes precompressed, or compressed if it is rendered per request.
 */
export function serveClientAssets(
  app: NestExpressApplication,
  clientDist: string,
  apiPrefixes: readonly string[],
): void {
  if (!existsSync(join(clientDist, 'index.html'))) return;
  // Listed again when a rebuild rewrites index.html or adds files (the precompressed ones come last):
  // the new hashed files are served, the old ones go.
  const listing = derivedFromFile(join(clientDist, 'index.html'), () => listClientFiles(clientDist), {
    alsoWatch: [clientDist, join(clientDist, 'assets')],
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/graphql' || apiPrefixes.some((p) => req.path.startsWith(p))) return next();
    const files = listing();
    const file = files.get(req.path);
    if (file && req.path !== '/index.html') {
      return sendClientFile(req, res, file, req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE, next);
    }
    if (req.path.startsWith('/assets/') || req.path.includes('/.') || req.path.endsWith('.map')) {
      res.status(404).type('text').send('Not found');
      return;
    }
    const sendFile = res.sendFile.bind(res);
    res.sendFile = (path: string, ...rest: unknown[]) => {
      res.sendFile = sendFile;
      const known = [...files.values()].find((f) => f.path === path);
      if (known) return sendClientFile(req, res, known, REVALIDATE, next);
      return (sendFile as (path: string, ...more: unknown[]) => void)(path, ...rest);
    };
    compressResponses(req, res, next);
  });
}

function sendClientFile(req: Request, res: Response, file: ClientFile, cacheControl: string, next: NextFunction): void {
  const accepted = new Set(req.acceptsEncodings());
  const encoding = ENCODINGS.find((e) => file.encodings.has(e.name) && accepted.has(e.name));
  res.setHeader('Cache-Control', cacheControl);
  if (file.encodings.size > 0) res.vary('Accept-Encoding');
  // The type of the file itself, not of its `.br`/`.gz` sibling (send keeps a type already set).
  res.type(extname(file.path));
  if (encoding) res.setHeader('Content-Encoding', encoding.name);
  const path = encoding ? file.path + encoding.suffix : file.path;
  res.sendFile(path, { cacheControl: false, dotfiles: 'deny' }, (error) => {
    if (error && !res.headersSent) next(error);
  });
}

/** The built client's files by URL path. */
function listClientFiles(clientDist: string): Map<string, ClientFile> {
  const files = new Map<string, ClientFile>();
  if (!existsSync(join(clientDist, 'index.html'))) return files;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // Dot folders and files (the build manifest in .vite/) are the build's, not the browser's.
      if (name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.br') && !name.endsWith('.gz') && !name.endsWith('.map')) {
        const encodings = new Set(ENCODINGS.filter((e) => existsSync(path + e.suffix)).map((e) => e.name));
        files.set('/' + relative(clientDist, path).split(sep).join('/'), { path, encodings });
      }
    }
  };
  walk(clientDist);
  return files;
}
