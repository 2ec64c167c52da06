import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { catalogSource, type CatalogRegion, type TargetCatalog } from '../../../src-main/shared/ipc/targets.ts';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import type { SavedTarget } from '../../lib/saved-lists.ts';

export type CatalogState =
  { kind: 'loading' } | { kind: 'ready'; catalog: TargetCatalog } | { kind: 'error'; text: string };

/**
 * One of Detour's lists as the engine serves it (listTargetCatalog): every region
 * pack there is, and the targets of `region` (undefined: the global catalogue).
 */
export function useTargetCatalog(region: string | undefined): CatalogState {
  const { api } = useApp();
  const errorText = useIpcErrorText();
  const [loaded, setLoaded] = useState<{ region: string | undefined; state: CatalogState } | null>(null);

  useEffect(() => {
    let live = true;
    void api.listTargetCatalog(region === undefined ? {} : { region }).then((answer) => {
      if (!live) return;
      setLoaded({
        region,
        state: answer.ok ? { kind: 'ready', catalog: answer.value } : { kind: 'error', text: errorText(answer.error) },
      });
    });
    return () => {
      live = false;
    };
    // errorText is a new function on every render; the words follow the language anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, region]);

  // Until the asked-for list has come, not the one asked for before.
  return loaded === null || loaded.region !== region ? { kind: 'loading' } : loaded.state;
}

/** A country in the user's language where the catalogs have it, else as the engine names it. */
export function regionName(t: TFunction, region: Pick<CatalogRegion, 'code' | 'name'>): string {
  return t(`ui.region.${region.code}`, { defaultValue: region.name });
}

/** "Azerbaijan: sites reported blocked". */
export function packLabel(t: TFunction, region: Pick<CatalogRegion, 'code' | 'name'>): string {
  return t('ui.catalog.pack', { region: regionName(t, region) });
}

/** A catalogue target as one of the user's sites, naming its list as a report would. */
export function savedFromCatalog(region: string | undefined, entry: TargetCatalog['entries'][number]): SavedTarget {
  return {
    input: entry.input,
    source: catalogSource(region, entry.name),
    category: entry.category,
    label: entry.label,
  };
}
