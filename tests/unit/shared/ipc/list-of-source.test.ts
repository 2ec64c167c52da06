import { expect, test } from 'vitest';
import { APP_LIST_SOURCE, catalogSource, listOfSource } from '../../../../src-main/shared/ipc/targets.ts';

test('a plan entry’s list: the region pack it came from, the user’s own list, or another', () => {
  expect(listOfSource(catalogSource('az', 'Meydan TV'))).toBe('region:az');
  expect(listOfSource(catalogSource(undefined, 'Telegram'))).toBe('region:global');
  expect(listOfSource(APP_LIST_SOURCE)).toBe('own');
  expect(listOfSource('sites.txt:14')).toBe('other');
  expect(listOfSource('argument 2')).toBe('other');
});
