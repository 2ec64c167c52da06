import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The web mode's secret: whoever knows it is the user. It is printed once, in the URL
 * the user opens, and every API request must carry it. Any program on this machine
 * can reach 127.0.0.1, and a web page in the user's browser can send it requests:
 * neither knows the token.
 */
export const TOKEN_HEADER = 'x-detour-token';
export const TOKEN_QUERY = 'token';

/** 256 random bits, URL-safe without encoding. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Whether `given` is the token, in time that does not depend on where they differ.
 * Both sides are hashed first, so the comparison also takes the same time whatever
 * the length of what was given (timingSafeEqual refuses inputs of unequal length).
 */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given === '' || expected === '') return false;
  return timingSafeEqual(digest(given), digest(expected));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** The token a request carries in its header; a header sent twice counts as none. */
export function tokenFromHeader(headers: IncomingHttpHeaders): string | null {
  const value = headers[TOKEN_HEADER];
  return typeof value === 'string' ? value : null;
}

/** The token in a request's query string (the page itself, and EventSource, which cannot set headers). */
export function tokenFromQuery(search: URLSearchParams): string | null {
  const values = search.getAll(TOKEN_QUERY);
  return values.length === 1 ? (values[0] ?? null) : null;
}
