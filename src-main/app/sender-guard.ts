import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from '../host/app-protocol.ts';

/** What the guard needs to know of the frame that sent an IPC message. */
export interface SenderFrame {
  url: string;
  /** Only the top frame is the app; an iframe is never trusted, whatever it loads. */
  isMainFrame: boolean;
}

/**
 * Electron security checklist item 17: validate the sender of every IPC message.
 * Trusted is the app's own page in its main frame (app://detour/…) and, in
 * development only, the dev server's origin. A destroyed or navigated-away frame
 * (null) is not.
 */
export function isTrustedSender(frame: SenderFrame | null, devServerOrigin: string | null): boolean {
  if (frame === null || !frame.isMainFrame) return false;
  const url = URL.parse(frame.url);
  if (url === null || url.username !== '' || url.password !== '') return false;
  // A custom scheme's origin is "null" to the WHATWG parser, so compare scheme and host.
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  return devServerOrigin !== null && url.origin === devServerOrigin;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's origin, from electron-vite's ELECTRON_RENDERER_URL, when the app is
 * not packaged and the server is plain http on this machine; otherwise null, so a
 * packaged app trusts nothing but app:// whatever its environment says.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || rendererUrl === undefined) return null;
  const url = URL.parse(rendererUrl);
  if (url === null || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/** The page the window loads: the dev server when devServerOrigin trusts it, else the built app. */
export function rendererEntryUrl(rendererUrl: string | undefined, isPackaged: boolean): string {
  return rendererUrl !== undefined && devServerOrigin(rendererUrl, isPackaged) !== null ? rendererUrl : APP_ENTRY_URL;
}
