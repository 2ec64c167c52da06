import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
const SKIP_REASON =
  'no Electron binary on this machine: set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron 45 to run the desktop app';

/** The binary in an Electron dist folder, as the electron package finds it there. */
function electronBinary(dist: string): string {
  if (process.platform === 'darwin') return join(dist, 'Electron.app/Contents/MacOS/Electron');
  return join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron');
}

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
  if (DIST === undefined || DIST === '') {
    console.log(`Skipping the Electron e2e test: ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
    return;
  }
  const executablePath = electronBinary(DIST);
  expect(existsSync(executablePath), `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary: ${executablePath}`).toBe(
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
      executablePath,
      cwd: ROOT,
      // Its own user data (settings, consent) in this test's folder, in English.
      args: [...platformSwitches(), `--user-data-dir=${dataDir}`, '--lang=en-US', join(ROOT, 'out/main/index.js')],
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
  } finally {
    await app?.close();
  }
});
