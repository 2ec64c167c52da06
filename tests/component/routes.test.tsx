import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app.tsx';

async function openRoutes(options: Parameters<typeof renderApp>[0] = {}, screenName = 'Routes') {
  const rendered = renderApp({ consented: true, ...options });
  await rendered.user.click(await screen.findByRole('button', { name: screenName }));
  return rendered;
}

describe('the Routes screen', () => {
  test('a bad route address shows the parser’s error as a sentence, and nothing is added', async () => {
    const { user } = await openRoutes();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'office');
    await user.type(screen.getByRole('textbox', { name: 'Address' }), 'socks5h://10.0.0.5');
    await user.click(screen.getByRole('button', { name: 'Save the route' }));

    const address = screen.getByRole('textbox', { name: 'Address' });
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Add the port after a colon at the end, for example :1080.');
    expect(address.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(screen.getByText(/No routes yet/)).toBeDefined();

    await user.clear(address);
    await user.type(address, 'ftp://10.0.0.5:21');
    await user.click(screen.getByRole('button', { name: 'Save the route' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Detour does not know this kind of address/);
  });

  test('the error is in the chosen language', async () => {
    const { user } = await openRoutes({ settings: { language: 'ru' } }, 'Маршруты');
    await user.type(screen.getByRole('textbox', { name: 'Название' }), 'офис');
    await user.type(screen.getByRole('textbox', { name: 'Адрес' }), 'socks5h://10.0.0.5:99999');
    await user.click(screen.getByRole('button', { name: 'Сохранить маршрут' }));
    expect(screen.getByRole('alert').textContent).toBe('Порт должен быть числом от 1 до 65535.');
  });

  test('a password goes to the main process and is never shown back', async () => {
    const { api, user } = await openRoutes();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'office');
    await user.type(screen.getByRole('textbox', { name: 'Address' }), 'socks5h://ann:s3cret@10.0.0.5:1080');
    await user.click(screen.getByRole('button', { name: 'Save the route' }));

    expect(api.saveRouteCredentials).toHaveBeenCalledWith({
      route: 'office',
      credentials: { username: 'ann', password: 's3cret' },
    });
    const list = await screen.findByRole('list', { name: 'Your routes' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByText('proxy at socks5h://10.0.0.5:1080')).toBeDefined();
    expect(within(item).getByText('Password saved')).toBeDefined();
    expect(document.body.innerHTML).not.toContain('s3cret');
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveProperty('value', '');

    await user.click(screen.getByRole('button', { name: 'Change office' }));
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveProperty('value', 'socks5h://10.0.0.5:1080');
    expect(screen.getByLabelText('Password')).toHaveProperty('value', '');
    expect(screen.getByText('Leave it empty to keep the saved password.')).toBeDefined();
    expect(document.body.innerHTML).not.toContain('s3cret');
  });

  test('a pasted Outline key is named by its #tag, saved like a password, and shown only by its host', async () => {
    const { api, user } = await openRoutes();
    const userInfo = btoa('chacha20-ietf-poly1305:k3y-s3cret').replace(/=+$/, '');
    const key = `ss://${userInfo}@203.0.113.9:8388/?outline=1#Newsroom`;
    await user.click(screen.getByRole('textbox', { name: 'Address' }));
    await user.paste(key);
    await user.click(screen.getByRole('button', { name: 'Save the route' }));

    expect(api.saveRouteCredentials).toHaveBeenCalledWith({
      route: 'Newsroom',
      credentials: { username: 'access-key', password: key },
    });
    const list = await screen.findByRole('list', { name: 'Your routes' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByText('Newsroom')).toBeDefined();
    expect(within(item).getByText('Outline key to 203.0.113.9:8388')).toBeDefined();
    expect(within(item).getByText('Key saved (never shown again)')).toBeDefined();
    expect(document.body.innerHTML).not.toContain('k3y-s3cret');
    expect(document.body.innerHTML).not.toContain(userInfo);

    // Changed and saved as shown, the stored key stays: nothing is sent again.
    await user.click(screen.getByRole('button', { name: 'Change Newsroom' }));
    expect(screen.getByRole('textbox', { name: 'Address' })).toHaveProperty('value', 'ss://•••@203.0.113.9:8388');
    await user.click(screen.getByRole('button', { name: 'Save the route' }));
    expect(api.saveRouteCredentials).toHaveBeenCalledTimes(1);
    expect(within(list).getByText('Key saved (never shown again)')).toBeDefined();
  });

  test('a key that needs a plugin is refused with a sentence saying so', async () => {
    const { user } = await openRoutes();
    const userInfo = btoa('aes-256-gcm:pw');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'office');
    await user.click(screen.getByRole('textbox', { name: 'Address' }));
    await user.paste(`ss://${userInfo}@203.0.113.9:8388/?plugin=obfs-local`);
    await user.click(screen.getByRole('button', { name: 'Save the route' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'This key needs a Shadowsocks plugin, which Detour does not run. Ask for a key without one.',
    );
  });

  test('a user in the address takes the password typed in its field; without one the field says what is missing', async () => {
    const { api, user } = await openRoutes();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'office');
    await user.type(screen.getByRole('textbox', { name: 'Address' }), 'socks5h://ann@10.0.0.5:1080');
    await user.click(screen.getByRole('button', { name: 'Save the route' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'The address has a user name but no password: enter the password in its field.',
    );

    await user.type(screen.getByLabelText('Password'), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Save the route' }));
    expect(api.saveRouteCredentials).toHaveBeenCalledWith({
      route: 'office',
      credentials: { username: 'ann', password: 's3cret' },
    });
  });

  test('a DoH key is kept in the saved route but shown masked', async () => {
    const { user } = await openRoutes();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'dns');
    await user.type(screen.getByRole('textbox', { name: 'Address' }), 'doh:https://dns.example/dns-query?key=k3y-9');
    await user.click(screen.getByRole('button', { name: 'Save the route' }));
    const list = await screen.findByRole('list', { name: 'Your routes' });
    expect(within(list).getByRole('listitem').textContent).toContain('https://dns.example/dns-query?key=•••');
    expect(document.body.innerHTML).not.toContain('k3y-9');
  });

  test('Test says whether the route works, with the reason when it does not', async () => {
    const { api, user } = await openRoutes({
      lists: {
        routes: [{ name: 'tor', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: 9050, auth: false }],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Test tor' }));
    expect(await screen.findByText('Works (1.2 s)')).toBeDefined();

    api.testRoute.mockResolvedValueOnce({
      ok: true,
      value: { path: 'tor', status: 'failed', failure: { stage: 'tcp', class: 'proxy-unreachable' }, elapsedMs: 10 },
    });
    await user.click(screen.getByRole('button', { name: 'Test tor' }));
    expect(
      await screen.findByText('Does not work: the proxy cannot be reached (at the connection step)'),
    ).toBeDefined();
    expect(api.testRoute).toHaveBeenLastCalledWith({
      route: { name: 'tor', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: 9050, auth: false },
    });
  });

  test('Remove takes the route off the list and forgets its password', async () => {
    const { api, user } = await openRoutes({
      storedPasswords: ['office'],
      lists: {
        routes: [{ name: 'office', kind: 'proxy', protocol: 'http', host: '10.0.0.5', port: 3128, auth: true }],
      },
    });
    expect(await screen.findByText('Password saved')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Remove office' }));
    expect(api.forgetRouteCredentials).toHaveBeenCalledWith({ route: 'office' });
    expect(screen.getByText(/No routes yet/)).toBeDefined();
  });

  test('local tools found on the computer are offered, and added only when chosen', async () => {
    const renderedApp = renderApp({ consented: true });
    const { api, user } = renderedApp;
    api.detectLocalTools.mockResolvedValueOnce({
      ok: true,
      value: [
        {
          candidate: { name: 'Tor', tool: 'tor', port: 9050 },
          spec: { name: 'tor', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: 9050, auth: false },
          needsAuth: false,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Look for Tor or VPN tools on this computer' }));
    expect(await screen.findByText('Found 1 tool:')).toBeDefined();
    expect(
      screen.getByText(
        'Only your own connection will be checked. Add a proxy, Tor or a VPN to find out what gets through.',
      ),
    ).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Use Tor' }));
    expect(screen.getByText('Added to your routes')).toBeDefined();
    expect(screen.getByText('proxy at socks5h://127.0.0.1:9050')).toBeDefined();
  });
});
