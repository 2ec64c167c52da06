import { describe, expect, test } from 'vitest';
import {
  CATALOG_CATEGORIES,
  catalogEntries,
  catalogList,
  findRegionPack,
  regionPacks,
  type CatalogEntry,
} from '../../../../src-main/engine/targets/catalog.ts';
import { catalogLabelText } from '../../../../src-main/core/view/site-name.ts';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';
import { LANGUAGES } from '../../../../src-main/shared/i18n/languages.ts';
import { parseTarget } from '../../../../src-main/shared/target.ts';

/** The same target however it is written: `https://a.example` and `https://a.example/` are one. */
function targetKey(input: string): string {
  const parsed = parseTarget(input);
  if (!parsed.ok) return input;
  const { target } = parsed;
  return target.kind === 'url' ? target.url : `${target.kind}:${target.host}:${target.port}`;
}

const LISTS: [string, readonly CatalogEntry[]][] = [
  ['global', catalogList()],
  ...regionPacks().map((pack): [string, readonly CatalogEntry[]] => [pack.code, pack.entries]),
];

describe.each(LISTS)('the %s list', (_, entries) => {
  test('every input is a target the CLI accepts', () => {
    const rejected = entries.filter((entry) => !parseTarget(entry.input).ok).map((entry) => entry.input);
    expect(rejected).toEqual([]);
  });

  test('no target and no name appears twice', () => {
    const repeated = (values: string[]): string[] => values.filter((value, index) => values.indexOf(value) !== index);
    expect(repeated(entries.map((entry) => targetKey(entry.input)))).toEqual([]);
    expect(repeated(entries.map((entry) => entry.name))).toEqual([]);
  });

  test('every entry has a known category and a name', () => {
    for (const entry of entries) {
      expect(CATALOG_CATEGORIES).toContain(entry.category);
      expect(entry.name.trim()).not.toBe('');
    }
  });

  test.each(LANGUAGES)('in %s, every entry has its own name, the brand as it is and no raw address', (language) => {
    const t = createTranslator(language);
    const names = entries.map((entry) => catalogLabelText(t, entry));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    entries.forEach((entry, index) => {
      const name = names[index] ?? '';
      expect(name.startsWith(entry.brand)).toBe(true);
      // A website is its brand alone; any other kind is named in the reader's words.
      if (entry.kind === 'website') expect(name).toBe(entry.brand);
      else expect(name).toContain(t(`catalog.kind.${entry.kind}`));
      expect(name).not.toMatch(/stun:|:\d+|\d+\.\d+\.\d+\.\d+/);
    });
  });
});

test('the global catalogue has every category, and the controls are the RFC 2606 domains', () => {
  expect(new Set(catalogList().map((entry) => entry.category))).toEqual(new Set(CATALOG_CATEGORIES));
  expect(catalogList({ categories: ['control'] }).map((entry) => parseTarget(entry.input))).toEqual(
    ['example.com', 'example.org', 'example.net'].map((host) => ({
      ok: true,
      target: expect.objectContaining({ kind: 'url', host }) as unknown,
    })),
  );
  expect(catalogList({ categories: ['calls'] }).every((entry) => entry.input.startsWith('stun:'))).toBe(true);
});

test('region packs are listed and found in any case', () => {
  expect(regionPacks().map((pack) => [pack.code, pack.name])).toContainEqual(['az', 'Azerbaijan']);
  for (const pack of regionPacks()) expect(pack.code).toMatch(/^[a-z]{2}$/);
  expect(findRegionPack('AZ')?.code).toBe('az');
  expect(findRegionPack(' az ')?.code).toBe('az');
  expect(findRegionPack('xx')).toBeUndefined();
});

test('the az pack holds the independent media of the 2017 court order', () => {
  const hosts = catalogList({ region: 'az' }).flatMap((entry) => {
    const parsed = parseTarget(entry.input);
    return parsed.ok ? [parsed.target.host] : [];
  });
  expect(hosts).toEqual(
    expect.arrayContaining(['www.azadliq.org', 'www.meydan.tv', 'www.azadliq.info', 'azerbaycansaati.tv']),
  );
});

test('plan entries name the catalogue and the entry they came from', () => {
  const az = catalogEntries({ region: 'az' });
  expect(az).toContainEqual({
    input: 'https://www.meydan.tv/',
    source: 'catalogue az: Meydan TV',
    label: { brand: 'Meydan TV', kind: 'website' },
  });
  expect(az).toHaveLength(findRegionPack('az')?.entries.length ?? -1);
  expect(new Set(az.map((entry) => entry.source)).size).toBe(az.length);

  const calls = catalogEntries({ categories: ['calls'] });
  expect(calls[0]).toEqual({
    input: 'stun:stun.l.google.com:19302',
    source: 'catalogue global: Google STUN',
    label: { brand: 'Google', kind: 'call-server' },
  });
  expect(catalogEntries({ region: 'AZ', categories: ['circumvention'] }).map((entry) => entry.source)).toContain(
    'catalogue az: Tor Project',
  );
});

test('an unknown region is a programming error: callers check with findRegionPack', () => {
  expect(() => catalogEntries({ region: 'xx' })).toThrow(RangeError);
});
