import { expect, type Page } from '@playwright/test';
import { catalogList, regionPacks } from '../../src-main/engine/targets/catalog.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { sampleReport } from '../unit/engine/history/sample-report.ts';
import { escapeRegExp, type DetourPage } from './detour-page.ts';

/**
 * Detour's own lists of sites: the services' brands ("Meydan TV", "Telegram") and their
 * addresses, which stay as they are; the kinds ("app servers") are words to translate.
 */
export const CATALOGUE_NAMES = [...catalogList(), ...regionPacks().flatMap((pack) => pack.entries)].flatMap((entry) => [
  entry.brand,
  entry.input,
]);

/** The sites of the saved runs: names that read as the user's own, in no language. */
export const SAVED_SITES = ['meydan.tv', 'bbc.com', 'telegram.org', 'azadliq.org', 'ocaq.az'];

/**
 * Two saved runs a day apart, judged by the real classifier: the earlier with two
 * sites blocked on direct, the later with three, so the comparison, the timeline and
 * the workshop all have something to say. Made once and written into every web mode.
 */
export function savedRuns(): [Report, Report] {
  const run = (day: string, blocked: (index: number) => boolean): Report =>
    sampleReport({
      runId: `c0ffee00-0000-4000-8000-0000000000${day}`,
      startedAt: `2026-11-${day}T08:00:00.000Z`,
      targets: SAVED_SITES.length,
      inputs: SAVED_SITES,
      blocked,
    });
  return [run('28', (index) => index < 2), run('29', (index) => index < 3)];
}

/** What the saved runs bring from the sites themselves: page titles and certificates' names. */
export function siteData(runs: readonly Report[]): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string' && ['title', 'subject', 'issuer'].includes(key))
      found.add(value.replace(/^CN=/u, ''));
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (typeof value === 'object' && value !== null) {
      for (const [name, inner] of Object.entries(value)) walk(inner, name);
    }
  };
  runs.forEach((run) => walk(run, ''));
  return [...found];
}

/** What the tour does at each screen it reaches: check it, picture it. */
export type Visit = (screen: string) => Promise<void>;

/** Presses a button of the History screen's parts, or any other, by its words. */
function press(detour: DetourPage, key: string, params?: Record<string, string | number>): Promise<void> {
  return detour.button(key, params).click();
}

async function goToNav(detour: DetourPage, key: string, titleKey: string): Promise<void> {
  await detour
    .navigation()
    .getByRole('button', { name: detour.t(key), exact: true })
    .click();
  await expect(detour.heading(titleKey)).toBeVisible();
}

/**
 * Every screen of the app, in the order a person meets them, on a fresh profile whose
 * settings already hold a list (a site that answers and one that never does), and
 * whose history holds the two saved runs. The run started last is cancelled.
 */
export async function tourEveryScreen(detour: DetourPage, page: Page, workshopFiles: WorkshopFile[], visit: Visit) {
  const { t } = detour;
  await expect(detour.heading('ui.consent.title')).toBeVisible();
  await visit('consent');
  await detour.acceptNotice();
  await visit('home');
  for (const screen of ['targets', 'routes', 'settings'] as const) {
    await detour.goTo(screen);
    await visit(screen);
  }

  await goToNav(detour, 'history.nav', 'history.title');
  await expect(page.getByRole('button', { name: historyOpenName(detour) })).toHaveCount(2);
  await visit('history');
  await press(detour, 'history.part.compare');
  await press(detour, 'history.compare.button');
  await expect(page.getByRole('table', { name: t('history.compare.caption') })).toBeVisible();
  await visit('history-compare');
  await press(detour, 'history.part.vpn');
  await visit('history-vpn');
  await press(detour, 'history.part.timeline');
  await expect(page.getByRole('table').first()).toBeVisible();
  await visit('history-timeline');
  await press(detour, 'history.part.list');
  await page
    .getByRole('button', { name: historyOpenName(detour) })
    .first()
    .click();
  await expect(detour.resultMatrix().getByRole('rowheader')).toHaveCount(SAVED_SITES.length);
  await visit('past-result');
  await detour.cellButton(SAVED_SITES[0] ?? '', 'office').click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: t('ui.evidence.timeline') })).toBeVisible();
  await visit('evidence');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await goToNav(detour, 'sharing.nav.workshop', 'sharing.workshop.title');
  await page.getByLabel(t('sharing.workshop.files', { json: 'JSON' })).setInputFiles(workshopFiles);
  await expect(page.getByRole('status').filter({ hasText: t('sharing.workshop.loaded', { count: 2 }) })).toBeVisible();
  await visit('workshop');

  // A run held on the site that never answers, then cancelled.
  await detour.diagnose();
  await expect(detour.progressCount(1, 2)).toBeVisible();
  await visit('progress');
  await press(detour, 'ui.progress.cancel');
  await expect(page.getByText(t('ui.result.cancelled'))).toBeVisible();
  await visit('cancelled-result');
}

/** An Open button of the history list, whatever the word order of the language ("{{run}} yoxlamasını açın" in az). */
function historyOpenName(detour: DetourPage): RegExp {
  const [before = '', after = ''] = detour.t('history.open.label', { run: '§' }).split('§');
  return new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`, 'u');
}

export interface WorkshopFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Two participants' reports and a file that is not one: the workshop's table and its problem list. */
export function workshopFiles(runs: readonly Report[]): WorkshopFile[] {
  const file = (name: string, text: string): WorkshopFile => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  return [
    ...runs.map((report, index) => file(`network-${index + 1}.json`, JSON.stringify(report))),
    file('notes.json', '{ "not": "a report" }'),
  ];
}
