import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { EngineEvent } from '../../src-main/shared/events.ts';
import { runEventMessageSchema } from '../../src-main/shared/ipc/run.ts';
import type { WireguardConfigInfo } from '../../src-main/shared/ipc/tools.ts';
import { renderApp } from './render-app.tsx';

/** "Your tools" in the app: kept on the Routes screen, checked with a run, told in the result. */

const OFFICE: WireguardConfigInfo = {
  id: 'c1',
  name: 'office',
  endpoint: { host: 'vpn.example.org', port: 51820 },
  peers: 1,
};
const FINGERPRINT = '0CAFD6109968784D8C39C6FC5B232A2567580DDD';
const BRIDGE = `obfs4 192.0.2.7:443 ${FINGERPRINT} cert=AAAA iat-mode=0`;

async function openRoutes(options: Parameters<typeof renderApp>[0] = {}) {
  const rendered = renderApp({ consented: true, ...options });
  await rendered.user.click(await screen.findByRole('button', { name: 'Routes' }));
  return rendered;
}

describe('the Routes screen’s Your VPN and Tor bridges', () => {
  test('a WireGuard file chosen in the dialog shows by name and server; the keys never reach the page', async () => {
    const { api, user } = await openRoutes({
      wireguard: {
        dialog: '/home/ana/office.conf',
        files: { '/home/ana/office.conf': { kind: 'added', config: OFFICE } },
      },
    });
    expect(await screen.findByText('None yet.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Add a WireGuard file…' }));
    expect(api.addWireguardConfig).toHaveBeenCalledWith({});
    const list = screen.getByRole('list', { name: 'WireGuard configurations' });
    expect(within(list).getByRole('listitem').textContent).toContain('office vpn.example.org:51820');
    expect(screen.getByText('office added.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Remove office' }));
    expect(api.removeWireguardConfig).toHaveBeenCalledWith({ id: 'c1' });
    expect(within(list).queryAllByRole('listitem')).toEqual([]);
  });

  test('where there is no dialog (web mode), the path is typed; a refused file says why and where', async () => {
    const { api, user } = await openRoutes({
      wireguard: { files: { '/tmp/broken.conf': { kind: 'rejected', code: 'bad-key', line: 2 } } },
    });
    await user.click(await screen.findByRole('button', { name: 'Add a WireGuard file…' }));
    const path = await screen.findByRole('textbox', { name: 'Where the .conf file is on this computer' });
    await user.type(path, '/tmp/broken.conf');
    await user.click(screen.getByRole('button', { name: 'Add this file' }));
    expect(api.addWireguardConfig).toHaveBeenLastCalledWith({ path: '/tmp/broken.conf' });
    expect(screen.getByRole('alert').textContent).toBe(
      'The file was not added: a key is not a WireGuard key (line 2).',
    );
  });

  test('bridge lines are checked as they are typed and kept with the settings', async () => {
    const { api, user } = await openRoutes();
    const lines = await screen.findByRole('textbox', { name: 'Bridge lines' });
    await user.type(lines, 'obfs4 nonsense');
    expect(screen.getByRole('alert').textContent).toBe('Line 1: this is not a bridge line (no address with a port).');
    expect(screen.getByRole('button', { name: 'Save the bridges' })).toHaveProperty('disabled', true);
    await user.clear(lines);
    await user.type(lines, `# from the trainer{enter}${BRIDGE}`);
    await user.click(screen.getByRole('button', { name: 'Save the bridges' }));
    expect(screen.getByText('1 bridge saved.')).toBeDefined();
    expect(api.setSettings).toHaveBeenLastCalledWith(expect.objectContaining({ bridges: [BRIDGE] }));
  });

  test('where Tor is can be given, and emptied again', async () => {
    const { api, user } = await openRoutes({ settings: { torPath: '/opt/tor-browser' } });
    const field = await screen.findByRole('textbox', { name: 'Where Tor is (if Detour does not find it)' });
    expect(field).toHaveProperty('value', '/opt/tor-browser');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.setSettings).toHaveBeenLastCalledWith({ torPath: null });
  });
});

const message = (event: EngineEvent) => runEventMessageSchema.parse({ kind: 'event', runId: 'run-1', event });

const toolsStarted = message({
  type: 'run-started',
  runId: 'run-1',
  startedAt: '2025-03-05T10:00:00.000Z',
  plan: {
    entries: [],
    paths: [{ name: 'direct', kind: 'direct' }],
    options: { timeoutMs: 8000, concurrency: 64, perHostConcurrency: 4 },
    tools: {
      wireguard: [{ name: 'office', endpoint: OFFICE.endpoint }],
      bridges: [{ name: 'bridge 1', transport: 'obfs4', address: { host: '192.0.2.7', port: 443 } }],
      bridgeTimeoutMs: 60_000,
    },
  },
  targets: [],
});

const officeBlocked = message({
  type: 'tool-checked',
  result: {
    kind: 'wireguard',
    name: 'office',
    endpoint: OFFICE.endpoint,
    status: 'address-blocked',
    confidence: 'low',
    reason: 'address-silent',
    params: {},
    restoredBy: [],
    attempts: [],
  },
});

const bridgeReachable = message({
  type: 'tool-checked',
  result: {
    kind: 'bridge',
    name: 'bridge 1',
    transport: 'obfs4',
    address: { host: '192.0.2.7', port: 443 },
    status: 'handshake-done',
    confidence: 'high',
    reason: 'stalled-after-handshake',
    params: { percent: 25, tag: 'requesting_status' },
    progress: { percent: 25, tag: 'requesting_status' },
    durationMs: 60_000,
    tcp: [],
    reachableThrough: [],
  },
});

const finished = message({
  type: 'run-finished',
  endedAt: '2025-03-05T10:01:00.000Z',
  status: 'completed',
  summary: {
    control: null,
    network: 'not-checked',
    targets: 0,
    blocked: 0,
    refused: 0,
    counts: {},
    routes: [],
    bestRoute: null,
    cheapestSufficient: null,
    calls: { status: 'not-tested', restoredBy: [] },
    residualBlocking: false,
    messages: [{ key: 'summary.direct-only', params: {} }],
  },
});

describe('a run with tools', () => {
  test('tools alone can be checked: Diagnose sends them with no site', async () => {
    const { api, user } = renderApp({ consented: true, lists: { bridges: [BRIDGE] }, wireguard: { kept: [OFFICE] } });
    expect(await screen.findByText('Checked with every run: 1 WireGuard configuration, 1 bridge.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    expect(api.startRun).toHaveBeenCalledWith({
      targets: [],
      routes: [{ name: 'direct', kind: 'direct' }],
      tools: { wireguard: ['c1'], bridges: [BRIDGE] },
    });
  });

  test('progress shows each tool as checking, then the result tells each in plain words with a mark', async () => {
    const { user, emit } = renderApp({ consented: true, lists: { bridges: [BRIDGE] }, wireguard: { kept: [OFFICE] } });
    await user.click(await screen.findByRole('button', { name: 'Diagnose' }));
    await emit(toolsStarted);
    const tools = await screen.findByRole('region', { name: 'Your tools' });
    expect(within(tools).getAllByText('Checking…')).toHaveLength(2);
    await emit(officeBlocked, bridgeReachable, finished);
    const result = await screen.findByRole('region', { name: 'Your tools' });
    const items = within(result)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items[0]).toBe(
      '✗office (WireGuard VPN, vpn.example.org:51820)Server address blocked (possible)Nothing at the server’s address answers from this network, not even a refusal: the address is probably blocked here, or the server is offline. A route that carries UDP (a SOCKS5 proxy, an Outline key) would tell which.',
    );
    expect(items[1]).toContain('✓bridge 1 (Tor bridge, obfs4, 192.0.2.7:443)Reachable: handshake done (sure)');
    // A run of tools alone: no summary of sites that were not there.
    expect(screen.queryByText(/Only your own connection was tested/)).toBeNull();
    expect(screen.getByText(/Finished/)).toBeDefined();
  });
});
