import type { Page } from '@playwright/test';
import { CATALOGS, type Language } from '../../src-main/shared/i18n/index.ts';
import { synBlackhole } from '../lab/servers/syn-blackhole.ts';
import { resetOnAccept } from '../lab/servers/tcp-servers.ts';
import { listen } from '../lab/servers/listen.ts';
import { englishVocabulary, englishWordsIn, withoutUserData } from '../support/english-words.ts';
import { escapeRegExp, type DetourPage } from './detour-page.ts';
import { expect, test } from './fixtures.ts';

/**
 * Where users actually are: a network that reaches nothing, and one where no neutral
 * site answers. Both are made on 127.0.0.1 only: the neutral sites (chosen in
 * Settings, as a user would) are a port whose SYNs go unanswered (a full accept queue:
 * silence, as offline) or one that resets every connection (an answer, but no site).
 */

/** Replaces the fixture's local neutral site with `control`, through the Settings editor. */
async function useControl(detour: DetourPage, page: Page, replaced: string, control: string): Promise<void> {
  const { t } = detour;
  await detour.goTo('settings');
  const list = page.getByRole('list', { name: t('ui.controls.list') });
  await expect(list.getByText(replaced, { exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: t('ui.controls.add-label') }).fill(control);
  await detour.button('ui.controls.add').click();
  await expect(page.getByRole('status').filter({ hasText: t('ui.controls.added', { url: control }) })).toBeVisible();
  await detour.button('ui.controls.remove-label', { url: replaced }).click();
  await expect(page.getByRole('status').filter({ hasText: t('ui.controls.removed', { url: replaced }) })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText(control, { exact: true })).toBeVisible();
}

/** No English left on the screen in Azerbaijani or Russian, once the user's own data is taken out. */
async function expectOwnLanguage(detour: DetourPage, language: Language, userData: readonly string[]): Promise<void> {
  if (language === 'en') return;
  const shown = await detour.visibleText();
  const names = await detour.languageNames();
  const own = withoutUserData(shown, [...userData, ...names]);
  expect(englishWordsIn(own, englishVocabulary(CATALOGS.en, CATALOGS[language])), shown).toEqual([]);
}

for (const language of ['en', 'az', 'ru'] satisfies Language[]) {
  test(`an offline network is said plainly, nothing is judged blocked, and the history says so (${language})`, async ({
    page,
    detour,
    sites,
  }) => {
    const blackhole = await synBlackhole();
    try {
      const control = `https://127.0.0.1:${blackhole.port}/`;
      const site = `https://127.0.0.1:${blackhole.port}/a`;
      await detour.acceptNotice();
      if (language !== 'en') await detour.switchLanguage(language);
      const { t } = detour;
      await useControl(detour, page, sites.control, control);
      await expectOwnLanguage(detour, language, [control, sites.control]);
      await detour.setTimeoutSeconds(2);
      await detour.addSites([site]);
      await detour.pressDiagnose();

      await expect(detour.heading('ui.result.title')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t('ui.network.offline') })).toBeVisible();
      await expect(page.getByRole('region', { name: t('advice.label') })).toHaveText(t('advice.offline'));
      // Nothing judged: no grid of results unless asked for, and then no blocking in it.
      await expect(detour.resultMatrix()).toBeHidden();
      await page.getByText(t('ui.network.tried')).click();
      const cell = detour.row(detour.resultMatrix(), site).getByRole('cell').nth(1);
      await expect(cell).toHaveText(`? ${t('status.inconclusive')}`, { useInnerText: true });
      await expectOwnLanguage(detour, language, [site]);
      await detour.screenshot('result-offline');

      await detour
        .navigation()
        .getByRole('button', { name: t('history.nav'), exact: true })
        .click();
      const row = page.getByRole('row').nth(1);
      await expect(row).toContainText(t('ui.network.state.offline'));
      await expect(row).toContainText(t('network.state.offline'));
      await expect(row).not.toContainText(t('history.state.completed'));
    } finally {
      await blackhole.close();
    }
  });

  test(`no neutral site reachable: routes not proven, results less certain, nothing called blocked (${language})`, async ({
    page,
    detour,
    sites,
    socksProxy,
  }) => {
    const refusing = await listen(resetOnAccept());
    try {
      const control = `https://127.0.0.1:${refusing.port}/`;
      const route = 'proxy-1';
      await detour.acceptNotice();
      if (language !== 'en') await detour.switchLanguage(language);
      const { t } = detour;
      await useControl(detour, page, sites.control, control);
      await detour.addSites([sites.ok]);
      await detour.addRoute(route, socksProxy);

      // The route's Test follows the same rule as a run: failing where nothing works is not proof.
      await detour.button('ui.routes.test-label', { name: route }).click();
      await expect(page.getByRole('status').filter({ hasText: t('ui.routes.test-unverified') })).toBeVisible();

      await detour.pressDiagnose();
      await expect(detour.heading('ui.result.title')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t('ui.network.limited') })).toBeVisible();
      await expect(page.getByText(t('ui.network.limited-hint'))).toBeVisible();
      await detour.openResultDetails();
      const summary = page.getByRole('list', { name: t('ui.result.summary') });
      await expect(summary).toContainText(t('summary.controls-unreachable', { routes: route }));
      const checks = page.getByRole('region', { name: t('ui.route-checks.title') });
      const check = checks.getByRole('listitem');
      await expect(check).toHaveCount(1);
      await expect(check).toHaveText(
        new RegExp(
          `^${route}\\s*\\?\\s*${escapeRegExp(t('ui.route-checks.unverified'))}\\s*${escapeRegExp(t('ui.route-checks.unverified-detail'))}$`,
          'u',
        ),
        { useInnerText: true },
      );
      const matrix = detour.resultMatrix();
      const cells = detour.row(matrix, sites.ok).getByRole('cell');
      await expect(cells.nth(1)).toHaveText(`✓ ${t('status.ok')}`, { useInnerText: true });
      await expect(cells.nth(2)).toHaveText(`✓ ${t('status.ok')}`, { useInnerText: true });
      await expectOwnLanguage(detour, language, [sites.ok, route, 'localhost']);
      await detour.screenshot('result-no-control');

      await detour.button('ui.network.change-controls').click();
      await expect(detour.heading('ui.settings.title')).toBeVisible();
    } finally {
      await refusing.close();
    }
  });
}
