import { expect, test } from 'vitest';
import { findRegionPack } from '../../../src-main/engine/targets/catalog.ts';
import { parseRegion, UsageError } from '../../../src-main/cli/options.ts';
import { renderTargets } from '../../../src-main/cli/targets-command.ts';

test('--region takes a known code in any case, and names the known ones otherwise', () => {
  expect(parseRegion('AZ')).toBe(findRegionPack('az'));
  expect(() => parseRegion('xx')).toThrow(UsageError);
  expect(() => parseRegion('xx')).toThrow('--region must be one of az (Azerbaijan), not "xx"');
});

test('a region pack prints as a table: one row per target with its name, category, input and note', () => {
  const pack = findRegionPack('az');
  const [title, blank, header, rule, ...rest] = renderTargets({ region: 'az' }).trimEnd().split('\n');
  expect(title).toBe(`Azerbaijan (az): ${pack?.entries.length} targets reported blocked there`);
  expect(blank).toBe('');
  expect(header).toMatch(/^Name\s+Category\s+Target\s+Note$/);
  expect(rule).toMatch(/^[─ ]+$/);
  const rows = rest.slice(0, pack?.entries.length);
  expect(rows).toContainEqual(expect.stringMatching(/^Meydan TV\s+news\s+https:\/\/www\.meydan\.tv\/\s+court order/));
  expect(rest.at(-1)).toBe('Measure them with: detour diagnose --region az');
});

test('without --region the global catalogue prints, and the packs there are are named', () => {
  const text = renderTargets({});
  expect(text).toMatch(/^Global catalogue: \d+ targets\n/);
  expect(text).toMatch(/\nGoogle — call server\s+calls\s+stun:stun\.l\.google\.com:19302\n/);
  expect(text).toMatch(/\nTelegram — app servers 1\s+messaging\s+149\.154\.175\.50:443\s+TCP only\n/);
  expect(text.trimEnd().split('\n').at(-1)).toBe(
    'Region packs: az (Azerbaijan). Show one with: detour targets --region CODE',
  );
});
