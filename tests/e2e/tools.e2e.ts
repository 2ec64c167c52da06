import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { closedPort } from '../lab/servers/tcp-servers.ts';
import { expect, test } from './fixtures.ts';

/**
 * "Your tools" end to end through web mode and the real engine: a WireGuard file added
 * by its path (web mode has no file dialog for the main process), read by the server
 * and checked against a port where no VPN answers; a snowflake bridge line pasted,
 * listed as not checked yet. The private key never reaches the page.
 */
test('a WireGuard file and a bridge line are checked alone, and the result says each in words', async ({
  page,
  detour,
}, testInfo) => {
  const { t } = detour;
  const privateKey = randomBytes(32).toString('base64');
  const port = await closedPort();
  const file = testInfo.outputPath('office.conf');
  await writeFile(
    file,
    `[Interface]\nPrivateKey = ${privateKey}\n\n[Peer]\nPublicKey = ${randomBytes(32).toString('base64')}\nEndpoint = 127.0.0.1:${port}\n`,
  );
  await detour.acceptNotice();
  await detour.setTimeoutSeconds(2);
  await detour.goTo('routes');

  await detour.button('tools.panel.add-file').click();
  await page.getByRole('textbox', { name: t('tools.panel.path-label') }).fill(file);
  await detour.button('tools.panel.add-path').click();
  const configs = page.getByRole('list', { name: t('tools.panel.wireguard') });
  await expect(configs.getByRole('listitem')).toContainText(`office 127.0.0.1:${port}`);
  await detour.screenshot('routes-tools');

  const bridge = 'snowflake 192.0.2.3:80 2B280B23E1107BB62ABFC40DDCC8824814F80A72 url=https://snowflake.example/';
  await page.getByRole('textbox', { name: t('tools.panel.bridges-label') }).fill(bridge);
  await detour.button('tools.panel.bridges-save').click();
  await expect(page.getByText(t('tools.panel.bridges-saved', { count: 1 }))).toBeVisible();

  await detour.goTo('home');
  await expect(
    page.getByText(
      t('tools.summary.some', {
        wireguard: t('tools.summary.wireguard', { count: 1 }),
        bridges: t('tools.summary.bridges', { count: 1 }),
      }),
    ),
  ).toBeVisible();
  await detour.pressDiagnose();
  await expect(detour.heading('ui.result.title')).toBeVisible();
  const tools = page.getByRole('region', { name: t('tools.heading') }).getByRole('listitem');
  await expect(tools).toHaveCount(2);
  // Nothing takes that port (it refuses) and no route carries UDP to compare with: Detour says what it saw.
  await expect(tools.nth(0)).toContainText(t('tools.wireguard.status.inconclusive'));
  await expect(tools.nth(0)).toContainText(t('tools.wireguard.reason.port-refused'));
  await expect(tools.nth(1)).toContainText(t('tools.bridge.status.cannot-check'));
  await expect(tools.nth(1)).toContainText(t('tools.bridge.reason.transport-unsupported', { transport: 'snowflake' }));
  expect(await page.content()).not.toContain(privateKey);
  await detour.screenshot('result-tools');
});
