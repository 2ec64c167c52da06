import { join } from 'node:path';
import { appendRunSpeeds } from '../../src-main/engine/history/speed-file.ts';
import type { Language } from '../../src-main/shared/i18n/index.ts';
import { mondayWeeksBefore, SLOWED_SITE, weekdayEveningSeries } from '../support/speed-series.ts';
import { sampleReport, writeRun } from '../unit/engine/history/sample-report.ts';
import { expect, test } from './fixtures.ts';

/**
 * The speed charts of "Over time" from a history seeded as a schedule would leave it:
 * three weeks of hourly runs (their reports and the speed file beside them), a news
 * site slowed on weekday evenings while the neutral site is not. The heat map and the
 * timeline are screenshotted in every language, light and dark: test-results/e2e/screenshots/.
 */
test('the speed heat map and timeline in en, az and ru', async ({ page, detour }, testInfo) => {
  const history = join(testInfo.outputPath('data'), 'history');
  const series = weekdayEveningSeries(mondayWeeksBefore(new Date(), 3), 3);
  for (const run of series.runs) {
    writeRun(history, sampleReport({ runId: run.runId, startedAt: run.startedAt, targets: 1, inputs: [SLOWED_SITE] }));
  }
  await appendRunSpeeds(history, series.runs);

  await detour.acceptNotice();
  await detour
    .navigation()
    .getByRole('button', { name: detour.t('history.nav'), exact: true })
    .click();
  await detour.button('history.part.timeline').click();
  const heatMap = page.locator('[data-chart="heatmap"]');
  const timeline = page.locator('[data-chart="timeline"]');
  for (const language of ['en', 'az', 'ru'] satisfies Language[]) {
    if (language !== 'en') await detour.switchLanguage(language);
    await expect(page.getByRole('heading', { name: detour.t('pattern-ui.heading') })).toBeVisible();
    await expect(page.getByText(detour.t('pattern.site.targeted.controls-normal'))).toBeVisible();
    await expect(
      heatMap.getByRole('img', { name: detour.t('pattern-ui.heatmap.title', { site: SLOWED_SITE }) }),
    ).toBeVisible();
    await expect(
      timeline.getByRole('img', { name: detour.t('pattern-ui.timeline.title', { site: SLOWED_SITE }) }),
    ).toBeVisible();
    const shots = join(testInfo.project.outputDir, 'screenshots');
    // The app follows the system's light or dark look (its default theme setting).
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const name = (chart: string): string => join(shots, `speed-${chart}-${language}-${scheme}.png`);
      await heatMap.screenshot({ path: name('heatmap'), animations: 'disabled' });
      await timeline.screenshot({ path: name('timeline'), animations: 'disabled' });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
});
