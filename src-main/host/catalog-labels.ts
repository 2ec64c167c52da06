import { catalogLabel, type CatalogEntry } from '../engine/index.ts';
import { catalogSource } from '../shared/ipc/targets.ts';
import type { PlanEntry } from '../shared/plan.ts';
import type { TargetLists } from './actions.ts';

/**
 * Lists saved before catalogue entries carried a label name them only in their source
 * (`catalogue global: Telegram DC1`). The label is found again by that source and the
 * same input, so an old list reads, and its runs are named, as a new one is. An entry
 * the catalogue no longer has, or one the user changed, stays as it is.
 */
export function withCatalogLabels<E extends PlanEntry>(entries: readonly E[], lists: TargetLists): E[] {
  const known = new Map<string, CatalogEntry>();
  const add = (region: string | undefined, list: readonly CatalogEntry[]): void => {
    for (const entry of list) known.set(`${catalogSource(region, entry.name)}\n${entry.input}`, entry);
  };
  add(undefined, lists.global);
  for (const pack of lists.packs) add(pack.code, pack.entries);
  return entries.map((entry) => {
    if (entry.label !== undefined) return entry;
    const found = known.get(`${entry.source}\n${entry.input}`);
    return found === undefined ? entry : { ...entry, label: catalogLabel(found) };
  });
}
