import { expect, test } from '@playwright/test';
import { addAxe, audit } from './axe-audit.ts';

/**
 * The screens tour's audit finds what axe finds: a page with an unnamed image and an
 * unnamed button (critical), grey on grey (serious) and no heading (moderate) is
 * reported rule by rule, and a rule named alone is the only one run. Without this, an
 * audit that ran no rule would pass every screen.
 */
test('the audit reports axe violations with their impact, and runs only the rules named', async ({ browser }) => {
  const context = await browser.newContext();
  await addAxe(context);
  const page = await context.newPage();
  await page.goto(
    'data:text/html,<html lang="en"><title>t</title><main><img src="a.png"><button></button>' +
      '<p style="color:%23777;background:%23888">grey</p></main></html>',
  );
  const found = await audit(page);
  expect(found.map(({ id, impact }) => `${id} ${impact}`).sort()).toEqual([
    'button-name critical',
    'color-contrast serious',
    'image-alt critical',
    'page-has-heading-one moderate',
  ]);
  expect((await audit(page, ['color-contrast'])).map(({ id }) => id)).toEqual(['color-contrast']);
  await context.close();
});
