import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronPackageDir, locateElectron } from '../../scripts/electron-binary.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);
/**
 * The binary `npm start` would start, found by the same code (ELECTRON_EXEC_PATH,
 * ELECTRON_OVERRIDE_DIST_PATH, or Electron's download in node_modules), and started
 * as electron-vite starts it: on the project folder, whose package.json names the
 * build (global-setup's electron-vite build, as npm start's).
 */
const ELECTRON = locateElectron(process.env, electronPackageDir(ROOT));
const SKIP_REASON =
  'no Electron binary on this machine: set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron 45 to run the desktop app';

/** Chromium refuses to run as root with its sandbox; without a display, it draws nowhere. */
function platformSwitches(): string[] {
  const switches: string[] = [];
  if (process.getuid?.() === 0) switches.push('--no-sandbox');
  const display = process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY'];
  if (process.platform === 'linux' && (display === undefined || display === '')) {
    switches.push('--ozone-platform=headless');
  }
  return switches;
}

interface Navigation {
  url: string;
  prevented: boolean;
}

// eslint-disable-next-line no-empty-pattern -- Playwright names a test's fixtures in its first argument; this one needs none.
test('the desktop app opens sandboxed on the notice and goes nowhere else', async ({}, testInfo) => {
  if (ELECTRON.source === 'download' && !existsSync(ELECTRON.executable)) {
    console.log(`Skipping the Electron e2e test: ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
    return;
  }
  expect(existsSync(ELECTRON.executable), `${ELECTRON.source} has no Electron binary: ${ELECTRON.executable}`).toBe(
    true,
  );
  const dataDir = testInfo.outputPath('electron-data');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE'].includes(entry[0]),
    ),
  );
  const t = createTranslator('en');

  let app: ElectronApplication | undefined;
  try {
    app = await electron.launch({
      executablePath: ELECTRON.executable,
      cwd: ROOT,
      // Its own user data (settings, consent, the single-instance lock) in this test's folder, in English.
      args: [...platformSwitches(), `--user-data-dir=${dataDir}`, '--lang=en-US', '.'],
      env: { ...env, XDG_CONFIG_HOME: dataDir, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
    });
    const page = await app.firstWindow();

    await test.step('the window opens on the risk notice', async () => {
      await expect(page.getByRole('heading', { level: 1, name: t('ui.consent.title') })).toBeVisible();
      await expect(page.getByRole('button', { name: t('ui.consent.accept') })).toBeEnabled();
      expect(page.url()).toMatch(/^app:\/\/detour\//);
    });

    await test.step('window.detour is the bridge, and it answers', async () => {
      expect(await page.evaluate('typeof window.detour')).toBe('object');
      expect(await page.evaluate('typeof window.detour.getConsent')).toBe('function');
      expect(await page.evaluate('window.detour.getConsent().then((answer) => answer.ok)')).toBe(true);
    });

    await test.step('the page has no Node: no require, no process, no module', async () => {
      expect(await page.evaluate('[typeof require, typeof process, typeof module]')).toEqual([
        'undefined',
        'undefined',
        'undefined',
      ]);
    });

    await test.step('navigating away and opening windows are denied', async () => {
      await app?.evaluate(({ BrowserWindow }) => {
        const seen: { url: string; prevented: boolean }[] = [];
        (globalThis as { detourTestNavigations?: typeof seen }).detourTestNavigations = seen;
        for (const window of BrowserWindow.getAllWindows()) {
          window.webContents.on('will-frame-navigate', (event) => {
            seen.push({ url: event.url, prevented: event.defaultPrevented });
          });
        }
      });
      await page.evaluate("location.assign('https://example.org/')");
      await expect
        .poll(() =>
          app?.evaluate(() => (globalThis as { detourTestNavigations?: Navigation[] }).detourTestNavigations ?? []),
        )
        .toEqual([{ url: 'https://example.org/', prevented: true }]);
      expect(page.url()).toMatch(/^app:\/\/detour\//);
      await expect(page.getByRole('heading', { level: 1, name: t('ui.consent.title') })).toBeVisible();
      expect(await page.evaluate("window.open('https://example.org/') === null")).toBe(true);
      expect(app?.windows()).toHaveLength(1);
    });

    await test.step('a second launch hands over to the running app and quits, opening no window', async () => {
      await app?.evaluate(({ app: electronApp }) => {
        const state = globalThis as { detourTestHandOvers?: number };
        state.detourTestHandOvers = 0;
        electronApp.on('second-instance', () => (state.detourTestHandOvers = (state.detourTestHandOvers ?? 0) + 1));
      });
      // Resolves only when the second process has exited with 0: it quit, it did not stay.
      await run(ELECTRON.executable, [...platformSwitches(), `--user-data-dir=${dataDir}`, '.'], {
        cwd: ROOT,
        env,
      });
      await expect
        .poll(() => app?.evaluate(() => (globalThis as { detourTestHandOvers?: number }).detourTestHandOvers))
        .toBe(1);
      expect(app?.windows()).toHaveLength(1);
    });
  } finally {
    await app?.close();
  }
});
