import { CATALOGS, type Language } from '../../src-main/shared/i18n/index.ts';
import { OK_TITLE } from '../lab/servers/http-servers.ts';
import { englishVocabulary, englishWordsIn, withoutUserData } from '../support/english-words.ts';
import { expect, test } from './fixtures.ts';
import { CATALOGUE_NAMES } from './screen-tour.ts';

/** A catalog key shown instead of its words: i18next's answer for a key it does not have. */
const RAW_KEY = /(?<![\p{L}\p{N}.])(ui|status|reason|summary|confidence|report)\.[a-z]/u;

/**
 * Every screen in one language, the way a person goes through them: the notice, the
 * lists, the settings, a run (its progress frozen on a site that never answers, then
 * cancelled), a finished run and a cell's evidence. On each, the text shown must be
 * the language's own: after taking out the user's data (sites, the route), addresses
 * and numbers, no English word is left. The screenshots are the run's artifacts.
 */
for (const language of ['en', 'az', 'ru'] satisfies Language[]) {
  test(`every screen speaks ${language}`, async ({ page, detour, sites, socksProxy }) => {
    const route = 'lab-socks';
    const userData = [
      sites.ok,
      sites.hanging,
      sites.other,
      socksProxy,
      route,
      'localhost',
      OK_TITLE,
      ...CATALOGUE_NAMES,
    ];
    const vocabulary = language === 'en' ? [] : englishVocabulary(CATALOGS.en, CATALOGS[language]);
    if (language !== 'en') await detour.switchLanguage(language);
    await expect(detour.heading('ui.consent.title')).toBeVisible();
    const languageNames = await detour.languageNames();
    expect(languageNames).toHaveLength(3);
    const check = async (screen: string, text?: string, extraData: readonly string[] = []): Promise<void> => {
      const shown = text ?? (await detour.visibleText());
      expect(shown, `${screen} shows a catalog key`).not.toMatch(RAW_KEY);
      const own = withoutUserData(shown, [...userData, ...extraData, ...languageNames]);
      expect(englishWordsIn(own, vocabulary), `English on the ${screen} screen in ${language}:\n${shown}`).toEqual([]);
    };

    await check('consent');
    await detour.screenshot('first-run');
    await detour.acceptNotice();
    await check('home');

    await detour.addSites([sites.ok, sites.hanging]);
    await check('sites');
    await detour.addRoute(route, socksProxy);
    await check('routes');
    await detour.setTimeoutSeconds(60);
    await check('settings');
    await detour.goTo('home');
    await expect(page.getByText(detour.t('ui.home.targets-count', { count: 2 }))).toBeVisible();
    await check('home');
    await detour.screenshot('home');

    // Progress, frozen: the site that answers is done, the other waits in its handshake.
    await detour.diagnose();
    await expect(detour.progressCount(1, 2)).toBeVisible();
    await expect(detour.row(detour.progressMatrix(), sites.hanging).getByRole('cell')).toHaveText(
      [`… ${detour.t('ui.step.tls')}`, `… ${detour.t('ui.step.tls')}`],
      { useInnerText: true },
    );
    await check('progress');
    await detour.screenshot('progress');
    await detour.button('ui.progress.cancel').click();
    await expect(page.getByText(detour.t('ui.result.cancelled'))).toBeVisible();
    await check('cancelled result');

    // A finished run: two sites that answer, and the one that does not, soon given up.
    await detour.button('ui.result.home').click();
    await detour.addSites([sites.other]);
    await check('sites');
    await detour.setTimeoutSeconds(2);
    await detour.diagnose();
    await expect(detour.heading('ui.result.title')).toBeVisible();
    await expect(page.getByRole('region', { name: detour.t('advice.label') })).toBeVisible();
    await detour.openResultDetails();
    const matrix = detour.resultMatrix();
    await expect(matrix.getByRole('rowheader')).toHaveText([sites.ok, sites.hanging, sites.other]);
    for (const site of [sites.ok, sites.other]) {
      await expect(detour.row(matrix, site).getByRole('cell').nth(2)).toHaveText(`✓ ${detour.t('status.ok')}`, {
        useInnerText: true,
      });
    }
    await check('result');
    await detour.screenshot('result');

    // The evidence: the certificates' names are the site's, not words of the app.
    await detour.cellButton(sites.ok, route).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: detour.t('ui.evidence.timeline') })).toBeVisible();
    const certificateNames = await dialog.locator('dl > dd:nth-of-type(1), dl > dd:nth-of-type(2)').allInnerTexts();
    await check('evidence', await dialog.innerText(), certificateNames);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
}
