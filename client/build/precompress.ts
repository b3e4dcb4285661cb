import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/u;
/** Below this the compressed file saves less than the header costs. */
const THRESHOLD_BYTES = 1024;

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip -9) beside every text file of the
 * build, once, so the server sends them as they are (server/src/common/http/client-assets.ts)
 * instead of compressing on each request or not at all.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'thidua-precompress',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (name.startsWith('.')) continue; // the manifest in .vite/ is never served
          if (statSync(path).isDirectory()) walk(path);
          else if (COMPRESSIBLE.test(name)) compress(path);
        }
      };
      walk(outDir);
    },
  };
}

function compress(path: string): void {
  const raw = readFileSync(path);
  if (raw.length < THRESHOLD_BYTES) return;
  const brotli = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gzip = gzipSync(raw, { level: 9 });
  if (brotli.length < raw.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < raw.length) writeFileSync(`${path}.gz`, gzip);
}
