import { expect, test } from 'vitest';
import { ACTION_CHANNELS, ACTION_NAMES, RUN_EVENT_CHANNEL } from '../../../../src-main/shared/ipc/channels.ts';
import { IPC_CONTRACT } from '../../../../src-main/shared/ipc/contract.ts';
import { fail, ok } from '../../../../src-main/shared/ipc/result.ts';
import { runEventMessageSchema, startRunRequestSchema } from '../../../../src-main/shared/ipc/run.ts';
import { DEFAULT_SETTINGS, settingsChangeSchema } from '../../../../src-main/shared/ipc/settings.ts';

test('every action has its own channel and a contract entry, and nothing else does', () => {
  expect(Object.keys(IPC_CONTRACT).sort()).toEqual([...ACTION_NAMES].sort());
  const channels = Object.values(ACTION_CHANNELS);
  expect(new Set([...channels, RUN_EVENT_CHANNEL]).size).toBe(channels.length + 1);
  for (const channel of channels) expect(channel).toMatch(/^detour:[a-z-]+$/);
});

test('the actions the app needs', () => {
  expect([...ACTION_NAMES].sort()).toEqual([
    'addWireguardConfig',
    'cancelRun',
    'compareRuns',
    'deleteAllRuns',
    'deleteRun',
    'detectLocalTools',
    'exportReport',
    'forgetRouteCredentials',
    'getConsent',
    'getRunStatus',
    'getScheduleStatus',
    'getSettings',
    'historyLocation',
    'listLocalAddresses',
    'listRouteCredentials',
    'listRuns',
    'listTargetCatalog',
    'listWireguardConfigs',
    'openRun',
    'probeProxyAddress',
    'readReportText',
    'removeWireguardConfig',
    'renameRun',
    'runObservations',
    'runTimeline',
    'saveRouteCredentials',
    'setConsent',
    'setRunNetwork',
    'setSettings',
    'speedPattern',
    'startRun',
    'startSchedule',
    'stopSchedule',
    'testRoute',
  ]);
});

test('every answer is a plain { ok, value } or { ok: false, error: { code, message? } }', () => {
  const response = IPC_CONTRACT.getSettings.response;
  expect(response.safeParse(ok(DEFAULT_SETTINGS)).success).toBe(true);
  expect(response.safeParse(fail('busy')).success).toBe(true);
  expect(response.safeParse(fail('internal', 'the run stopped')).success).toBe(true);
  expect(response.safeParse({ ok: false, error: { code: 'teapot' } }).success).toBe(false);
  expect(response.safeParse({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'de' } }).success).toBe(false);
  expect(response.safeParse({ ok: false, error: new Error('x') }).success).toBe(false);
});

test('the catalogue request names a region or none, and nothing else', () => {
  const request = IPC_CONTRACT.listTargetCatalog.request;
  expect(request.safeParse({}).success).toBe(true);
  expect(request.safeParse({ region: 'az' }).success).toBe(true);
  expect(request.safeParse({ region: '' }).success).toBe(false);
  expect(request.safeParse({ region: 'az', all: true }).success).toBe(false);
  expect(request.safeParse(undefined).success).toBe(false);
});

test('actions without a payload take none', () => {
  expect(IPC_CONTRACT.getRunStatus.request.safeParse(undefined).success).toBe(true);
  expect(IPC_CONTRACT.getRunStatus.request.safeParse({}).success).toBe(false);
});

test('a start request keeps routes and their secrets apart', () => {
  const request = {
    targets: [{ input: 'example.org', source: 'form' }],
    routes: [
      { name: 'direct', kind: 'direct' },
      { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '10.0.0.5', port: 1080, auth: true },
    ],
    secrets: { office: { username: 'u', password: 'p' } },
    options: { timeoutMs: 4000, controls: ['https://control.example/'] },
  };
  expect(startRunRequestSchema.parse(request)).toEqual(request);
  // A password inside a route spec is no part of the contract: the spec schema drops it.
  const leaky = { ...request, routes: [{ ...request.routes[1], password: 'p' }] };
  expect(JSON.stringify(startRunRequestSchema.parse(leaky).routes)).not.toContain('password');
});

test('a start request needs a site or a tool; tools are ids and bridge lines, never keys', () => {
  const routes = [{ name: 'direct', kind: 'direct' }];
  expect(startRunRequestSchema.safeParse({ targets: [], routes }).success).toBe(false);
  const toolsOnly = { targets: [], routes, tools: { wireguard: ['c0ffee'], bridges: [] } };
  expect(startRunRequestSchema.parse(toolsOnly)).toEqual(toolsOnly);
  const withKey = { ...toolsOnly, tools: { ...toolsOnly.tools, privateKey: 'x' } };
  expect(startRunRequestSchema.safeParse(withKey).success).toBe(false);
});

test('a setting change may not set a field to undefined or add one', () => {
  expect(settingsChangeSchema.safeParse({ language: 'az' }).success).toBe(true);
  expect(settingsChangeSchema.safeParse({}).success).toBe(true);
  expect(settingsChangeSchema.safeParse({ language: undefined }).success).toBe(false);
  expect(settingsChangeSchema.safeParse({ colourScheme: 'dark' }).success).toBe(false);
});

test('run events carry their run id and are either engine events or one run-failed', () => {
  const finished = { type: 'run-finished', endedAt: '2026-03-01T10:00:00Z', status: 'cancelled' };
  expect(runEventMessageSchema.safeParse({ kind: 'event', runId: 'r', event: { type: 'nonsense' } }).success).toBe(
    false,
  );
  expect(runEventMessageSchema.safeParse({ kind: 'run-failed', runId: 'r', error: { code: 'internal' } }).success).toBe(
    true,
  );
  expect(runEventMessageSchema.safeParse({ kind: 'event', event: finished }).success).toBe(false);
});
