import { createContext, useContext } from 'react';
import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { Settings } from '../../src-main/shared/ipc/settings.ts';
import type { Language } from '../../src-main/shared/i18n/languages.ts';
import type { RunStore } from '../features/run/run-store.ts';
import type { SavedLists } from '../lib/saved-lists.ts';

export type ScreenName = 'home' | 'routes' | 'targets' | 'settings';

/** What every screen may use: the API, the current run, the user's lists and settings. */
export interface AppContextValue {
  api: DetourApi;
  runs: RunStore;
  lists: SavedLists;
  updateLists: (change: (lists: SavedLists) => SavedLists) => void;
  settings: Settings;
  /** The settings as the main process answered after a change. */
  settingsSaved: (settings: Settings) => void;
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
