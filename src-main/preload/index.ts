import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { RUN_EVENT_CHANNEL } from '../shared/ipc/channels.ts';
import { createDetourApi } from '../shared/ipc/client.ts';
import type { RunEventMessage } from '../shared/ipc/run.ts';

/**
 * The renderer's only door to the app: `window.detour`, one method per action of the
 * contract plus the run events. ipcRenderer itself is never exposed (Electron security
 * checklist item 20), and neither is the IPC event object, which carries the sender.
 */
const detour = createDetourApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (listener) => {
    const forward = (_event: IpcRendererEvent, message: RunEventMessage): void => listener(message);
    ipcRenderer.on(RUN_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.off(RUN_EVENT_CHANNEL, forward);
    };
  },
);

contextBridge.exposeInMainWorld('detour', detour);
