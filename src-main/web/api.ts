import type { IncomingMessage, ServerResponse } from 'node:http';
import { validatedHandler, type InternalErrorSink, type ValidatedHandler } from '../host/validated-handler.ts';
import { ACTION_CHANNELS, ACTION_NAMES, type ActionName } from '../shared/ipc/channels.ts';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import { fail, type IpcErrorCode, type IpcResult } from '../shared/ipc/result.ts';

/**
 * The HTTP face of the IPC contract: `POST /api/<channel>` (the IPC channel name,
 * `detour:start-run`) with the request as a JSON body, answered with the same
 * `{ ok, value } | { ok: false, error }` as IPC, behind the same payload check.
 */
export const API_PREFIX = '/api/';
/** The server-sent events of the runs: the preload's onRunEvent. */
export const EVENTS_PATH = '/api/events';

/**
 * Large enough for the contract's largest request (MAX_TARGETS entries of a few
 * hundred bytes each), small enough that no request can make the server hoard memory.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * The actions that carry whole reports: a report file a workshop participant handed
 * over (at most 50 MiB, more once written as a JSON string), or reports sent back to
 * be exported. Only these may send this much; the rest keep MAX_BODY_BYTES.
 */
export const REPORT_CHANNELS: ReadonlySet<string> = new Set([
  ACTION_CHANNELS.exportReport,
  ACTION_CHANNELS.readReportText,
]);
export const MAX_REPORT_BODY_BYTES = 256 * 1024 * 1024;

/** The most a request to `channel` may send. */
export function bodyLimitOf(channel: string, limit: number): number {
  return REPORT_CHANNELS.has(channel) ? Math.max(limit, MAX_REPORT_BODY_BYTES) : limit;
}

export type HttpDispatch = (channel: string) => ValidatedHandler<ActionName> | undefined;

/** One payload-checked handler per channel, as ipc-main registers them. */
export function createHttpDispatch(handlers: ActionHandlers, onInternalError: InternalErrorSink): HttpDispatch {
  const byChannel = new Map<string, ValidatedHandler<ActionName>>(
    ACTION_NAMES.map((action) => [
      ACTION_CHANNELS[action],
      validatedHandler(action, handlers[action], onInternalError),
    ]),
  );
  return (channel) => byChannel.get(channel);
}

/** The channel a path names under /api/, or null when it does not decode. */
export function channelOfPath(pathname: string): string | null {
  if (!pathname.startsWith(API_PREFIX)) return null;
  try {
    return decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    return null;
  }
}

/**
 * HTTP statuses for transport: 400 when the payload fails the schema, 500 when a
 * handler threw. A refusal the contract expects (busy, consent-required…) is a
 * correct answer to a correct request: 200, as IPC would deliver it.
 */
export function statusOf(result: IpcResult<unknown>): number {
  if (result.ok) return 200;
  const statuses: Partial<Record<IpcErrorCode, number>> = { 'bad-request': 400, forbidden: 403, internal: 500 };
  return statuses[result.error.code] ?? 200;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    })
    .end(text);
}

export function sendError(
  response: ServerResponse,
  status: number,
  code: IpcErrorCode,
  message?: string,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, fail(code, message), headers);
}

/**
 * One large body at a time. A report can be hundreds of MiB once sent as JSON text,
 * and reading, parsing and handling one costs several times that in memory: two at
 * once would be enough to exhaust the machine. A request that would be the second is
 * answered 429 (RFC 6585 §4) before its body is read. The page itself sends one
 * report at a time: only a second client (or a hostile one with the token) meets it.
 */
export class LargeBodyGate {
  #busy = false;

  /** Takes the one place; false when another large body holds it. */
  tryEnter(): boolean {
    if (this.#busy) return false;
    this.#busy = true;
    return true;
  }

  leave(): void {
    this.#busy = false;
  }
}

/** A body larger than `above` bytes is large: it needs the gate's one place. */
export interface LargeBodies {
  above: number;
  gate: LargeBodyGate;
}

/** `large`: this body took the gate's place, to be left once the request is answered. */
export type BodyResult =
  { ok: true; payload: unknown; large: boolean } | { ok: false; status: 400 | 413 | 429; large: boolean };

/**
 * The request's JSON body; an empty body is `undefined`, as an action without a
 * payload receives over IPC. Past `limit` bytes the rest is left unread (Node discards
 * it once the answer is sent, keeping the connection usable, so the client reads the
 * 413 rather than a reset). With `large`, a body past `large.above` bytes (declared or
 * read) must take the gate's place first, or is answered 429 unread.
 */
export function readJsonBody(
  request: IncomingMessage,
  limit = MAX_BODY_BYTES,
  large?: LargeBodies,
): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false, status: 413, large: false });
  let entered = false;
  const needsPlace = (size: number): boolean => large !== undefined && size > large.above && !entered;
  if (needsPlace(declared)) {
    if (large?.gate.tryEnter() !== true) return Promise.resolve({ ok: false, status: 429, large: false });
    entered = true;
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (status: 400 | 413 | 429): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.resume();
      resolve({ ok: false, status, large: entered });
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) return stop(413);
      if (needsPlace(size)) {
        if (large?.gate.tryEnter() !== true) return stop(429);
        entered = true;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({ ok: true, payload: undefined, large: entered });
      try {
        resolve({ ok: true, payload: JSON.parse(text) as unknown, large: entered });
      } catch {
        resolve({ ok: false, status: 400, large: entered });
      }
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.once('error', () => resolve({ ok: false, status: 400, large: entered }));
  });
}
