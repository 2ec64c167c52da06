import { createContext, useContext } from 'react';
import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { IpcError } from '../../src-main/shared/ipc/result.ts';
import type { Settings, SettingsChange } from '../../src-main/shared/ipc/settings.ts';
import type { Language } from '../../src-main/shared/i18n/languages.ts';
import type { RunStore } from '../features/run/run-store.ts';
import type { SavedLists } from '../lib/saved-lists.ts';

export type ScreenName = 'home' | 'routes' | 'targets' | 'history' | 'workshop' | 'settings';

/** What every screen may use: the API, the current run, the user's lists and settings. */
export interface AppContextValue {
  api: DetourApi;
  runs: RunStore;
  /** The user's own sites and routes, kept with the settings by the main process. */
  lists: SavedLists;
  /** Changes the lists at once and keeps them (setSettings) in the background. */
  updateLists: (change: (lists: SavedLists) => SavedLists) => void;
  settings: Settings;
  /** The settings as the main process answered after a change. */
  settingsSaved: (settings: Settings) => void;
  /** Changes some settings at once and keeps them; null once kept, else why not (and the change is undone). */
  changeSettings: (change: SettingsChange) => Promise<IpcError | null>;
  language: Language;
  /** Switches every word at once and keeps the choice in the settings. */
  setLanguage: (language: Language) => void;
  navigate: (screen: ScreenName) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp outside <App>');
  return value;
}
