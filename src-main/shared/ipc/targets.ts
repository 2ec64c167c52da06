import { z } from 'zod';
import { catalogLabelSchema } from '../catalog-label.ts';
import { regionCodeSchema } from './settings.ts';

/**
 * Detour's own target lists as the app shows them: the global catalogue, and the
 * region packs (sites reported blocked in one country, each with its sources in
 * src-main/engine/targets/). The engine serves them; the renderer may not import it.
 */
export const listTargetCatalogRequestSchema = z.strictObject({
  /** A region pack's code; absent: the global catalogue. */
  region: regionCodeSchema.optional(),
});
export type ListTargetCatalogRequest = z.infer<typeof listTargetCatalogRequestSchema>;

/**
 * What a built-in target is for, in the order the screens group them. `control` sites
 * no censor has a reason to block tell "blocked" from "the network is down"; `calls`
 * are public STUN servers, the part of a voice or video call that UDP blocking breaks.
 */
export const CATALOG_CATEGORIES = ['control', 'social', 'messaging', 'calls', 'circumvention', 'news'] as const;
export type CatalogCategory = (typeof CATALOG_CATEGORIES)[number];

export const catalogRegionSchema = z.object({
  /** ISO 3166-1 alpha-2, lower case. */
  code: z.string(),
  /** The country's English name; the app shows its own word for it where it has one. */
  name: z.string(),
  /** How many targets the pack has. */
  count: z.number().int().nonnegative(),
});
export type CatalogRegion = z.infer<typeof catalogRegionSchema>;

export const catalogTargetSchema = z.object({
  /** Written as the CLI takes targets: an https URL, `host:port` or `stun:host:port`. */
  input: z.string(),
  /** Its name in a run's source (`catalogue az: Meydan TV`): English and stable, never shown as it is. */
  name: z.string(),
  /** One of CATALOG_CATEGORIES. */
  category: z.string(),
  /** What the screens call it: the brand as it is and the kind in the reader's language. */
  label: catalogLabelSchema,
});
export type CatalogTarget = z.infer<typeof catalogTargetSchema>;

export const targetCatalogSchema = z.object({
  /** Every region pack there is, whichever list was asked for. */
  regions: z.array(catalogRegionSchema),
  /** The asked-for list's targets, in the catalogue's order. */
  entries: z.array(catalogTargetSchema),
});
export type TargetCatalog = z.infer<typeof targetCatalogSchema>;

/**
 * Where a catalogue target came from, as a run's report names it: the same words as
 * the engine's catalogEntries (`catalogue az: Meydan TV`), so a report says why a
 * target was measured however the run was started.
 */
export function catalogSource(region: string | undefined, name: string): string {
  return `catalogue ${region ?? 'global'}: ${name}`;
}

/** Where the app's own list of sites comes from, as a plan entry's source. */
export const APP_LIST_SOURCE = 'app list';

/**
 * Which list a plan entry came from, for a history that tells runs apart: a region
 * pack by its code (`region:az`, `region:global`), the user's own list (`own`), or
 * anything else (files and arguments of the command line: `other`).
 */
export function listOfSource(source: string): string {
  const region = /^catalogue (\S+): /.exec(source)?.[1];
  if (region !== undefined) return `region:${region}`;
  return source === APP_LIST_SOURCE ? 'own' : 'other';
}
