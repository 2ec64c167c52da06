import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createActionHandlers } from '../../../src-main/host/actions.ts';
import { catalogEntries, findRegionPack } from '../../../src-main/engine/index.ts';
import type { EngineHost, RouteTestRequest, RunRequest } from '../../../src-main/host/engine-host.ts';
import { JsonFileStore } from '../../../src-main/host/json-file-store.ts';
import { EncryptedFileSecretStore, type StringCipher } from '../../../src-main/host/secret-store.ts';
import { ok } from '../../../src-main/shared/ipc/result.ts';
import { DEFAULT_CONTROLS } from '../../../src-main/shared/controls.ts';
import {
  consentSchema,
  DEFAULT_CONTROL_URLS,
  DEFAULT_SETTINGS,
  NO_CONSENT,
  RISK_NOTICE_VERSION,
  settingsSchema,
} from '../../../src-main/shared/ipc/settings.ts';
import type { PathSpec } from '../../../src-main/shared/path.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('actions');

/** An engine host that records what it is asked: these tests are about the handlers. */
class RecordingEngineHost implements EngineHost {
  readonly starts: RunRequest[] = [];
  readonly routeTests: RouteTestRequest[] = [];
  start(request: RunRequest) {
    this.starts.push(request);
    return Promise.resolve(ok({ runId: 'run-1' }));
  }
  cancel(runId: string) {
    return Promise.resolve(ok({ runId }));
  }
  status() {
    return Promise.resolve({ state: 'idle' as const });
  }
  subscribe() {
    return () => undefined;
  }
  detectLocalTools() {
    return Promise.resolve([]);
  }
  testRoute(request: RouteTestRequest) {
    this.routeTests.push(request);
    return Promise.resolve({ path: request.route.name, status: 'usable' as const, elapsedMs: 1 });
  }
}

const plainCipher: StringCipher = {
  isAvailable: () => Promise.resolve(true),
  encrypt: (text) => Promise.resolve(new TextEncoder().encode(text)),
  decrypt: (bytes) => Promise.resolve({ text: new TextDecoder().decode(bytes), shouldReEncrypt: false }),
};

function setup() {
  const engine = new RecordingEngineHost();
  const secrets = new EncryptedFileSecretStore(join(dir(), 'credentials.json'), plainCipher);
  const handlers = createActionHandlers({
    engine,
    settings: new JsonFileStore(join(dir(), 'settings.json'), settingsSchema, DEFAULT_SETTINGS),
    consent: new JsonFileStore(join(dir(), 'consent.json'), consentSchema, NO_CONSENT),
    secrets,
    now: () => new Date('2026-03-01T10:00:00Z'),
  });
  return { engine, secrets, handlers };
}

const targets = [{ input: 'https://example.org/', source: 'form' }];
const direct: PathSpec = { name: 'direct', kind: 'direct' };
const office: PathSpec = {
  name: 'office',
  kind: 'proxy',
  protocol: 'socks5h',
  host: '10.0.0.5',
  port: 1080,
  auth: true,
};

test('no run and no route test before the user has accepted the risk notice', async () => {
  const { engine, handlers } = setup();
  expect(await handlers.getConsent()).toEqual({ ok: true, value: NO_CONSENT });
  expect(await handlers.startRun({ targets, routes: [direct] })).toEqual({
    ok: false,
    error: { code: 'consent-required' },
  });
  expect(await handlers.testRoute({ route: direct })).toMatchObject({ ok: false, error: { code: 'consent-required' } });
  expect(engine.starts).toEqual([]);

  expect(await handlers.setConsent({ riskNoticeAccepted: true })).toEqual({
    ok: true,
    value: { riskNoticeAccepted: true, noticeVersion: RISK_NOTICE_VERSION, decidedAt: '2026-03-01T10:00:00.000Z' },
  });
  expect(await handlers.startRun({ targets, routes: [direct] })).toEqual({ ok: true, value: { runId: 'run-1' } });
});

test('consent given to an older notice no longer counts', async () => {
  const { handlers } = setup();
  await new JsonFileStore(join(dir(), 'consent.json'), consentSchema, NO_CONSENT).write({
    riskNoticeAccepted: true,
    noticeVersion: RISK_NOTICE_VERSION - 1,
  });
  expect(await handlers.getConsent()).toEqual({ ok: true, value: NO_CONSENT });
  expect(await handlers.startRun({ targets, routes: [direct] })).toMatchObject({
    ok: false,
    error: { code: 'consent-required' },
  });
});

test('the plan takes the settings, the request overrides them, and every run brings the controls', async () => {
  const { engine, handlers } = setup();
  await handlers.setConsent({ riskNoticeAccepted: true });
  await handlers.setSettings({ timeoutMs: 3000, concurrency: 8 });
  await handlers.startRun({
    targets,
    routes: [direct, { ...office, auth: false }],
    options: { concurrency: 2 },
  });
  expect(engine.starts[0]?.plan).toEqual({
    entries: targets,
    paths: [direct, { ...office, auth: false }],
    options: { timeoutMs: 3000, concurrency: 2, perHostConcurrency: 4, controls: [...DEFAULT_CONTROLS] },
  });
  await handlers.setSettings({ controls: ['https://neutral.example/'] });
  await handlers.startRun({ targets, routes: [direct], options: { controls: ['https://other.example/'] } });
  await handlers.startRun({ targets, routes: [direct] });
  expect(engine.starts.slice(1).map((start) => start.plan.options.controls)).toEqual([
    [{ url: 'https://other.example/' }],
    [{ url: 'https://neutral.example/' }],
  ]);
});

test('a route with auth gets the password sent with the request, else the stored one, else refused', async () => {
  const { engine, secrets, handlers } = setup();
  await handlers.setConsent({ riskNoticeAccepted: true });
  expect(await handlers.startRun({ targets, routes: [direct, office] })).toEqual({
    ok: false,
    error: { code: 'missing-credentials', message: 'route "office" needs a user name and password' },
  });

  const typed = { username: 'typed', password: 'now' };
  await handlers.startRun({ targets, routes: [direct, office], secrets: { office: typed } });
  await secrets.set('office', { username: 'stored', password: 'before' });
  await handlers.startRun({ targets, routes: [direct, office] });
  expect(engine.starts.map((start) => start.secrets)).toEqual([
    { office: typed },
    { office: { username: 'stored', password: 'before' } },
  ]);
  // The plan itself never holds a password.
  expect(JSON.stringify(engine.starts.map((start) => start.plan))).not.toMatch(/typed|stored|before/);
});

test('a route test uses the settings timeout and controls unless told otherwise', async () => {
  const { engine, handlers } = setup();
  await handlers.setConsent({ riskNoticeAccepted: true });
  expect(await handlers.testRoute({ route: direct })).toEqual({
    ok: true,
    value: { path: 'direct', status: 'usable', elapsedMs: 1 },
  });
  await handlers.testRoute({ route: office, credentials: { username: 'u', password: 'p' }, timeoutMs: 2000 });
  await handlers.testRoute({ route: direct, controls: ['https://neutral.example/'] });
  expect(engine.routeTests).toEqual([
    { route: direct, secrets: {}, controls: DEFAULT_CONTROLS, timeoutMs: DEFAULT_SETTINGS.timeoutMs },
    {
      route: office,
      secrets: { office: { username: 'u', password: 'p' } },
      controls: DEFAULT_CONTROLS,
      timeoutMs: 2000,
    },
    {
      route: direct,
      secrets: {},
      controls: [{ url: 'https://neutral.example/' }],
      timeoutMs: DEFAULT_SETTINGS.timeoutMs,
    },
  ]);
});

test('settings change field by field and persist', async () => {
  const { handlers } = setup();
  expect(await handlers.setSettings({ language: 'ru' })).toEqual({
    ok: true,
    value: { ...DEFAULT_SETTINGS, language: 'ru' },
  });
  expect(await handlers.setSettings({ historyRetentionDays: 0 })).toEqual({
    ok: true,
    value: { ...DEFAULT_SETTINGS, language: 'ru', historyRetentionDays: 0 },
  });
  expect(await setup().handlers.getSettings()).toMatchObject({ ok: true, value: { language: 'ru' } });
});

test('the renderer learns that a route has credentials, never what they are', async () => {
  const { handlers } = setup();
  const saved = await handlers.saveRouteCredentials({ route: 'office', credentials: { username: 'u', password: 'p' } });
  expect(saved).toEqual({ ok: true, value: { route: 'office', auth: true } });
  expect(await handlers.listRouteCredentials()).toEqual({ ok: true, value: [{ route: 'office', auth: true }] });
  expect(await handlers.forgetRouteCredentials({ route: 'office' })).toEqual({
    ok: true,
    value: { route: 'office', auth: false },
  });
  expect(await handlers.listRouteCredentials()).toEqual({ ok: true, value: [] });
});

test('without safe storage, saving credentials answers unavailable', async () => {
  const handlers = createActionHandlers({
    engine: new RecordingEngineHost(),
    settings: new JsonFileStore(join(dir(), 'settings.json'), settingsSchema, DEFAULT_SETTINGS),
    consent: new JsonFileStore(join(dir(), 'consent.json'), consentSchema, NO_CONSENT),
    secrets: new EncryptedFileSecretStore(join(dir(), 'credentials.json'), {
      ...plainCipher,
      isAvailable: () => Promise.resolve(false),
    }),
  });
  expect(
    await handlers.saveRouteCredentials({ route: 'office', credentials: { username: 'u', password: 'p' } }),
  ).toMatchObject({ ok: false, error: { code: 'unavailable' } });
});

test('the lists are settings: kept in the file, and a file from before them keeps its values', async () => {
  writeFileSync(
    join(dir(), 'settings.json'),
    JSON.stringify({ language: 'az', timeoutMs: 5000, concurrency: 16, historyRetentionDays: 7 }),
  );
  const { handlers } = setup();
  expect(await handlers.getSettings()).toEqual({
    ok: true,
    value: {
      language: 'az',
      timeoutMs: 5000,
      concurrency: 16,
      historyRetentionDays: 7,
      targets: [],
      routes: [],
      strategies: false,
      controls: DEFAULT_CONTROL_URLS,
      bridges: [],
      theme: 'system',
    },
  });
  const lists = {
    targets: [{ input: 'https://www.meydan.tv/', source: 'catalogue az: Meydan TV', category: 'news' }],
    routes: [office],
    strategies: true,
  };
  expect(await handlers.setSettings(lists)).toMatchObject({ ok: true, value: { language: 'az', ...lists } });
  expect(await setup().handlers.getSettings()).toMatchObject({ ok: true, value: { language: 'az', ...lists } });
});

test('the chosen region pack is kept by its code; an unknown one is refused; null goes back to my sites', async () => {
  const { handlers } = setup();
  expect(await handlers.setSettings({ region: 'AZ' })).toMatchObject({ ok: true, value: { region: 'az' } });
  expect(await handlers.setSettings({ region: 'xx' })).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'no such region pack' },
  });
  expect(await handlers.getSettings()).toMatchObject({ ok: true, value: { region: 'az' } });
  const back = await handlers.setSettings({ region: null });
  expect(back.ok && 'region' in back.value).toBe(false);
});

test('the target catalogue: every region pack with its size, and the entries of the one asked for', async () => {
  const { handlers } = setup();
  const az = findRegionPack('az');
  const answer = await handlers.listTargetCatalog({ region: 'az' });
  if (!answer.ok) throw new Error('no catalogue');
  expect(answer.value.regions).toContainEqual({ code: 'az', name: 'Azerbaijan', count: az?.entries.length });
  expect(answer.value.entries.length).toBeGreaterThan(0);
  expect(answer.value.entries.map((entry) => entry.input)).toEqual(
    catalogEntries({ region: 'az' }).map((e) => e.input),
  );
  for (const entry of answer.value.entries) {
    expect(Object.keys(entry).sort()).toEqual(['category', 'input', 'label', 'name']);
  }
  expect(answer.value.entries).toContainEqual({
    input: 'https://www.meydan.tv/',
    name: 'Meydan TV',
    category: 'news',
    label: { brand: 'Meydan TV', kind: 'website' },
  });

  const global = await handlers.listTargetCatalog({});
  expect(global.ok && global.value.entries.map((entry) => entry.input)).toEqual(
    catalogEntries().map((entry) => entry.input),
  );
  expect(await handlers.listTargetCatalog({ region: 'xx' })).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'no such region pack' },
  });
});

test('a list saved before labels gets them back by its catalogue source, in the settings and in the run', async () => {
  const { engine, handlers } = setup();
  await handlers.setConsent({ riskNoticeAccepted: true });
  const old = [
    { input: '149.154.175.50:443', source: 'catalogue global: Telegram DC1' },
    { input: 'https://www.meydan.tv/', source: 'catalogue az: Meydan TV' },
    // Another input under a catalogue's name is the user's own: no label is made up for it.
    { input: 'https://changed.example/', source: 'catalogue global: Telegram DC2' },
    { input: 'https://example.org/', source: 'app list' },
  ];
  await handlers.setSettings({ targets: old });
  const labels = [
    { brand: 'Telegram', kind: 'app-servers', index: 1 },
    { brand: 'Meydan TV', kind: 'website' },
    undefined,
    undefined,
  ];
  const read = await handlers.getSettings();
  expect(read.ok && read.value.targets.map((target) => target.label)).toEqual(labels);
  await handlers.startRun({ targets: old, routes: [direct] });
  expect(engine.starts[0]?.plan.entries.map((entry) => entry.label)).toEqual(labels);
});

test('a run with tools: their names in the plan, the bridge lines beside it, and where tor is from the settings', async () => {
  const { engine, handlers } = setup();
  await handlers.setConsent({ riskNoticeAccepted: true });
  await handlers.setSettings({ torPath: '/opt/tor-browser' });
  const line = 'obfs4 192.0.2.7:443 0CAFD6109968784D8C39C6FC5B232A2567580DDD cert=AAAA iat-mode=0';
  const answer = await handlers.startRun({ targets: [], routes: [direct], tools: { wireguard: [], bridges: [line] } });
  expect(answer).toEqual({ ok: true, value: { runId: 'run-1' } });
  const [request] = engine.starts;
  expect(request?.plan.tools?.bridges).toEqual([
    { name: 'bridge 1', transport: 'obfs4', address: { host: '192.0.2.7', port: 443 } },
  ]);
  expect(request?.toolSecrets?.bridges).toEqual({ 'bridge 1': line });
  expect(request?.torPath).toBe('/opt/tor-browser');
  expect(JSON.stringify(request?.plan)).not.toContain('cert=');
});
