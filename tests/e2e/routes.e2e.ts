import type { Language } from '../../src-main/shared/i18n/index.ts';
import { escapeRegExp } from './detour-page.ts';
import { expect, test } from './fixtures.ts';

/** The schemes the error lists, as the route form passes them (src-renderer/features/routes). */
const SCHEMES = 'socks5h://, socks5://, socks4://, http://, https://, ss://, ssconf://, doh:, bind:, strategy:';

test('a route with a bad address is refused with the reason in the chosen language', async ({ page, detour }) => {
  await detour.acceptNotice();
  await detour.goTo('routes');
  const errors = [
    { address: 'socks5h://127.0.0.1', key: 'ui.routes.error.missing-port' },
    { address: 'gopher://x', key: 'ui.routes.error.unknown-scheme' },
  ];

  for (const language of ['en', 'az', 'ru'] satisfies Language[]) {
    if (language !== 'en') await detour.switchLanguage(language);
    const address = detour.routeAddress();
    for (const bad of errors) {
      await detour.submitRoute('lab', bad.address);
      const text = detour.t(bad.key, { schemes: SCHEMES });
      // Shown under the field, announced, and tied to it as its description.
      await expect(page.getByRole('alert')).toHaveText(text);
      await expect(address).toHaveAttribute('aria-invalid', 'true');
      await expect(address).toHaveAccessibleDescription(new RegExp(escapeRegExp(text)));
      await expect(page.getByText(detour.t('ui.routes.empty'))).toBeVisible();
    }
  }

  // Once the address is right, the route is kept and the error is gone.
  await detour.addRoute('lab', 'socks5h://127.0.0.1:1080');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(detour.routeAddress()).not.toHaveAttribute('aria-invalid', 'true');
});
