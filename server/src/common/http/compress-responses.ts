import type { NextFunction, Request, Response } from 'express';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Below this a compressed body saves less than the header costs. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Compresses the JSON answers of /graphql (Apollo sends each with one `res.send`): brotli at a
 * fast quality, else gzip, above 1 KB, when the client accepts it. A phone on a weak network
 * gets a unit list or a board in a fifth of the bytes. The socket.io frames are left alone (see
 * realtime/live-socket.adapter.ts).
 */
export function compressResponses(req: Request, res: Response, next: NextFunction): void {
  const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
  if (encoding !== 'br' && encoding !== 'gzip') return next();
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const raw = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : null;
    res.vary('Accept-Encoding');
    if (!raw || raw.length < COMPRESS_THRESHOLD_BYTES || res.getHeader('Content-Encoding') || req.method === 'HEAD')
      return send(body);
    if (!res.getHeader('Content-Type')) res.type('json');
    res.setHeader('Content-Encoding', encoding);
    const compressed =
      encoding === 'br'
        ? brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          })
        : gzipSync(raw, { level: 6 });
    return send(compressed);
  };
  next();
}
