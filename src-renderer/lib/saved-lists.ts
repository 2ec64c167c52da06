import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { IpcResult } from '../../src-main/shared/ipc/result.ts';
import type { Settings } from '../../src-main/shared/ipc/settings.ts';

export type { SavedTarget } from '../../src-main/shared/ipc/settings.ts';

/**
 * The user's own lists: the sites to check, the routes to compare (never a password:
 * a proxy only says `auth: true`; the password is with the main process), whether
 * the local tricks are compared too, and the Tor bridge lines to check. They are part of the settings the main process
 * keeps in its file, so they outlive the page: web mode's origin changes with its
 * port on every start, and the page's own storage with it.
 */
export type SavedLists = Pick<Settings, 'targets' | 'routes' | 'strategies' | 'bridges'>;

export const EMPTY_LISTS: SavedLists = { targets: [], routes: [], strategies: false, bridges: [] };

export function listsOf(settings: Settings): SavedLists {
  return {
    targets: settings.targets,
    routes: settings.routes,
    strategies: settings.strategies,
    bridges: settings.bridges,
  };
}

/**
 * The lists as the screens read and change them (useSyncExternalStore): a change shows
 * at once and is kept in the background.
 */
export interface ListStore {
  readonly get: () => SavedLists;
  readonly subscribe: (listener: () => void) => () => void;
  /** The lists as the main process keeps them, at start: shown, not saved again. */
  readonly load: (lists: SavedLists) => void;
  /** Applies `change` to the lists now, and keeps the result. */
  readonly update: (change: (lists: SavedLists) => SavedLists) => void;
}

/**
 * The lists kept with the settings (setSettings). Saves go one at a time, in order,
 * and while one is under way only the latest lists wait, so a burst of changes
 * (removing ten sites in a row) costs two writes and can never land out of order.
 * Every answer goes to `onAnswer`: the settings as kept, or why they were not.
 */
export function settingsListStore(api: DetourApi, onAnswer: (answer: IpcResult<Settings>) => void): ListStore {
  let lists = EMPTY_LISTS;
  const listeners = new Set<() => void>();
  const show = (next: SavedLists): void => {
    lists = next;
    for (const listener of [...listeners]) listener();
  };
  let waiting: SavedLists | null = null;
  let queue: Promise<void> = Promise.resolve();
  const save = (next: SavedLists): void => {
    const queued = waiting !== null;
    waiting = next;
    if (queued) return;
    queue = queue.then(async () => {
      const sending = waiting ?? next;
      waiting = null;
      onAnswer(await api.setSettings(sending));
    });
  };
  return {
    get: () => lists,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: show,
    update: (change) => {
      const next = change(lists);
      if (next === lists) return;
      show(next);
      save(next);
    },
  };
}
