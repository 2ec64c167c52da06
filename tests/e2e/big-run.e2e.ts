import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACTION_CHANNELS } from '../../src-main/shared/ipc/channels.ts';
import { API_PREFIX } from '../../src-main/web/api.ts';
import { reportFileName } from '../../src-main/engine/history/run-files.ts';
import { sampleReport } from '../unit/engine/history/sample-report.ts';
import { escapeRegExp } from './detour-page.ts';
import { expect, test } from './fixtures.ts';

/**
 * Run in the page, as source: these tests are type-checked without the DOM's types.
 * From now (the press of Open) to the frame that draws the grid's first site (the
 * table of that caption), and
 * the part of it after the run's report arrived (the rest is web mode reading the
 * file and sending it).
 */
const FIRST_PAINT = `(openRunPath, caption) => new Promise((resolve) => {
  const start = performance.now();
  const drawn = () =>
    [...document.querySelectorAll('table')].some(
      (table) => table.caption?.textContent === caption && table.querySelector('tbody tr[aria-rowindex="2"]') !== null,
    );
  const frame = () => {
    if (!drawn()) return requestAnimationFrame(frame);
    const painted = performance.now();
    const answer = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith(openRunPath) && entry.startTime >= start);
    resolve({ total: painted - start, afterArrival: painted - (answer?.responseEnd ?? start) });
  };
  requestAnimationFrame(frame);
})`;

/** Sites in the saved run: a big test list, such as a trainer runs on a whole country's list. */
const SITES = 10_000;

test('a saved run of 10,000 sites opens in the result and scrolls to its last site, the page answering', async ({
  page,
  detour,
}, testInfo) => {
  test.setTimeout(180_000);
  const { t } = detour;
  // A run as the engine saves it: every site measured over direct, a SOCKS proxy and
  // encrypted DNS, judged by the real classifier (about 70 MB of JSON).
  const report = sampleReport({ targets: SITES, startedAt: new Date(Date.now() - 60_000).toISOString() });
  const history = join(testInfo.outputPath('data'), 'history');
  await mkdir(history, { recursive: true });
  await writeFile(join(history, reportFileName(report.startedAt, report.runId)), JSON.stringify(report));
  const lastSite = report.targets.at(-1)?.target.input ?? '';

  await detour.acceptNotice();
  await detour
    .navigation()
    .getByRole('button', { name: t('history.nav'), exact: true })
    .click();
  const [before = ''] = t('history.open.label', { run: '§' }).split('§');
  const open = page.getByRole('button', { name: new RegExp(`^${escapeRegExp(before)}`, 'u') });

  // Time to first paint of the grid: figures for the notes, not bounds.
  const openRunPath = JSON.stringify(`${API_PREFIX}${encodeURIComponent(ACTION_CHANNELS.openRun)}`);
  const caption = JSON.stringify(t('ui.result.matrix'));
  // The watch starts in the page before Open is pressed (awaited), and is read after.
  await page.evaluate(`void (window.firstPaint = (${FIRST_PAINT})(${openRunPath}, ${caption}))`);
  await open.click();
  const matrix = detour.resultMatrix();
  await expect(matrix.getByRole('rowheader').first()).toBeVisible({ timeout: 60_000 });
  const paint = await page.evaluate<{ total: number; afterArrival: number }>('window.firstPaint');
  console.log(
    `first paint of the result matrix of ${SITES} sites: ${paint.total.toFixed(0)} ms after Open, ` +
      `${paint.afterArrival.toFixed(0)} ms after the report arrived`,
  );

  // The table tells assistive technology its real size, while only the rows on screen are drawn.
  await expect(matrix).toHaveAttribute('aria-rowcount', String(SITES + 1));
  expect(await matrix.getByRole('row').count()).toBeLessThan(100);

  // A cell's evidence is not sent with the run: it is read from the saved file when
  // the cell opens (runObservations), each of its measurements a step.
  const first = report.targets[0]?.target;
  const steps = report.observations.filter((o) => o.targetId === first?.id && o.path === 'direct').length;
  const clicked = performance.now();
  await detour.cellButton(first?.input ?? '', 'direct').click();
  const dialog = page.getByRole('dialog', {
    name: t('ui.evidence.title', { target: first?.input ?? '', route: t('ui.route.direct') }),
  });
  await expect(dialog.getByRole('list').first().locator(':scope > li')).toHaveCount(steps, { timeout: 60_000 });
  console.log(`evidence of one cell of ${SITES} sites: ${(performance.now() - clicked).toFixed(0)} ms after the click`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // To the bottom with the mouse wheel: the last site is drawn, in its place, and the
  // header stays in view above it.
  const scroller = matrix.locator('xpath=..');
  await scroller.evaluate('(scroller) => scroller.scrollIntoView({ block: "end" })');
  await scroller.hover();
  await page.mouse.wheel(0, 10_000_000);
  const lastRow = detour.row(matrix, lastSite);
  await expect(lastRow).toBeInViewport();
  await expect(lastRow).toHaveAttribute('aria-rowindex', String(SITES + 1));
  await expect(matrix.getByRole('columnheader', { name: t('ui.matrix.site'), exact: true })).toBeInViewport();

  // And back up; the page still answers.
  await page.mouse.wheel(0, -10_000_000);
  await expect(detour.row(matrix, report.targets[0]?.target.input ?? '')).toBeInViewport();
  expect(await page.evaluate('document.visibilityState')).toBe('visible');
});
