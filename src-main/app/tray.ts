import { app, BrowserWindow, Menu, nativeImage, Tray } from 'electron';
import { createTranslator } from '../shared/i18n/index.ts';
import type { Language } from '../shared/i18n/languages.ts';
import type { ScheduleStatus } from '../shared/ipc/history.ts';
import type { ScheduleHost } from '../host/schedule-host.ts';

/** A 16 × 16 mark in the app's blue: the tray needs some picture, and the app ships no icon files yet. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAANklEQVR42mNgoDbgDr/wHx+mSDNeQ4jVjNUQbArQAV5DqGoAITASDBiYWKA4IVElKVMlM5EDANxfzwz6/1JqAAAAAElFTkSuQmCC';

export interface ScheduleTrayOptions {
  /** Brings the app's window back, or opens one (app-window.ts). */
  openWindow: () => void;
  /** The user's language now, for the tray's words. */
  language: () => Promise<Language>;
  /** Whether the desktop shows the tray icon (tray-host.ts); without it the window stays, minimised. */
  trayVisible: () => boolean;
}

/**
 * While a schedule is on, the app lives on in the tray (the notification area) when
 * its last window closes: a tray icon with "Open Detour" and "Stop repeating and
 * quit". Where the desktop shows no tray, the window stays minimised instead
 * (app-window.ts) and its title says why. When the schedule ends with no window open,
 * the app quits. Thin Electron glue: the decisions are ScheduleHost's and
 * app-window.ts's, tested under Node.
 */
export function keepRunningWhileScheduled(schedule: ScheduleHost, options: ScheduleTrayOptions): void {
  let tray: Tray | null = null;
  const show = async (): Promise<void> => {
    const t = createTranslator(await options.language());
    if (!schedule.active) return;
    tray ??= new Tray(nativeImage.createFromDataURL(ICON));
    tray.setToolTip(t('history.tray.tooltip'));
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: t('history.tray.open'), click: options.openWindow },
        { label: t('history.tray.stop'), click: () => void schedule.stop().finally(() => app.quit()) },
      ]),
    );
    if (!options.trayVisible()) setTitles(t('history.tray.no-tray'));
  };
  const update = (status: ScheduleStatus): void => {
    if (status.state === 'on') {
      void show();
      return;
    }
    tray?.destroy();
    tray = null;
    if (!options.trayVisible())
      void options.language().then((language) => setTitles(createTranslator(language)('ui.app.name')));
    if (BrowserWindow.getAllWindows().length === 0 && process.platform !== 'darwin') app.quit();
  };
  schedule.subscribe(update);
}

/** The window's title is what a desktop without a tray still shows of a minimised window. */
function setTitles(title: string): void {
  for (const window of BrowserWindow.getAllWindows()) window.setTitle(title);
}
