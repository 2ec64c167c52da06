import { join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import { pickLanguage } from '../shared/i18n/languages.ts';
import { consentSchema, DEFAULT_SETTINGS, NO_CONSENT, settingsSchema } from '../shared/ipc/settings.ts';
import { createActionHandlers } from './actions.ts';
import { bringBackWindow, holdSingleInstance, windowCloseAction } from './app-window.ts';
import { AppHistory } from './history-actions.ts';
import { InProcessEngineHost } from './in-process-engine-host.ts';
import { registerIpcHandlers, sendRunEvent } from './ipc-main.ts';
import { JsonFileStore } from './json-file-store.ts';
import { electronPdfPrinter } from './pdf-window.ts';
import { denyAllPermissions } from './permissions.ts';
import { EncryptedFileSecretStore } from './secret-store.ts';
import { createSafeStorageCipher } from './safe-storage-cipher.ts';
import { ScheduleHost } from './schedule-host.ts';
import { dialogFileSaver, type AskWhereToSave } from './save-file.ts';
import { devServerOrigin, rendererEntryUrl } from './sender-guard.ts';
import { registerAppScheme, restrictNavigation, serveRenderer } from './shell-security.ts';
import { keepRunningWhileScheduled } from './tray.ts';
import { linuxTrayHostPresent } from './tray-host.ts';
import { secureWindowOptions } from './window-options.ts';
import { NO_WIREGUARD_CONFIGS, wireguardConfigsFileSchema } from './wireguard-configs.ts';

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

function createEngineHost(): InProcessEngineHost {
  const userData = app.getPath('userData');
  const settings = new JsonFileStore(join(userData, 'settings.json'), settingsSchema, {
    ...DEFAULT_SETTINGS,
    language: pickLanguage(app.getPreferredSystemLanguages()),
  });
  // Every run is saved as it goes in <userData>/history; the retention setting applies at start.
  const history = new AppHistory(join(userData, 'history'), {
    retentionDays: async () => (await settings.read()).historyRetentionDays,
  });
  const onError = (error: unknown): void => console.error('detour: engine:', error);
  const engine = new InProcessEngineHost({ onError, history });
  const schedule = new ScheduleHost({ engine, startRun: (request) => handlers.startRun(request), onError });
  const handlers = createActionHandlers({
    engine,
    history,
    schedule,
    settings,
    consent: new JsonFileStore(join(userData, 'consent.json'), consentSchema, NO_CONSENT),
    secrets: new EncryptedFileSecretStore(
      join(userData, 'credentials.json'),
      createSafeStorageCipher(safeStorage, process.platform),
    ),
    sharing: {
      saver: dialogFileSaver(askWhereToSave),
      printer: electronPdfPrinter(),
      findReport: (runId) => history.report(runId),
    },
    tools: {
      wireguard: new JsonFileStore(
        join(userData, 'wireguard-configs.json'),
        wireguardConfigsFileSchema,
        NO_WIREGUARD_CONFIGS,
      ),
      chooseWireguardFile,
    },
  });
  registerIpcHandlers(handlers, {
    devServerOrigin: trustedDevOrigin,
    onInternalError: (action, error) => console.error(`detour: ${action}:`, error),
  });
  engine.subscribe((message) => sendRunEvent(message, trustedDevOrigin));
  scheduleOn = () => schedule.active;
  keepRunningWhileScheduled(schedule, {
    openWindow,
    language: async () => (await settings.read()).language,
    trayVisible: () => trayVisible,
  });
  app.on('before-quit', () => void schedule.stop());
  return engine;
}

async function cancelRunning(engine: InProcessEngineHost): Promise<void> {
  const status = await engine.status();
  if (status.state === 'running') await engine.cancel(status.runId);
}

function startApp(): void {
  // Before ready, as Electron requires. Checklist item 4: every renderer sandboxed,
  // also one that some day does not come from the window-options factory.
  registerAppScheme();
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => restrictNavigation(contents, trustedDevOrigin));
  app.on('before-quit', () => (quitting = true));

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(RENDERER_ROOT);
    const engine = createEngineHost();
    // Quitting mid-run closes every probe's socket rather than leaving them to the OS.
    app.on('before-quit', () => void cancelRunning(engine));
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
