import type { NextFunction, Request, Response } from 'express';
import { refuseRequest } from './request-limits.js';

/**
 * C0 controls except tab, line feed and carriage return; DEL; C1 controls. No text
 * of ours holds them, and PostgreSQL refuses NUL in text ("invalid byte sequence"),
 * which came back as a 500 with a stack trace in the log.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/; // eslint-disable-line no-control-regex

/** Nesting walked at most; deeper values are refused by the list and depth check. */
const MAX_NESTING = 32;

/** Where the first control character is in a JSON value (a key or a string), or null. */
export function controlCharacterAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > MAX_NESTING) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = controlCharacterAt(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (CONTROL.test(key)) return `${path} (a key)`;
    const found = controlCharacterAt(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

function urlControlCharacter(url: string): boolean {
  try {
    return CONTROL.test(decodeURIComponent(url));
  } catch {
    return true; // a malformed escape is refused the same way
  }
}

/**
 * Refuses a request whose URL or JSON body holds a control character, with a 400
 * naming where, before any route runs (so nothing reaches the database).
 */
export function rejectControlCharacters(req: Request, res: Response, next: NextFunction): void {
  if (urlControlCharacter(req.originalUrl)) {
    refuseRequest(res, 400, 'BAD_REQUEST', 'CONTROL_CHARACTER', 'The address holds a control character');
    return;
  }
  const body: unknown = req.body;
  const where = body === undefined ? null : controlCharacterAt(body, 'body');
  if (where) {
    const field = where.replace(/^body\.variables\./, '').replace(/^body\./, '');
    refuseRequest(res, 400, 'BAD_REQUEST', 'CONTROL_CHARACTER', `${field} holds a control character`);
    return;
  }
  next();
}
