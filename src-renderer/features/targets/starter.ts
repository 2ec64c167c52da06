import type { CatalogRegion, TargetCatalog } from '../../../src-main/shared/ipc/targets.ts';
import type { Language } from '../../../src-main/shared/i18n/languages.ts';
import type { SavedTarget } from '../../lib/saved-lists.ts';
import { savedFromCatalog, useTargetCatalog } from './catalog.ts';
import { newTargets } from './target-lines.ts';

/**
 * What every first list holds besides a region's pack: the services people ask about
 * first when something stops working, and the call servers that show whether voice
 * and video get through.
 */
const STARTER_CATEGORIES: readonly string[] = ['messaging', 'calls'];

/** The place chosen when no region pack is: the global messengers and calls alone. */
export const ELSEWHERE = 'elsewhere';

/** The pack whose code is the language's (Azerbaijani: Azerbaijan), else the global starter. */
export function defaultPlace(language: Language, regions: readonly Pick<CatalogRegion, 'code'>[]): string {
  return regions.find((region) => region.code === language)?.code ?? ELSEWHERE;
}

/** A first list: the pack of `region` (if any), then the global messengers and calls, each once. */
export function starterTargets(
  region: string | undefined,
  packEntries: TargetCatalog['entries'],
  globalEntries: TargetCatalog['entries'],
): SavedTarget[] {
  const fromPack = region === undefined ? [] : packEntries.map((entry) => savedFromCatalog(region, entry));
  const fromGlobal = globalEntries
    .filter((entry) => STARTER_CATEGORIES.includes(entry.category))
    .map((entry) => savedFromCatalog(undefined, entry));
  return newTargets([...fromPack, ...fromGlobal], []);
}

export type StarterState =
  | { kind: 'loading' }
  | { kind: 'ready'; regions: readonly CatalogRegion[]; targets: SavedTarget[] }
  | { kind: 'error'; text: string };

/** The first list for a place (a region pack's code or ELSEWHERE), as the engine's catalogue has it now. */
export function useStarter(place: string): StarterState {
  const region = place === ELSEWHERE ? undefined : place;
  const global = useTargetCatalog(undefined);
  const pack = useTargetCatalog(region);
  if (global.kind === 'error') return global;
  if (pack.kind === 'error') return pack;
  if (global.kind === 'loading' || pack.kind === 'loading') return { kind: 'loading' };
  return {
    kind: 'ready',
    regions: global.catalog.regions,
    targets: starterTargets(region, pack.catalog.entries, global.catalog.entries),
  };
}
