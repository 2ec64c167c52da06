import { createTranslator, LANGUAGES } from '../../src-main/shared/i18n/index.ts';
import { expect, test } from './fixtures.ts';

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
      await expect(detour.heading('ui.consent.title')).toBeVisible();
      await expect(page.getByRole('combobox', { name: t('start.place') })).toHaveValue(PLACE[language]);

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
      const rows = detour.resultMatrix().getByRole('rowheader');
      const pack = language === 'az' ? [sites.other] : [];
      await expect(rows).toHaveText([
        ...pack,
        sites.ok,
        `127.0.0.1:${new URL(sites.ok).port}`,
        /^stun:127\.0\.0\.1:\d+$/u,
      ]);
      await detour.screenshot('first-answer');
    });
  });
}
