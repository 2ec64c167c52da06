import { join } from 'node:path';
import { app, BrowserWindow, session, shell } from 'electron';
import { secureWindowOptions } from './window-options.ts';

/**
 * The Electron shell, kept thin on purpose: this build machine cannot download the
 * Electron binary, so everything else is tested without it (the engine under Node,
 * the renderer in Chromium through web mode). The desktop-app issue fills it in.
 */
function createWindow(): void {
  const window = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/index.mjs')));
  // Checklist item 13/14: no navigation away from the app, no new windows.
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer !== undefined) void window.loadURL(devServer);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}

void app.whenReady().then(() => {
  // Checklist item 5: deny every permission request (camera, notifications, …).
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
