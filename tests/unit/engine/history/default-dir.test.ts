import { expect, test } from 'vitest';
import { defaultHistoryDir } from '../../../../src-main/engine/history/default-dir.ts';

test.each([
  [{}, '/home/ada/.local/share/detour/history'],
  [{ XDG_DATA_HOME: '/data' }, '/data/detour/history'],
  // A relative XDG_DATA_HOME is invalid (XDG base directory spec) and ignored.
  [{ XDG_DATA_HOME: 'data' }, '/home/ada/.local/share/detour/history'],
  [{ XDG_DATA_HOME: '/data', DETOUR_HISTORY_DIR: '/runs' }, '/runs'],
  [{ DETOUR_HISTORY_DIR: '' }, '/home/ada/.local/share/detour/history'],
])('%j → %s', (env, expected) => {
  expect(defaultHistoryDir(env, '/home/ada')).toBe(expected);
});
