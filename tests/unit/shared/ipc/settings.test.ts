import { expect, test } from 'vitest';
import {
  applySettingsChange,
  DEFAULT_CONTROL_URLS,
  DEFAULT_SETTINGS,
  settingsChangeSchema,
  settingsSchema,
  type Settings,
} from '../../../../src-main/shared/ipc/settings.ts';

/** A settings file as the first versions of the app wrote it, before the lists were part of it. */
const OLD_FILE = { language: 'az', timeoutMs: 5000, concurrency: 16, historyRetentionDays: 7 };

const office = { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '10.0.0.5', port: 1080, auth: true };

test('a file from before the lists keeps every value it has, and the lists start empty', () => {
  expect(settingsSchema.parse(OLD_FILE)).toEqual({
    ...OLD_FILE,
    targets: [],
    routes: [],
    strategies: false,
    controls: DEFAULT_CONTROL_URLS,
    bridges: [],
    theme: 'system',
  });
  expect(settingsSchema.parse(OLD_FILE)).not.toHaveProperty('region');
  expect(settingsSchema.parse(OLD_FILE)).not.toHaveProperty('torPath');
});

test('the defaults are a valid settings file', () => {
  expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  // Each file read gets its own empty lists, never one shared array.
  expect(settingsSchema.parse(OLD_FILE).targets).not.toBe(settingsSchema.parse(OLD_FILE).targets);
});

test('the lists keep sites with their category and routes as plain specs', () => {
  const settings = {
    ...DEFAULT_SETTINGS,
    targets: [
      { input: 'https://www.meydan.tv/', source: 'catalogue az: Meydan TV', category: 'news' },
      { input: 'example.org', source: 'app list' },
    ],
    routes: [office],
    strategies: true,
    region: 'az',
  };
  expect(settingsSchema.parse(settings)).toEqual(settings);
});

test('a password never stays in the settings, wherever it is put', () => {
  const leaky = {
    ...DEFAULT_SETTINGS,
    routes: [{ ...office, password: 'hunter2', username: 'me', credentials: { password: 'hunter2' } }],
    password: 'hunter2',
    secrets: { office: { username: 'me', password: 'hunter2' } },
  };
  const parsed = settingsSchema.parse(leaky);
  expect(JSON.stringify(parsed)).not.toMatch(/hunter2|password|username|secrets/);
  expect(parsed.routes).toEqual([office]);
  // A change carries no credentials either: the change schema is strict.
  expect(settingsChangeSchema.safeParse({ secrets: { office: { username: 'me', password: 'x' } } }).success).toBe(
    false,
  );
  expect(JSON.stringify(settingsChangeSchema.parse({ routes: [{ ...office, password: 'x' }] }))).not.toContain(
    'password',
  );
});

test('the lists have the bounds of a run', () => {
  const many = Array.from({ length: 10_001 }, (_, i) => ({ input: `s${i}.example`, source: 'app list' }));
  expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, targets: many }).success).toBe(false);
  expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, targets: many.slice(1) }).success).toBe(true);
  const routes = Array.from({ length: 65 }, (_, i) => ({ name: `r${i}`, kind: 'bind', localAddress: '10.8.0.2' }));
  expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, routes }).success).toBe(false);
  expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, strategies: 'yes' }).success).toBe(false);
  expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, region: '' }).success).toBe(false);
});

test('a change replaces the fields it names; region null goes back to the user’s own sites', () => {
  const current: Settings = { ...DEFAULT_SETTINGS, region: 'az', strategies: true };
  expect(applySettingsChange(current, { language: 'ru' })).toEqual({ ...current, language: 'ru' });
  expect(applySettingsChange(current, { region: null })).toEqual({ ...DEFAULT_SETTINGS, strategies: true });
  expect(applySettingsChange(current, { region: null })).not.toHaveProperty('region');
  expect(applySettingsChange(DEFAULT_SETTINGS, { region: 'az' })).toEqual({ ...DEFAULT_SETTINGS, region: 'az' });
  expect(settingsChangeSchema.safeParse({ region: null }).success).toBe(true);
  expect(settingsChangeSchema.safeParse({ region: undefined }).success).toBe(false);
  expect(settingsChangeSchema.safeParse({ targets: [{ input: 'x' }] }).success).toBe(false);
});

test('bridge lines and where tor is are settings; null for tor goes back to looking for it', () => {
  const withTor = applySettingsChange(DEFAULT_SETTINGS, { bridges: ['192.0.2.1:9001'], torPath: '/opt/tor-browser' });
  expect(withTor).toMatchObject({ bridges: ['192.0.2.1:9001'], torPath: '/opt/tor-browser' });
  expect(applySettingsChange(withTor, { torPath: null })).not.toHaveProperty('torPath');
  expect(settingsChangeSchema.safeParse({ bridges: [''] }).success).toBe(false);
});
