import { catalogLabelText } from '../core/view/site-name.ts';
import { catalogLabel, catalogList, regionPacks } from '../engine/index.ts';
import { createTranslator } from '../shared/i18n/index.ts';
import { parseRegion } from './options.ts';
import { formatColumns } from './table.ts';

export interface TargetsFlags {
  region?: string;
}

const HEADERS = ['Name', 'Category', 'Target', 'Note'];

/**
 * `detour targets [--region CODE]`: the built-in catalogue or one region pack as a
 * table, so a person sees what `diagnose --region` will contact before it does.
 */
export function renderTargets(flags: TargetsFlags): string {
  const pack = flags.region === undefined ? undefined : parseRegion(flags.region);
  const entries = catalogList(pack === undefined ? {} : { region: pack.code });
  const t = createTranslator('en');
  const table = formatColumns([
    HEADERS,
    ...entries.map((entry) => [
      catalogLabelText(t, catalogLabel(entry)),
      entry.category,
      entry.input,
      entry.note ?? '',
    ]),
  ]);
  if (pack !== undefined) {
    const title = `${pack.name} (${pack.code}): ${entries.length} targets reported blocked there`;
    return `${title}\n\n${table}\n\nMeasure them with: detour diagnose --region ${pack.code}\n`;
  }
  const packs = regionPacks().map(({ code, name }) => `${code} (${name})`);
  const footer = `Region packs: ${packs.join(', ')}. Show one with: detour targets --region CODE`;
  return `Global catalogue: ${entries.length} targets\n\n${table}\n\n${footer}\n`;
}
