import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { adviseAddress } from '../../src-renderer/features/routes/address-advice.ts';
import { ok } from '../../src-main/shared/ipc/result.ts';
import { renderApp } from './render-app.tsx';

async function openRoutes() {
  const rendered = renderApp({ consented: true });
  await rendered.user.click(await screen.findByRole('button', { name: 'Routes' }));
  return rendered;
}

const addressField = () => screen.getByRole('textbox', { name: 'Address' });

describe('what a pasted address probably is', () => {
  test('a bare host:port, by name, IPv4 or bracketed IPv6; a client app’s link; anything else nothing', () => {
    expect(adviseAddress(' 127.0.0.1:1080 ')).toEqual({ kind: 'host-port', host: '127.0.0.1', port: 1080 });
    expect(adviseAddress('proxy.example:8080')).toEqual({ kind: 'host-port', host: 'proxy.example', port: 8080 });
    expect(adviseAddress('[2001:db8::1]:1080')).toEqual({ kind: 'host-port', host: '2001:db8::1', port: 1080 });
    expect(adviseAddress('vless://uuid@host:443?security=reality#x')).toEqual({
      kind: 'client-link',
      protocol: 'VLESS',
    });
    expect(adviseAddress('VMESS://eyJ2IjoiMiJ9')).toEqual({ kind: 'client-link', protocol: 'VMess' });
    expect(adviseAddress('trojan://pw@host:443')).toEqual({ kind: 'client-link', protocol: 'Trojan' });
    for (const other of ['socks5h://127.0.0.1:1080', '127.0.0.1:99999', 'bind:10.8.0.2', 'office', '']) {
      expect(adviseAddress(other), other).toEqual({ kind: 'none' });
    }
  });
});

describe('the Routes screen helps enter a route', () => {
  test('host:port: "Did you mean socks5h://…?", and the protocols that answer there, one click each', async () => {
    const { api, user } = await openRoutes();
    api.probeProxyAddress.mockResolvedValue(ok({ socks5: null, httpConnect: { needsAuth: true } }));
    await user.type(addressField(), '10.0.0.5:3128');
    expect(
      screen.getByText('This looks like a proxy without its kind. Did you mean socks5h://10.0.0.5:3128?'),
    ).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Check what answers there' }));
    expect(api.probeProxyAddress).toHaveBeenCalledWith({ host: '10.0.0.5', port: 3128 });
    expect(await screen.findByText('A proxy answered there:')).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Use it as SOCKS5/ })).toBeNull();
    expect(screen.getByText(/Shadowsocks server cannot be recognised/)).toBeDefined();
    await user.click(
      screen.getByRole('button', {
        name: 'Use it as an HTTP proxy (it asks for a user name and password): http://10.0.0.5:3128',
      }),
    );
    expect(addressField()).toHaveProperty('value', 'http://10.0.0.5:3128');
  });

  test('nothing answering is said plainly', async () => {
    const { user } = await openRoutes();
    await user.type(addressField(), '10.0.0.5:1080');
    await user.click(screen.getByRole('button', { name: 'Check what answers there' }));
    expect(await screen.findByText(/^Nothing at 10\.0\.0\.5:1080 answered/)).toBeDefined();
  });

  test('a VLESS link: why Detour needs its app’s SOCKS port, and the apps found here', async () => {
    const { api, user } = await openRoutes();
    api.detectLocalTools.mockResolvedValue(
      ok([
        {
          candidate: { name: 'v2ray', tool: 'v2rayN / Xray', port: 10808 },
          spec: { name: 'v2ray', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: 10808, auth: false },
          needsAuth: false,
        },
      ]),
    );
    await user.click(addressField());
    await user.paste('vless://0b0c@example.net:443?security=reality#home');
    expect(screen.getByText(/^This is a VLESS link\. Detour cannot open it itself/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Find apps running on this computer' }));
    await user.click(await screen.findByRole('button', { name: 'Use v2rayN / Xray: socks5h://127.0.0.1:10808' }));
    expect(addressField()).toHaveProperty('value', 'socks5h://127.0.0.1:10808');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'v2ray');
  });

  test('a VPN is picked from this computer’s addresses, not typed as bind:', async () => {
    const { api, user } = await openRoutes();
    api.listLocalAddresses.mockResolvedValue(
      ok([
        { interfaceName: 'eth0', address: '192.168.1.20', family: 'IPv4' as const },
        { interfaceName: 'wg0', address: '10.8.0.2', family: 'IPv4' as const },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'My VPN: choose its address' }));
    await user.click(await screen.findByRole('button', { name: 'wg0: 10.8.0.2' }));
    expect(addressField()).toHaveProperty('value', 'bind:10.8.0.2');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'vpn');
  });
});
