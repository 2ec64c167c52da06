import { z } from 'zod';
import { pathSpecSchema } from '../../src-main/shared/path.ts';
import { planEntrySchema } from '../../src-main/shared/plan.ts';

/**
 * The user's own lists: the sites to check and the routes to compare (never a
 * password: a proxy only says `auth: true`; the password is with the main process).
 *
 * The seam: the settings contract has no field for these yet, so they live in the
 * page's localStorage behind `ListStore`. Moving them into `setSettings` changes only
 * the store passed to the app, not the screens.
 */
export const savedTargetSchema = planEntrySchema.extend({
  /** What kind of site it is, when its source says (a catalogue or a test list). */
  category: z.string().optional(),
});
export type SavedTarget = z.infer<typeof savedTargetSchema>;

export const savedListsSchema = z.object({
  targets: z.array(savedTargetSchema),
  /** The routes besides the direct one, in the order the user added them. */
  routes: z.array(pathSpecSchema),
  /** Whether the local tricks (tls-split, tcp-split, …) are compared too. */
  strategies: z.boolean(),
});
export type SavedLists = z.infer<typeof savedListsSchema>;

export const EMPTY_LISTS: SavedLists = { targets: [], routes: [], strategies: false };

export interface ListStore {
  load(): SavedLists;
  save(lists: SavedLists): void;
}

const STORAGE_KEY = 'detour.lists.v1';

/** The lists in the page's storage; anything unreadable there counts as empty lists. */
export function storageListStore(storage: Storage): ListStore {
  return {
    load() {
      try {
        const parsed = savedListsSchema.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null'));
        return parsed.success ? parsed.data : EMPTY_LISTS;
      } catch {
        return EMPTY_LISTS;
      }
    },
    save(lists) {
      storage.setItem(STORAGE_KEY, JSON.stringify(lists));
    },
  };
}

/** The lists in memory only: for tests, and where the page has no storage. */
export function memoryListStore(initial: Partial<SavedLists> = {}): ListStore {
  let lists: SavedLists = { ...EMPTY_LISTS, ...initial };
  return {
    load: () => lists,
    save(next) {
      lists = next;
    },
  };
}
