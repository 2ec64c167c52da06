import { expect, test } from './fixtures.ts';

test('Cancel stops a run that waits on a site, and Diagnose is available again', async ({ page, detour, sites }) => {
  const { t } = detour;
  await detour.acceptNotice();
  await detour.addSites([sites.ok, sites.hanging]);
  // A site that never answers and a deadline far away: the run waits until it is cancelled.
  await detour.setTimeoutSeconds(60);
  await detour.diagnose();

  const progress = detour.progressMatrix();
  await expect(detour.progressCount(1, 2)).toBeVisible();
  await expect(detour.row(progress, sites.hanging).getByRole('cell')).toHaveText([`… ${t('ui.step.tls')}`], {
    useInnerText: true,
  });
  await detour.button('ui.progress.cancel').click();

  // Stopped at once (the engine cancels within a second), not when the deadline passes.
  await expect(detour.heading('ui.result.title')).toBeVisible({ timeout: 5000 });
  await expect(page.getByText(t('ui.result.cancelled'))).toBeVisible();
  const matrix = detour.resultMatrix();
  // The first cell says what opens the site; the second is the user's own connection.
  await expect(detour.row(matrix, sites.ok).getByRole('cell').nth(1)).toHaveText(`✓ ${t('status.ok')}`, {
    useInnerText: true,
  });
  // The cancelled site was never decided: not measured, or unclear, never a verdict.
  const undecided = new RegExp(`^(—\\s*${t('report.cell.not-measured')}|\\?\\s*${t('status.inconclusive')})$`, 'u');
  await expect(detour.row(matrix, sites.hanging).getByRole('cell').nth(1)).toHaveText(undecided, {
    useInnerText: true,
  });

  // Diagnose again, from the result and from the start screen alike.
  await expect(detour.button('ui.result.again')).toBeEnabled();
  await detour.button('ui.result.home').click();
  await expect(detour.heading('ui.home.title')).toBeVisible();
  await expect(detour.button('ui.home.diagnose')).toBeEnabled();
  await detour.button('ui.home.diagnose').click();
  await expect(detour.heading('ui.progress.title')).toBeVisible();
  await expect(detour.progressCount(1, 2)).toBeVisible();
  await detour.button('ui.progress.cancel').click();
  await expect(page.getByText(t('ui.result.cancelled'))).toBeVisible({ timeout: 5000 });
});
