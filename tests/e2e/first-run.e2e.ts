import { expect, test } from './fixtures.ts';

test('the risk notice comes first, and nothing else is reachable until it is accepted', async ({
  page,
  app,
  detour,
}) => {
  await expect(detour.heading('ui.consent.title')).toBeVisible();

  // Only the notice: no screens to go to, no Diagnose; its one button is to continue.
  await expect(detour.navigation()).toHaveCount(0);
  await expect(detour.button('ui.home.diagnose')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveText([detour.t('ui.consent.accept')]);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    detour.t('ui.consent.risk-title'),
    detour.t('ui.consent.stored-title'),
  ]);

  // Opening the app again is no answer: the notice is still there.
  await page.goto(app.url);
  await expect(detour.heading('ui.consent.title')).toBeVisible();
  await expect(detour.navigation()).toHaveCount(0);

  await detour.acceptNotice();
  await expect(detour.button('ui.home.diagnose')).toBeEnabled();
  const nav = detour.navigation();
  await expect(nav.getByRole('button')).toHaveText(
    ['ui.nav.home', 'ui.nav.targets', 'ui.nav.routes', 'history.nav', 'sharing.nav.workshop', 'ui.nav.settings'].map(
      (key) => detour.t(key),
    ),
  );
  await expect(nav.getByRole('button', { name: detour.t('ui.nav.home') })).toHaveAttribute('aria-current', 'page');

  // The answer is kept: the next start goes straight to Home.
  await page.goto(app.url);
  await expect(detour.heading('ui.home.title')).toBeVisible();
  await expect(detour.heading('ui.consent.title')).toHaveCount(0);
});
