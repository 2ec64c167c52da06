import { createDetourApi, type Invoke, type SubscribeRunEvents } from '../../src-main/shared/ipc/client.ts';
import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { RunEventMessage } from '../../src-main/shared/ipc/run.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser, where web mode serves the same API over HTTP. */
    detour?: DetourApi;
  }
}

/**
 * The web mode server's side of the same names (src-main/web/api.ts and token.ts); the
 * renderer may not import them from there. tests/lab/web-server.test.ts drives this
 * client against the real server, which keeps the two in step.
 */
const API_PREFIX = '/api/';
const EVENTS_PATH = '/api/events';
const TOKEN_HEADER = 'x-detour-token';
const TOKEN_QUERY = 'token';

/** What the client needs of an EventSource, so a test can hand in another implementation. */
export interface EventSourceLike {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface WebApiOptions {
  /** The token of the address web mode printed (the page's own `?token=`). */
  token: string;
  /** The server's origin; '' (the default) is the page's own. */
  baseUrl?: string;
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  openEventSource?: (url: string) => EventSourceLike;
}

/** What decides where the API comes from: the page's own facts. */
export interface PageFacts {
  /** window.detour, which only the Electron preload sets. */
  detour: DetourApi | undefined;
  userAgent: string;
  /** location.protocol: 'app:' for the built desktop app. */
  protocol: string;
}

/** Where this page's API comes from; `missing-preload` when the desktop app's preload did not run. */
export type BridgeKind = 'preload' | 'web' | 'missing-preload';

/**
 * In Electron the API can only come from the preload: its CSP (connect-src 'none')
 * blocks web mode's HTTP, so falling back to it would leave every action answering
 * "internal … got no answer" with no word of why. Electron names itself in its user
 * agent ("Electron/45.…"), and the built app is the only page served from app://.
 */
export function bridgeKind(page: PageFacts): BridgeKind {
  if (page.detour !== undefined) return 'preload';
  return page.protocol === 'app:' || /\bElectron\/\d/.test(page.userAgent) ? 'missing-preload' : 'web';
}

/**
 * `window.detour` in the desktop app (the preload puts it there); in a browser, the
 * same API over web mode's HTTP and server-sent events; null in a desktop app whose
 * preload is missing, for which main.tsx shows the missing-preload screen instead.
 * The renderer calls this and otherwise never needs to know which it got.
 */
export function detourApi(): DetourApi | null {
  const page = { detour: window.detour, userAgent: navigator.userAgent, protocol: window.location.protocol };
  switch (bridgeKind(page)) {
    case 'preload':
      return page.detour ?? null;
    case 'missing-preload':
      return null;
    case 'web':
      webApi ??= createWebDetourApi({ token: new URLSearchParams(window.location.search).get(TOKEN_QUERY) ?? '' });
      return webApi;
  }
}
let webApi: DetourApi | undefined;

/** The HTTP client of web mode, built from the same contract as the preload's. */
export function createWebDetourApi(options: WebApiOptions): DetourApi {
  const base = options.baseUrl ?? '';
  const send = options.fetch ?? ((url, init) => fetch(url, init));
  const openSource = options.openEventSource ?? ((url) => new EventSource(url));

  const invoke: Invoke = async (channel, payload) => {
    const response = await send(`${base}${API_PREFIX}${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
      // An action without a payload sends no body, which the server reads as undefined, as over IPC.
      body: payload === undefined ? null : JSON.stringify(payload),
      credentials: 'omit',
      cache: 'no-store',
    });
    // Every API answer is the contract's result, also a 4xx; anything else (a proxy's
    // error page) throws, and createDetourApi turns that into `internal`.
    const answer: unknown = await response.json();
    if (!isResult(answer)) throw new Error(`${channel}: not an answer of the contract`);
    return answer;
  };

  // One EventSource for all listeners: a browser allows six connections to a host,
  // and each open stream holds one for good.
  const listeners = new Set<(message: RunEventMessage) => void>();
  let source: EventSourceLike | null = null;
  const subscribe: SubscribeRunEvents = (listener) => {
    // Its own entry, so the same function subscribed twice is two subscriptions, as with ipcRenderer.on.
    const entry = (message: RunEventMessage): void => listener(message);
    listeners.add(entry);
    if (source === null) {
      source = openSource(`${base}${EVENTS_PATH}?${TOKEN_QUERY}=${encodeURIComponent(options.token)}`);
      source.addEventListener('message', (event) => {
        const message = parseRunEvent(event.data);
        if (message !== null) for (const each of [...listeners]) each(message);
      });
    }
    return () => {
      if (!listeners.delete(entry) || listeners.size > 0) return;
      source?.close();
      source = null;
    };
  };

  return createDetourApi(invoke, subscribe);
}

function isResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** A message of the stream; like the preload, the client trusts its own server's shapes beyond this. */
function parseRunEvent(data: unknown): RunEventMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { kind, runId } = value as { kind?: unknown; runId?: unknown };
    return (kind === 'event' || kind === 'run-failed') && typeof runId === 'string' ? (value as RunEventMessage) : null;
  } catch {
    return null;
  }
}
