import { PRODUCTION_CSP } from '../host/csp.ts';

/**
 * The desktop app's production CSP with one change: `connect-src 'self'`. In Electron
 * the renderer has no network and talks to the main process over IPC; in web mode the
 * same renderer talks to this server over HTTP (fetch) and server-sent events
 * (EventSource), both governed by connect-src, so it must reach its own origin. It
 * still reaches nothing else: every probe runs in the engine, in this process.
 */
export const WEB_CSP = PRODUCTION_CSP.replace("connect-src 'none'", "connect-src 'self'");
if (WEB_CSP === PRODUCTION_CSP) throw new Error("the production CSP no longer says connect-src 'none'");
