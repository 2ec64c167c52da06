import type { CatalogLabel } from '../../shared/catalog-label.ts';
import type { CatalogCategory } from '../../shared/ipc/targets.ts';
import type { PlanEntry } from '../../shared/plan.ts';
import { GLOBAL_CATALOG } from './global-catalog.ts';
import { AZ_PACK } from './regions/az.ts';

export { CATALOG_CATEGORIES, type CatalogCategory } from '../../shared/ipc/targets.ts';

/**
 * One built-in target, written the way the CLI takes targets, with the brand and kind
 * every view names it by in the reader's language ("Telegram — app servers 1").
 */
export interface CatalogEntry extends CatalogLabel {
  /** An https URL, `host:port` (TCP only) or `stun:host:port`. */
  input: string;
  category: CatalogCategory;
  /**
   * Its name in the reports' sources (`catalogue global: Telegram DC1`), e.g. "WhatsApp web":
   * English, unique within its list, and kept as it is so old reports and saved lists still match.
   */
  name: string;
  /** Why it is measured the way it is, or what is known about its blocking. */
  note?: string;
}

/**
 * Targets reported blocked in one country, each with its source in a comment.
 * A new region is a new file in `regions/` and one line in REGION_PACKS.
 */
export interface RegionPack {
  /** ISO 3166-1 alpha-2, lower case. */
  code: string;
  /** The country's English name. */
  name: string;
  entries: readonly CatalogEntry[];
}

const REGION_PACKS: readonly RegionPack[] = [AZ_PACK];

/** The region packs there are, by code. */
export function regionPacks(): readonly RegionPack[] {
  return REGION_PACKS;
}

/** The pack for a region code in any case (`az`, `AZ`), or undefined. */
export function findRegionPack(code: string): RegionPack | undefined {
  const wanted = code.trim().toLowerCase();
  return REGION_PACKS.find((pack) => pack.code === wanted);
}

export interface CatalogSelection {
  /** A region pack's code; absent: the global catalogue. */
  region?: string;
  /** Only these categories; absent: all of them. */
  categories?: readonly CatalogCategory[];
}

/** The selected list itself, unchanged: what `detour targets` shows. */
export function catalogList(selection: CatalogSelection = {}): readonly CatalogEntry[] {
  const list = selection.region === undefined ? GLOBAL_CATALOG : requirePack(selection.region).entries;
  const { categories } = selection;
  return categories === undefined ? list : list.filter((entry) => categories.includes(entry.category));
}

/**
 * The selected catalogue as plan entries, each naming where it came from
 * (`catalogue az: Meydan TV`) so a report says why a target was measured.
 */
export function catalogEntries(selection: CatalogSelection = {}): PlanEntry[] {
  const origin = selection.region === undefined ? 'global' : requirePack(selection.region).code;
  return catalogList(selection).map((entry) => ({
    input: entry.input,
    source: `catalogue ${origin}: ${entry.name}`,
    label: catalogLabel(entry),
  }));
}

/** A catalogue entry's brand and kind alone, as plans, reports and the app carry them. */
export function catalogLabel(entry: CatalogEntry): CatalogLabel {
  return { brand: entry.brand, kind: entry.kind, ...(entry.index === undefined ? {} : { index: entry.index }) };
}

/** Callers check codes with findRegionPack first; an unknown one here is a bug. */
function requirePack(code: string): RegionPack {
  const pack = findRegionPack(code);
  if (pack === undefined) throw new RangeError(`no region pack "${code}"`);
  return pack;
}
