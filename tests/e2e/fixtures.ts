import { createServer as createTcpServer, type Server } from 'node:net';
import { join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { test as base, expect } from '@playwright/test';
import type { TargetLists } from '../../src-main/host/actions.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src-main/shared/ipc/settings.ts';
import { startWebMode } from '../../src-main/web/web-mode.ts';
import { startDebianProxy } from '../lab/servers/debian-proxies.ts';
import { httpsServer } from '../lab/servers/http-servers.ts';
import { listen, type Listening } from '../lab/servers/listen.ts';
import { startStunServer } from '../lab/servers/stun-server.ts';
import { DetourPage } from './detour-page.ts';

const ROOT = join(import.meta.dirname, '../..');

export interface LocalSites {
  /** A page that answers: https://localhost:PORT/ok (the test CA's leaf covers localhost). */
  ok: string;
  /** The same server under another name: a second site that answers. */
  other: string;
  /** The neutral site a route must reach before it is used (never example.com: traffic stays on 127.0.0.1). */
  control: string;
  /** Accepts the connection and never answers: what a run waits on until it is cancelled. */
  hanging: string;
}

/**
 * Detour's own lists of sites as a test's web mode has them: `none` (no region pack, no
 * global entries: a first start fills nothing in), or `local`, lists of the same shape
 * as the engine's whose sites are this test's own on 127.0.0.1, so a first start's list
 * can be measured without a packet leaving the machine.
 */
export type Catalogue = 'none' | 'local';

interface Fixtures {
  catalogue: Catalogue;
  /** Web mode on 127.0.0.1 with its own data folder, the page opened at its address. */
  app: { url: string };
  /** The app in that page, driven by roles and names in the current language. */
  detour: DetourPage;
  sites: LocalSites;
  /** Debian's microsocks on 127.0.0.1, as a route URL. */
  socksProxy: string;
}

/**
 * Each test gets its own web mode (fresh settings and consent), its own local sites
 * and its own proxy; all are stopped when the test ends, whatever happened.
 */
export const test = base.extend<Fixtures>({
  catalogue: ['none', { option: true }],
  app: async ({ page, sites, catalogue }, use, testInfo) => {
    const dataDir = testInfo.outputPath('data');
    await useLocalControl(dataDir, sites.control);
    const stun = catalogue === 'local' ? await startStunServer() : null;
    const mode = await startWebMode({
      port: 0,
      dataDir,
      rendererRoot: join(ROOT, 'out/renderer'),
      languages: ['en'],
      targetLists: stun === null ? NO_TARGET_LISTS : localTargetLists(sites, `stun:127.0.0.1:${stun.port}`),
      onError: (where, error) => console.error(`web mode ${where}:`, error),
    });
    await page.goto(mode.url);
    await use({ url: mode.url });
    await mode.close();
    await stun?.close();
  },
  detour: async ({ page, app }, use, testInfo) => {
    await expect(page).toHaveURL(app.url);
    await use(new DetourPage(page, testInfo));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in the first argument.
  sites: async ({}, use) => {
    const ok = await listenOnLoopback(() => httpsServer());
    const hanging = await listen(createTcpServer(() => undefined));
    await use({
      ok: `https://localhost:${ok.port}/ok`,
      other: `https://127.0.0.1:${ok.port}/redirect-chain/1`,
      control: `https://127.0.0.1:${ok.port}/ok`,
      hanging: `https://127.0.0.1:${hanging.port}/`,
    });
    await Promise.all([ok.close(), hanging.close()]);
  },
  // eslint-disable-next-line no-empty-pattern -- as above.
  socksProxy: async ({}, use) => {
    const proxy = await startDebianProxy.microsocks();
    await use(`socks5h://127.0.0.1:${proxy.port}`);
    await proxy.stop();
  },
});

const NO_TARGET_LISTS: TargetLists = { global: [], packs: [] };

/** The catalogue's shape (a region pack, messengers, calls, a control) over the test's own sites. */
function localTargetLists(sites: LocalSites, stun: string): TargetLists {
  const { port } = new URL(sites.ok);
  return {
    global: [
      {
        input: sites.control,
        category: 'control',
        name: 'example.com (RFC 2606)',
        brand: 'example.com',
        kind: 'neutral',
      },
      { input: sites.ok, category: 'messaging', name: 'Telegram web', brand: 'Telegram', kind: 'web-app' },
      {
        input: `127.0.0.1:${port}`,
        category: 'messaging',
        name: 'Telegram DC1',
        brand: 'Telegram',
        kind: 'app-servers',
        index: 1,
      },
      { input: stun, category: 'calls', name: 'Google STUN', brand: 'Google', kind: 'call-server' },
    ],
    packs: [
      {
        code: 'az',
        name: 'Azerbaijan',
        entries: [{ input: sites.other, category: 'news', name: 'Meydan TV', brand: 'Meydan TV', kind: 'website' }],
      },
    ],
  };
}

/**
 * The app measures its neutral controls (Settings) before every run; out of the box
 * those are public sites. The tests stay on 127.0.0.1: each starts with a settings
 * file whose only control is local, as a user would set it in Settings.
 */
async function useLocalControl(dataDir: string, controlUrl: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const settings: Settings = { ...DEFAULT_SETTINGS, controls: [controlUrl] };
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(settings));
}

/**
 * A server on 127.0.0.1 and, when this machine has IPv6 loopback, on ::1 at the same
 * port: `localhost` may resolve to either, at the engine and at the SOCKS proxy alike.
 */
async function listenOnLoopback(create: () => Server): Promise<Listening> {
  const v4 = await listen(create());
  const v6 = await listen(create(), '::1', v4.port).catch(() => null);
  return {
    port: v4.port,
    close: () => Promise.all([v4.close(), v6?.close()]).then(() => undefined),
  };
}

export { expect };
