/**
 * Where the app's pages may go (Electron security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security): nowhere.
 * Item 13: no navigation away from the app, not even to another app page (the
 * renderer routes inside its one document). Item 14: no new windows.
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

/** What to do with a navigation or window-open attempt: always deny, maybe open a link outside. */
export interface NavigationDecision {
  action: 'deny';
  /** The normalised URL to hand to the system browser, or null. */
  openExternally: string | null;
}

/**
 * The one rule for navigation and `window.open` alike. A same-document navigation
 * (a fragment change) does not leave the page and is no concern here; Electron does
 * not ask about it, and callers pass only real navigations.
 */
export function decideNavigation(url: string): NavigationDecision {
  return { action: 'deny', openExternally: allowedExternalLink(url) };
}

/** The URL itself when it is a plain https link to an allowed host; null otherwise. */
export function allowedExternalLink(url: string): string | null {
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== 'https:') return null;
  // Credentials or an odd port would make a look-alike of an allowed site.
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  return EXTERNAL_LINK_HOSTS.has(parsed.hostname) ? parsed.href : null;
}
