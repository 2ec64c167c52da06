import type { TFunction } from 'i18next';
import type { CatalogLabel } from '../../shared/catalog-label.ts';
import type { Plan } from '../../shared/plan.ts';
import type { Target } from '../../shared/target.ts';

/**
 * A site as a person names it, before it is put in words: a built-in target's label
 * (brand and kind), or a plain name (an old report's catalogue name, or the host the
 * user wrote).
 */
export type SiteName = string | CatalogLabel;

/** What naming a report's sites reads of it: its plan's entries, with where each came from. */
type NamedEntries = { plan: Pick<Plan, 'entries'> };

/** The prefix of the engine's catalogue sources: `catalogue az: Meydan TV` (shared/ipc/targets.ts catalogSource). */
const CATALOGUE_SOURCE = /^catalogue [^:]+: (.+)$/u;

/**
 * How a report's sites are named, before words: the catalogue's label where a site came
 * from a catalogue ("Telegram — app servers 1"), else the catalogue's name a report
 * written before labels holds ("Telegram DC1"), else the host the user wrote (no scheme,
 * no path, no port). One lookup table per report: naming thousands of sites is one pass.
 */
export function siteNamer(report: NamedEntries): (target: Target) => SiteName {
  const entries = new Map<string, Plan['entries'][number]>();
  for (const entry of report.plan.entries) if (!entries.has(entry.input)) entries.set(entry.input, entry);
  return (target) => {
    const entry = entries.get(target.input);
    if (entry?.label !== undefined) return entry.label;
    const named = entry === undefined ? undefined : CATALOGUE_SOURCE.exec(entry.source)?.[1];
    return named ?? target.host;
  };
}

/** A built-in target's name in the reader's language: "Telegram — tətbiq serverləri 1"; a website is its brand. */
export function catalogLabelText(t: TFunction, label: CatalogLabel): string {
  if (label.kind === 'website') return label.brand;
  const kind = t(`catalog.kind.${label.kind}`);
  const numbered = label.index === undefined ? kind : t('catalog.numbered', { kind, index: label.index });
  return t('catalog.name', { brand: label.brand, kind: numbered });
}

/** A site of a comparison or timeline in the reader's language: by its label where it has one, else as given. */
export function labelledName(t: TFunction, site: { input: string; label?: CatalogLabel | undefined }): string {
  return site.label === undefined ? site.input : catalogLabelText(t, site.label);
}

/** A site's name in the reader's language. */
export function siteNameText(t: TFunction, name: SiteName): string {
  return typeof name === 'string' ? name : catalogLabelText(t, name);
}

/**
 * How a report's targets are named on a screen or page in the reader's language: a
 * built-in target by its brand and kind, any other as the user wrote it. One lookup
 * table per report, so a list of thousands of sites is named in one pass.
 */
export function targetNamer(t: TFunction, report: NamedEntries): (target: Target) => string {
  const nameOf = siteNamer(report);
  return (target) => {
    const name = nameOf(target);
    return typeof name === 'string' ? target.input : catalogLabelText(t, name);
  };
}
