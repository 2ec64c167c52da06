import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one factory for every window's options (Electron security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security): no Node integration (2),
 * context isolation (3), sandbox (4), web security kept (6), no insecure content (8),
 * no experimental features (9), no <webview> (11–12). The renderer has no network of
 * its own: every probe runs in the main process.
 */
export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Detour',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/**
 * The hidden window that prints an export to PDF (pdf-window.ts): the same options,
 * without a preload (it talks to no one) and without JavaScript (an export has none,
 * and a hostile report's text must never run).
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  const { webPreferences, ...window } = secureWindowOptions('');
  const preferences = { ...webPreferences, javascript: false };
  delete preferences.preload;
  return { ...window, show: false, webPreferences: preferences };
}
