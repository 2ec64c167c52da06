/**
 * Where the app's pages may go (Electron security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security): nowhere.
 * Item 13: no navigation away from the app, not even to another app page (the
 * renderer routes inside its one document); in development, only the dev server's
 * reload of the app's own page. Item 14: no new windows.
 * Item 15: a link opens in the system browser only when it is https to a host
 * of this list, so a page that got script injected cannot hand the OS a
 * `file:`, `smb:` or custom-scheme URL to open.
 */

/**
 * Sites the app links to: help on circumvention tools and on measuring censorship.
 * Exact hosts, no wildcards, because the list is the whole of what the app may open.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'www.torproject.org', // Tor Browser downloads and help
  'torproject.org',
  'support.torproject.org',
  'tb-manual.torproject.org',
  'ooni.org', // OONI Probe and what its measurements mean
  'explorer.ooni.org',
  'psiphon.ca', // Psiphon downloads
  'www.psiphon.ca',
]);

/** What to do with a window-open attempt, or a navigation that is not a dev reload: deny, maybe open a link outside. */
export interface DenyDecision {
  action: 'deny';
  /** The normalised URL to hand to the system browser, or null. */
  openExternally: string | null;
}

/** A navigation is denied, or (in development only) allowed to reload the dev server's page. */
export type NavigationDecision = DenyDecision | { action: 'allow' };

/** What the rule needs of Electron's `will-frame-navigate` event. */
export interface NavigationRequest {
  url: string;
  isMainFrame: boolean;
}

/**
 * The rule for navigations. A same-document navigation (a fragment change) does not
 * leave the page and is no concern here; callers pass only real navigations. In
 * `npm run dev` (devServerOrigin from sender-guard.ts, null when packaged or built)
 * the window's own page on the dev server may load again: that is how Vite's dev
 * server applies a change it cannot hot-swap (a full reload). Nothing else may.
 */
export function decideNavigation(request: NavigationRequest, devServerOrigin: string | null): NavigationDecision {
  if (devServerOrigin !== null && request.isMainFrame && isOnOrigin(request.url, devServerOrigin)) {
    return { action: 'allow' };
  }
  return decideWindowOpen(request.url);
}

/** `window.open` and target=_blank links: never a window of the app, maybe the system browser. */
export function decideWindowOpen(url: string): DenyDecision {
  return { action: 'deny', openExternally: allowedExternalLink(url) };
}

function isOnOrigin(url: string, origin: string): boolean {
  const parsed = URL.parse(url);
  return parsed !== null && parsed.username === '' && parsed.password === '' && parsed.origin === origin;
}

/** The URL itself when it is a plain https link to an allowed host; null otherwise. */
export function allowedExternalLink(url: string): string | null {
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== 'https:') return null;
  // Credentials or an odd port would make a look-alike of an allowed site.
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  return EXTERNAL_LINK_HOSTS.has(parsed.hostname) ? parsed.href : null;
}
