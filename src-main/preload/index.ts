import { contextBridge } from 'electron';

/**
 * The renderer's only door to the app: one method per action, never raw
 * ipcRenderer (design notes). The desktop-app issue adds the actions.
 */
contextBridge.exposeInMainWorld('detour', { version: 1 });
