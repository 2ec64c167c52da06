import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { JsonFileStore } from '../../../src-main/host/json-file-store.ts';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../src-main/shared/ipc/settings.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('store');
const settingsFile = () => join(dir(), 'settings.json');
const store = () => new JsonFileStore(settingsFile(), settingsSchema, DEFAULT_SETTINGS);

test('a missing file reads as the defaults', async () => {
  expect(await store().read()).toEqual(DEFAULT_SETTINGS);
});

test.each([
  ['empty', ''],
  ['not JSON', '{"language": "ru",'],
  ['JSON of the wrong shape', '["ru"]'],
  ['a value out of range', JSON.stringify({ ...DEFAULT_SETTINGS, concurrency: 0 })],
  ['an unknown language', JSON.stringify({ ...DEFAULT_SETTINGS, language: 'de' })],
  ['binary', '\u0000\u0001\u0002'],
])('a file that is %s reads as the defaults, and the next write repairs it', async (_, content) => {
  writeFileSync(settingsFile(), content);
  expect(await store().read()).toEqual(DEFAULT_SETTINGS);
  await store().update((current) => ({ ...current, language: 'az' }));
  expect(JSON.parse(readFileSync(settingsFile(), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, language: 'az' });
});

test('a folder where the file should be reads as the defaults', async () => {
  mkdirSync(settingsFile());
  expect(await store().read()).toEqual(DEFAULT_SETTINGS);
});

test('a write lands whole, owner-only, in a folder made for it, with no temporary file left', async () => {
  const nested = new JsonFileStore(join(dir(), 'a', 'b', 'settings.json'), settingsSchema, DEFAULT_SETTINGS);
  const written = await nested.write({ ...DEFAULT_SETTINGS, timeoutMs: 3000 });
  expect(written.timeoutMs).toBe(3000);
  expect(await nested.read()).toEqual(written);
  expect(readdirSync(join(dir(), 'a', 'b'))).toEqual(['settings.json']);
  if (process.platform !== 'win32') expect(statSync(join(dir(), 'a', 'b', 'settings.json')).mode & 0o777).toBe(0o600);
});

test('a write replaces the file by rename: a reader holding the old file still sees it whole', async () => {
  const settings = store();
  await settings.write({ ...DEFAULT_SETTINGS, language: 'ru' });
  const before = statSync(settingsFile()).ino;
  await settings.write({ ...DEFAULT_SETTINGS, language: 'az' });
  expect(statSync(settingsFile()).ino).not.toBe(before);
});

test('updates at once are applied one after the other, none lost', async () => {
  const settings = store();
  await Promise.all(
    Array.from({ length: 20 }, () =>
      settings.update((current) => ({ ...current, historyRetentionDays: current.historyRetentionDays + 1 })),
    ),
  );
  expect((await settings.read()).historyRetentionDays).toBe(DEFAULT_SETTINGS.historyRetentionDays + 20);
  expect(readdirSync(dir())).toEqual(['settings.json']);
});

test('an invalid value is refused and the file keeps what it had', async () => {
  const settings = store();
  await settings.write({ ...DEFAULT_SETTINGS, language: 'ru' });
  const invalid = { ...DEFAULT_SETTINGS, concurrency: -1 } satisfies Settings;
  await expect(settings.write(invalid)).rejects.toThrow();
  expect((await settings.read()).language).toBe('ru');
  // The queue goes on after a failed update.
  expect((await settings.update((current) => ({ ...current, language: 'az' }))).language).toBe('az');
});

test('a failed rename leaves no temporary file and reports the error', async () => {
  mkdirSync(join(settingsFile(), 'occupied'), { recursive: true });
  await expect(store().write(DEFAULT_SETTINGS)).rejects.toThrow();
  expect(readdirSync(dir())).toEqual(['settings.json']);
});
