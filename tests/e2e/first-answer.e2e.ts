import { CATALOGS, createTranslator, LANGUAGES } from '../../src-main/shared/i18n/index.ts';
import { englishVocabulary, englishWordsIn, withoutUserData } from '../support/english-words.ts';
import { catalogLabelText } from '../../src-main/core/view/site-name.ts';
import { expect, test } from './fixtures.ts';

/** The stand-in catalogue's brands (fixtures.ts), the same in every language; their kinds are words to translate. */
const CATALOGUE_NAMES = ['Telegram', 'Google', 'Meydan TV'];

/** Where a first start in each language points (Azerbaijani: the Azerbaijan pack; others: messengers and calls). */
const PLACE = { en: 'elsewhere', az: 'az', ru: 'elsewhere' } as const;

test.use({ catalogue: 'local' });

/**
 * A first start, as a new user meets it: a fresh profile in the computer's language,
 * the notice, and then one click, Diagnose, to the answer. The list was filled on the
 * notice (the pack of where the user is, with messengers and calls); the result opens
 * with the advice sentence.
 */
for (const language of LANGUAGES) {
  test.describe(`a first start in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : language });

    test('reaches the first answer in one click after the notice, and the advice comes first', async ({
      page,
      detour,
      sites,
    }) => {
      detour.language = language;
      detour.t = createTranslator(language);
      const { t } = detour;
      const vocabulary = language === 'en' ? [] : englishVocabulary(CATALOGS.en, CATALOGS[language]);
      const userData = [sites.ok, sites.other, 'localhost', ...CATALOGUE_NAMES];
      /** No English left on the screen in az and ru, the new words (the question, the advice, the offer) included. */
      const speaksOwn = async (screen: string): Promise<void> => {
        const languageNames = await detour.languageNames();
        const shown = await detour.visibleText();
        const own = withoutUserData(shown, [...userData, ...languageNames]);
        expect(englishWordsIn(own, vocabulary), `English on the ${screen} screen in ${language}:\n${shown}`).toEqual(
          [],
        );
      };
      await expect(detour.heading('ui.consent.title')).toBeVisible();
      await expect(page.getByRole('combobox', { name: t('start.place') })).toHaveValue(PLACE[language]);
      await speaksOwn('consent');

      await detour.acceptNotice();
      // The only click after the notice.
      await detour.button('ui.home.diagnose').click();

      await expect(detour.heading('ui.result.title')).toBeVisible({ timeout: 60_000 });
      const advice = page.getByRole('region', { name: t('advice.label') });
      await expect(advice).toHaveText([t('advice.all-work'), t('advice.calls-ok')].join(''), { useInnerText: false });
      // The advice is the first text of the result: the line right after its title.
      const lines = (await page.locator('#main').innerText()).split('\n').filter((line) => line.trim() !== '');
      expect(lines.slice(0, 2)).toEqual([t('ui.result.title'), t('advice.all-work')]);
      // The first list held the pack of where the user is (Azerbaijani: Azerbaijan's), then messengers and calls.
      // Each by its brand and its kind in the reader's words (fixtures.ts), never its raw address.
      const rows = detour.resultMatrix().getByRole('rowheader');
      const pack = language === 'az' ? ['Meydan TV'] : [];
      await expect(rows).toHaveText([
        ...pack,
        catalogLabelText(t, { brand: 'Telegram', kind: 'web-app' }),
        catalogLabelText(t, { brand: 'Telegram', kind: 'app-servers', index: 1 }),
        catalogLabelText(t, { brand: 'Google', kind: 'call-server' }),
      ]);
      await detour.screenshot('first-answer');
      await speaksOwn('result');

      // An emptied list: Detour's lists are offered right under Diagnose, and one click fills it again.
      await detour.button('ui.result.home').click();
      await detour.goTo('targets');
      await detour.button('ui.targets.clear').click();
      await detour.goTo('home');
      const offer = page.getByRole('group', { name: t('start.empty') });
      await expect(offer).toBeVisible();
      await speaksOwn('home with an empty list');
      await offer.getByRole('button', { name: t('start.add-global'), exact: true }).click();
      await expect(page.getByText(t('ui.home.targets-count', { count: 3 }))).toBeVisible();
      await expect(offer).toHaveCount(0);
    });
  });
}
