import { GRAPHQL_UPLOAD_PATH } from '@thidua/shared';
import { json } from 'express';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';

/** Largest JSON body on /graphql and the other JSON routes: far above any query or form the client sends. */
export const GRAPHQL_BODY_LIMIT_BYTES = 64 * 1024;

/** Largest JSON body on the upload path: a 5 MiB evidence file base64-encoded (6.7 MB) plus the envelope. */
export const UPLOAD_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Longest list in a request's variables: the largest `@ArrayMaxSize` of any input
 * (a contest's questions, 2000). Each input still has its own, smaller maximum,
 * checked after coercion; this one keeps coercion itself cheap.
 */
export const MAX_LIST_LENGTH = 2000;

/** Nesting of JSON values walked at most: deeper than any input of the schema. */
const MAX_NESTING = 32;

const UPLOAD = Symbol('upload request');

/** True when the request came in on the upload path (then rewritten to /graphql). */
export function isUploadRequest(req: Request): boolean {
  return (req as Request & { [UPLOAD]?: boolean })[UPLOAD] === true;
}

/** A JSON refusal in GraphQL's error shape, with a code and a reason the client can read. */
export function refuseRequest(res: Response, status: number, code: string, reason: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, reason } }] });
}

/**
 * JSON bodies by route: 64 KB everywhere, 8 MB on the upload path, which then runs
 * the same Apollo handler as /graphql (its URL is rewritten; `isUploadRequest` tells
 * the two apart). The limit is the body parser's: a declared length over it is
 * refused before a byte is read, a chunked body as soon as it passes the limit, and
 * neither is parsed. The refusal is a 413 in GraphQL's error shape.
 */
export function jsonBodyLimits(): (RequestHandler | ErrorRequestHandler)[] {
  const small = json({ limit: GRAPHQL_BODY_LIMIT_BYTES });
  const large = json({ limit: UPLOAD_BODY_LIMIT_BYTES });
  const parse: RequestHandler = (req, res, next) => {
    if (req.path !== GRAPHQL_UPLOAD_PATH) return small(req, res, next);
    if (req.method !== 'POST') {
      refuseRequest(res, 405, 'BAD_REQUEST', 'METHOD_NOT_ALLOWED', `${GRAPHQL_UPLOAD_PATH} takes POST only`);
      return;
    }
    (req as Request & { [UPLOAD]?: boolean })[UPLOAD] = true;
    const query = req.url.indexOf('?');
    req.url = `/graphql${query >= 0 ? req.url.slice(query) : ''}`;
    return large(req, res, next);
  };
  return [parse, bodyParserErrors];
}

function bodyParserErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    const limit = isUploadRequest(req) ? UPLOAD_BODY_LIMIT_BYTES : GRAPHQL_BODY_LIMIT_BYTES;
    const where = isUploadRequest(req) ? 'on the upload path' : `here (files go to ${GRAPHQL_UPLOAD_PATH})`;
    refuseRequest(
      res,
      413,
      'PAYLOAD_TOO_LARGE',
      'BODY_TOO_LARGE',
      `The request body is larger than ${limit} bytes ${where}`,
    );
    return;
  }
  if (type === 'entity.parse.failed') {
    refuseRequest(res, 400, 'BAD_REQUEST', 'INVALID_JSON', 'The request body is not valid JSON');
    return;
  }
  if (typeof type === 'string') {
    refuseRequest(res, 400, 'BAD_REQUEST', 'INVALID_BODY', 'The request body could not be read');
    return;
  }
  next(error);
}

/** The path of the first list longer than `max` in a JSON value, or null (walks at most MAX_NESTING levels). */
export function overlongList(value: unknown, max: number, path = 'variables', depth = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_NESTING) return path;
  if (Array.isArray(value)) {
    if (value.length > max) return path;
    for (let i = 0; i < value.length; i += 1) {
      const found = overlongList(value[i], max, `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = overlongList(item, max, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses variables holding a list longer than MAX_LIST_LENGTH before Apollo
 * coerces them (coercion walks and copies every item: 900k ids took 1.4 s).
 */
export function rejectLongLists(req: Request, res: Response, next: NextFunction): void {
  const variables: unknown = (req.body as { variables?: unknown } | undefined)?.variables;
  const path = overlongList(variables, MAX_LIST_LENGTH);
  if (path) {
    refuseRequest(
      res,
      400,
      'BAD_REQUEST',
      'LIST_TOO_LONG',
      `${path} is nested too deeply or has more than ${MAX_LIST_LENGTH} items`,
    );
    return;
  }
  next();
}
