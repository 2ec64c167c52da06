/**
 * How the app's one window comes back and when it may go: the tray's "Open Detour",
 * a second launch, and closing the window while a schedule runs. Pure rules over the
 * few methods of Electron's objects they use, so they run under plain Node; main.ts
 * hands them BrowserWindow and app.
 */

/** What bringing a window back needs of a BrowserWindow. */
export interface RestorableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * The existing window in front, restored if minimised (show() alone leaves a
 * minimised window in the taskbar on Windows); a new one only when there is none.
 */
export function bringBackWindow(windows: readonly RestorableWindow[], createWindow: () => void): void {
  const window = windows[0];
  if (window === undefined) {
    createWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** What the single-instance rule needs of Electron's app. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  quit(): void;
}

/**
 * One Detour per user: a second process would run its own engine and schedule and
 * write the same settings, credentials and history. The first keeps the lock and
 * brings its window back when another launch hands over to it; a second launch quits.
 * Returns whether this process is the one to go on; when false, start nothing.
 */
export function holdSingleInstance(app: SingleInstanceApp, bringBack: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', bringBack);
  return true;
}

export interface CloseState {
  /** The user or the system is quitting the app: nothing holds the window then. */
  quitting: boolean;
  scheduleOn: boolean;
  /** Whether the desktop shows the tray icon, the way back to a window-less app. */
  trayVisible: boolean;
}

/**
 * Closing the window while a schedule runs leaves the app in the tray; where the
 * desktop shows no tray (stock GNOME), that would leave it running for hours with no
 * way back, so the window is minimised instead.
 */
export function windowCloseAction(state: CloseState): 'close' | 'minimise' {
  return !state.quitting && state.scheduleOn && !state.trayVisible ? 'minimise' : 'close';
}
