import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ACTION_CHANNELS, ACTION_NAMES, RUN_EVENT_CHANNEL } from '../shared/ipc/channels.ts';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import type { RunEventMessage } from '../shared/ipc/run.ts';
import { guardHandler, type GuardOptions } from './ipc-dispatch.ts';
import { isTrustedSender, type SenderFrame } from './sender-guard.ts';

/**
 * The only module that touches ipcMain (design notes): every action's channel gets its
 * handler behind the sender and payload checks of ipc-dispatch.ts.
 */
export function registerIpcHandlers(handlers: ActionHandlers, options: GuardOptions): void {
  for (const action of ACTION_NAMES) {
    const guarded = guardHandler(action, handlers[action], options);
    ipcMain.handle(ACTION_CHANNELS[action], (event, payload: unknown) => guarded(senderFrameOf(event), payload));
  }
}

function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame | null {
  const frame = event.senderFrame;
  return frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
}

/** Pushes a run event to every window that shows the app itself, and to nothing else. */
export function sendRunEvent(message: RunEventMessage, devServerOrigin: string | null): void {
  for (const window of BrowserWindow.getAllWindows()) {
    const contents = window.webContents;
    if (contents.isDestroyed()) continue;
    if (!isTrustedSender({ url: contents.getURL(), isMainFrame: true }, devServerOrigin)) continue;
    contents.send(RUN_EVENT_CHANNEL, message);
  }
}
