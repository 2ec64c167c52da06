import { expect, test } from './fixtures.ts';

test('diagnoses local sites directly and through a proxy, and shows the evidence of a cell', async ({
  page,
  detour,
  sites,
  socksProxy,
}) => {
  const { t } = detour;
  const targets = [sites.ok, sites.other, sites.hanging];
  await detour.acceptNotice();
  await detour.addSites(targets);
  await detour.addRoute('lab-socks', socksProxy);
  // Short, so the site that never answers ends the run soon; long enough to see the run go.
  await detour.setTimeoutSeconds(4);
  await detour.goTo('home');
  await expect(page.getByText(t('ui.home.targets-count', { count: 3 }))).toBeVisible();
  await detour.diagnose();

  // Progress: the count, the bar, Cancel, and a row per site from the start.
  await expect(page.getByRole('progressbar', { name: t('ui.progress.bar') })).toBeVisible();
  await expect(detour.button('ui.progress.cancel')).toBeEnabled();
  const progress = detour.progressMatrix();
  await expect(progress.getByRole('columnheader')).toHaveText(
    ['ui.matrix.site', 'ui.route.direct'].map((key) => t(key)).concat('lab-socks'),
  );
  await expect(progress.getByRole('rowheader')).toHaveText(targets);

  // The result: the advice first, the grid with what opens each site next to its name,
  // every cell a symbol and a word; the summary in sentences on demand.
  await expect(detour.heading('ui.result.title')).toBeVisible();
  await expect(page.getByRole('region', { name: t('advice.label') })).toContainText(t('advice.nothing-blocked'));
  await detour.openResultDetails();
  const summary = page.getByRole('list', { name: t('ui.result.summary') }).getByRole('listitem');
  await expect(summary.first()).toBeVisible();
  for (const sentence of await summary.allInnerTexts()) expect(sentence).toMatch(/^\P{Ll}.*[.!]$/u);
  await expect(summary).toContainText([t('summary.down', { count: 1 })]);
  const matrix = detour.resultMatrix();
  await expect(matrix.getByRole('columnheader')).toHaveText([
    t('ui.matrix.site'),
    t('ui.result.works-through'),
    t('ui.route.direct'),
    'lab-socks',
  ]);
  await expect(matrix.getByRole('rowheader')).toHaveText(targets);
  const cell = detour.verdictCell();
  for (const target of targets) {
    const cells = detour.row(matrix, target).getByRole('cell');
    await expect(cells).toHaveCount(3);
    await expect(cells.nth(1)).toHaveText(cell, { useInnerText: true });
    await expect(cells.nth(2)).toHaveText(cell, { useInnerText: true });
  }
  const works = `✓ ${t('status.ok')}`;
  const okCells = detour.row(matrix, sites.ok).getByRole('cell');
  await expect(okCells.nth(0)).toHaveText(t('advice.site.direct'));
  await expect(okCells.nth(1)).toHaveText(works, { useInnerText: true });
  await expect(okCells.nth(2)).toHaveText(works, { useInnerText: true });

  // A cell's evidence: the verdict in words, the steps with their timings, the raw
  // observations on demand; Escape closes it.
  const opener = detour.cellButton(sites.ok, 'lab-socks');
  await opener.click();
  const dialog = page.getByRole('dialog', { name: t('ui.evidence.title', { target: sites.ok, route: 'lab-socks' }) });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: t('ui.evidence.timeline') })).toBeVisible();
  const steps = dialog.getByRole('list').first().locator(':scope > li');
  await expect(steps.first()).toBeVisible();
  await expect(dialog).toContainText(t('ui.probe.http', { url: sites.ok }));
  await expect(dialog).toContainText(t('ui.evidence.http-status', { status: 200 }));
  const raw = dialog.getByText(t('ui.evidence.raw'));
  await raw.click();
  await expect(dialog.locator('pre')).toContainText('"probe": "http"');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Focus goes back to the cell that opened it: a keyboard user keeps their place.
  await expect(opener).toBeFocused();

  // The site that never answered: its timeline says where and how it failed.
  await detour.cellButton(sites.hanging, 'direct').click();
  const failed = page.getByRole('dialog');
  await expect(failed).toContainText(
    t('ui.evidence.step-failed', {
      failure: t('ui.failure.at', { failure: t('ui.failure.timeout'), stage: t('ui.stage.tls') }),
    }),
  );
  await failed.getByRole('button', { name: t('ui.evidence.close') }).click();
  await expect(failed).toHaveCount(0);
});
