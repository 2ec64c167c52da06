import { join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import { bringBackWindow, holdSingleInstance, windowCloseAction } from './app-window.ts';
import { registerIpcHandlers, sendRunEvent } from './ipc-main.ts';
import { stopBeforeQuit } from './quit.ts';
import { startHost, type Host } from '../host/start-host.ts';
import { electronPdfPrinter } from './pdf-window.ts';
import { denyAllPermissions } from './permissions.ts';
import { EncryptedFileSecretStore } from '../host/secret-store.ts';
import { createSafeStorageCipher } from './safe-storage-cipher.ts';
import { dialogFileSaver, type AskWhereToSave } from '../host/save-file.ts';
import { devServerOrigin, rendererEntryUrl } from './sender-guard.ts';
import { registerAppScheme, restrictNavigation, serveRenderer } from './shell-security.ts';
import { keepRunningWhileScheduled } from './tray.ts';
import { linuxTrayHostPresent } from './tray-host.ts';
import { secureWindowOptions } from './window-options.ts';

/**
 * The composition root: wires the security rules, the stores, the engine host and
 * the IPC handlers together. Every decision lives in a module that runs under plain
 * Node; what is here only hands Electron's objects to them.
 */
// A sandboxed preload runs only as CommonJS: the preload bundle's format and this name must agree.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_ROOT = join(import.meta.dirname, '../renderer');
const rendererUrl = process.env['ELECTRON_RENDERER_URL'];
const trustedDevOrigin = devServerOrigin(rendererUrl, app.isPackaged);

/** Whether the desktop shows a tray icon; on Linux known once the session bus answers (tray-host.ts). */
let trayVisible = process.platform !== 'linux';
let quitting = false;
/** Whether a schedule is on: the app then stays in the tray when its last window closes (tray.ts). */
let scheduleOn = (): boolean => false;

function createWindow(): void {
  const window = new BrowserWindow(secureWindowOptions(PRELOAD_PATH));
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (windowCloseAction({ quitting, scheduleOn: scheduleOn(), trayVisible }) === 'close') return;
    event.preventDefault();
    window.minimize();
  });
  void window.loadURL(rendererEntryUrl(rendererUrl, app.isPackaged));
}

/** The tray's "Open Detour" and a second launch: the window there is, in front, or a new one. */
const openWindow = (): void => bringBackWindow(BrowserWindow.getAllWindows(), createWindow);

/** Exports: Electron's save dialog, over the app's window, offering the downloads folder. */
const askWhereToSave: AskWhereToSave = (request) => {
  const options = { ...request, defaultPath: join(app.getPath('downloads'), request.defaultPath) };
  const parent = BrowserWindow.getFocusedWindow();
  return parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options);
};

/** "Your tools": a WireGuard configuration chosen in Electron's open dialog, read by the main process alone. */
async function chooseWireguardFile(): Promise<string | null> {
  const options = {
    properties: ['openFile' as const],
    filters: [{ name: 'WireGuard', extensions: ['conf'] }],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const answer = await (parent === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(parent, options));
  return answer.canceled ? null : (answer.filePaths[0] ?? null);
}

/** The host web mode shares (host/start-host.ts), with Electron's dialogs, safe storage and IPC. */
async function startDesktopHost(): Promise<Host> {
  const host = await startHost({
    dataDir: app.getPath('userData'),
    languages: app.getPreferredSystemLanguages(),
    secrets: new EncryptedFileSecretStore(
      join(app.getPath('userData'), 'credentials.json'),
      createSafeStorageCipher(safeStorage, process.platform),
    ),
    saver: dialogFileSaver(askWhereToSave),
    printer: electronPdfPrinter(),
    chooseWireguardFile,
    onError: (where, error) => console.error(`detour: ${where}:`, error),
  });
  registerIpcHandlers(host.handlers, {
    devServerOrigin: trustedDevOrigin,
    onInternalError: (action, error) => console.error(`detour: ${action}:`, error),
  });
  host.engine.subscribe((message) => sendRunEvent(message, trustedDevOrigin));
  scheduleOn = () => host.schedule.active;
  keepRunningWhileScheduled(host.schedule, {
    openWindow,
    language: async () => (await host.settings.read()).language,
    trayVisible: () => trayVisible,
  });
  return host;
}

function startApp(): void {
  // Before ready, as Electron requires. Checklist item 4: every renderer sandboxed,
  // also one that some day does not come from the window-options factory.
  registerAppScheme();
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => restrictNavigation(contents, trustedDevOrigin));
  app.on('before-quit', () => (quitting = true));

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(RENDERER_ROOT);
    // Before the window, so every IPC handler is there when the page first asks.
    const host = await startDesktopHost();
    // Quitting mid-run waits until the run is saved as cancelled, as web mode's close does.
    stopBeforeQuit(app, () => host.stop());
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
    if (process.platform === 'linux') void linuxTrayHostPresent().then((present) => (trayVisible = present));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !scheduleOn()) app.quit();
  });
}

if (holdSingleInstance(app, openWindow)) startApp();
