import type { ServerResponse } from 'node:http';
import type { EngineHost } from '../host/engine-host.ts';
import type { RunEventMessage } from '../shared/ipc/run.ts';

/** A comment line this often keeps proxies and the browser from taking a quiet run for a dead stream. */
export const HEARTBEAT_MS = 15_000;
/**
 * A client this far behind is cut off rather than buffered for without end; its
 * EventSource reconnects, and the renderer asks getRunStatus as after a reload.
 */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export interface EventStreamOptions {
  heartbeatMs?: number;
}

/** One `data:` line of JSON per message; JSON has no raw newline, so one line is enough. */
export function formatEvent(message: RunEventMessage): string {
  return `data: ${JSON.stringify(message)}\n\n`;
}

/**
 * Serves `GET /api/events` as `text/event-stream`: every run event from now on, as
 * the preload's onRunEvent delivers them. Returns the function that ends the stream
 * (the server calls it when it closes); it also ends when the client goes.
 */
export function openEventStream(
  response: ServerResponse,
  engine: Pick<EngineHost, 'subscribe'>,
  options: EventStreamOptions = {},
): () => void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  // A first line sends the headers now, so EventSource reports the stream open.
  response.write(': connected\n\n');

  let ended = false;
  const write = (text: string): void => {
    if (ended) return;
    if (response.writableLength > MAX_BUFFERED_BYTES) end();
    else response.write(text);
  };
  const unsubscribe = engine.subscribe((message) => write(formatEvent(message)));
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs ?? HEARTBEAT_MS);

  function end(): void {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    if (!response.writableEnded) response.end();
  }
  // The response's close, not the request's: a request closes once its (empty) body is read.
  response.once('close', end);
  response.once('error', end);
  return end;
}
