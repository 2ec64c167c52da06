import { protocol, shell, type WebContents } from 'electron';
import { APP_SCHEME } from '../host/app-protocol.ts';
import { decideNavigation, decideWindowOpen, type DenyDecision } from './navigation.ts';
import { respondFromRenderer } from '../host/renderer-response.ts';

/**
 * The Electron calls behind the pure rules of navigation.ts, app-protocol.ts and
 * csp.ts, kept this thin because this machine cannot run Electron to test them.
 */

/**
 * Must run before the app is ready. Standard: relative URLs and a real origin, which
 * the sender guard and the CSP's 'self' rely on. Secure: a secure context like https.
 * Fetch and CORS: Vite's module scripts are CORS-mode requests. Never bypassCSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Checklist item 18: the renderer comes from app://, never file://. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(request, rendererRoot));
}

/**
 * Checklist items 13–15 for every web contents the app ever creates: navigations and
 * new windows are denied (but the dev server's reloads in development: navigation.ts),
 * and an allowed https link goes to the system browser.
 */
export function restrictNavigation(contents: WebContents, devServerOrigin: string | null): void {
  const openOutside = ({ openExternally }: DenyDecision): void => {
    if (openExternally !== null) void shell.openExternal(openExternally);
  };
  contents.on('will-frame-navigate', (event) => {
    if (event.isSameDocument) return; // a fragment change inside the page
    const decision = decideNavigation({ url: event.url, isMainFrame: event.isMainFrame }, devServerOrigin);
    if (decision.action === 'allow') return;
    event.preventDefault();
    openOutside(decision);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(decideWindowOpen(url));
    return { action: 'deny' };
  });
  // webviewTag is off in the window options; this refuses one should a page ever try.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
