import { mkdir, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { reportFileName } from '../../src-main/engine/history/run-files.ts';
import { CATALOGS, createTranslator, type Language } from '../../src-main/shared/i18n/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src-main/shared/ipc/settings.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { startWebMode } from '../../src-main/web/web-mode.ts';
import { httpsServer } from '../lab/servers/http-servers.ts';
import { listen } from '../lab/servers/listen.ts';
import { englishVocabulary, englishWordsIn, withoutUserData } from '../support/english-words.ts';
import { addAxe, audit } from './axe-audit.ts';
import { DetourPage } from './detour-page.ts';
import {
  CATALOGUE_NAMES,
  SAVED_SITES,
  savedRuns,
  siteData,
  tourEveryScreen,
  workshopFiles,
  type WorkshopFile,
} from './screen-tour.ts';

const ROOT = join(import.meta.dirname, '../..');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** axe's impacts that fail the test; minor and moderate ones are printed. */
const FAILING = new Set(['serious', 'critical']);

interface LocalSites {
  ok: string;
  hanging: string;
}

/**
 * Every screen in en, az and ru, at 1280×800 and 800×600, light and dark: axe-core
 * finds no serious or critical violation (in dark, where only colours change, its
 * contrast rule alone), no English is left in az and ru, and a full-page picture of
 * each is kept in test-results/e2e/screenshots/screens/. One test, one fresh web mode
 * and one browser context per language, so that a failure names its language; the
 * dark theme from the computer's prefers-color-scheme, as Settings' "as on this
 * computer" follows it.
 */
const test = base.extend<{ sites: LocalSites }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures name their dependencies in the first argument.
  sites: async ({}, use) => {
    const ok = await listen(httpsServer());
    const hanging = await listen(createTcpServer(() => undefined));
    await use({ ok: `https://127.0.0.1:${ok.port}/ok`, hanging: `https://127.0.0.1:${hanging.port}/` });
    await Promise.all([ok.close(), hanging.close()]);
  },
});

for (const language of ['en', 'az', 'ru'] satisfies Language[]) {
  test(`every screen in ${language}, at both sizes, light and dark: accessible and pictured`, async ({
    browser,
    sites,
  }, testInfo) => {
    // About a minute on a quiet machine (see the figure printed); the steps fail in seconds.
    test.setTimeout(300_000);
    const started = performance.now();
    const runs = savedRuns();
    const files = workshopFiles(runs);
    // What no translation touches: the sites, their titles and certificates, the route, the files.
    const userData = [...SAVED_SITES, ...siteData(runs), ...CATALOGUE_NAMES, 'office'];
    userData.push(...files.flatMap((file) => [file.name, file.name.replace(/\.json$/u, '')]));
    const shots = join(testInfo.project.outputDir, 'screenshots', 'screens');
    const serious: string[] = [];
    const english: string[] = [];
    const dataDir = testInfo.outputPath('data');
    await seedProfile(dataDir, sites, runs);
    await tour(browser, language, dataDir, files, userData, english, async (page, screen) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const theme of THEMES) {
          const name = `${language}-${size.width}x${size.height}-${theme}`;
          await page.emulateMedia({ colorScheme: theme });
          // Only the colours change with the theme: in dark, axe's contrast rule is all that
          // can find more (at both sizes, as the narrow layout shows other elements).
          const violations = theme === 'light' ? await audit(page) : await audit(page, ['color-contrast']);
          for (const violation of violations) {
            const where = `${violation.id} (${violation.impact}) on ${screen} ${name}`;
            if (FAILING.has(violation.impact)) serious.push(`${where}: ${violation.targets.join(', ')}`);
            else console.log(`axe, not failing: ${where}, ${violation.count} element(s)`);
          }
          // The whole page in light, what the window shows in dark: the same layout, half the
          // time. The app's one animation, the scroll cue, follows scrolling, not time
          // (components/ScrollCue), so nothing moves while a picture is taken.
          await page.screenshot({ path: join(shots, `${screen}-${name}.png`), fullPage: theme === 'light' });
        }
      }
    });
    // A figure for the notes (what this test adds to the suite), not a bound.
    console.log(`every screen in ${language}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    expect(serious, 'axe: serious or critical violations').toEqual([]);
    expect(english, `English left in ${language}`).toEqual([]);
  });
}

/** A fresh profile: a local control, the two sites, a timeout the hanging site waits out, the saved runs. */
async function seedProfile(dataDir: string, sites: LocalSites, runs: readonly Report[]): Promise<void> {
  const history = join(dataDir, 'history');
  await mkdir(history, { recursive: true, mode: 0o700 });
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    controls: [sites.ok],
    timeoutMs: 120_000,
    targets: [sites.ok, sites.hanging].map((input) => ({ input, source: 'user' })),
    routes: [{ name: 'office', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: 9, auth: false }],
  };
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify(settings));
  for (const report of runs) {
    await writeFile(join(history, reportFileName(report.startedAt, report.runId)), JSON.stringify(report));
  }
}

type Check = (page: Page, screen: string) => Promise<void>;

/** One language: its web mode, its browser context, the tour with the checks at each screen. */
async function tour(
  browser: Browser,
  language: Language,
  dataDir: string,
  files: WorkshopFile[],
  userData: readonly string[],
  found: string[],
  check: Check,
): Promise<void> {
  const mode = await startWebMode({
    port: 0,
    dataDir,
    rendererRoot: join(ROOT, 'out/renderer'),
    languages: [language],
    onError: (where, error) => console.error(`web mode ${where}:`, error),
  });
  // The app starts in the browser's language on a fresh profile (navigator.languages).
  const context = await browser.newContext({ locale: language });
  await addAxe(context);
  // A step that cannot happen fails in seconds, not at the end of the test's ten minutes.
  context.setDefaultTimeout(20_000);
  try {
    const page = await context.newPage();
    await page.goto(mode.url);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const detour = new DetourPage(page, base.info());
    detour.language = language;
    detour.t = createTranslator(language);
    const vocabulary = language === 'en' ? [] : englishVocabulary(CATALOGS.en, CATALOGS[language]);
    await tourEveryScreen(detour, page, files, async (screen) => {
      if (language !== 'en') {
        const shown = await page.locator('body').innerText();
        const own = withoutUserData(shown, userData);
        const english = englishWordsIn(own, vocabulary);
        // Said with the others at the end, so that one run shows every screen's findings.
        if (english.length > 0) found.push(`English on ${screen} in ${language}: ${english.join(', ')}`);
      }
      await check(page, screen);
    });
  } finally {
    await context.close();
    await mode.close();
  }
}
