import { expect, test } from 'vitest';
import { detectLocalTools, type LocalToolCandidate } from '../../src-main/engine/paths/local-tools.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon } from './servers/debian-proxies.ts';
import { httpServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closedPort } from './servers/tcp-servers.ts';

const proxies = debianProxiesStoppedAfterEach();
const listen = listenClosingAfterEach();

const candidate = (name: string, port: number): LocalToolCandidate => ({ name, tool: name, port });

describeWithDaemon('microsocks')('SOCKS5 tools', () => {
  test('a SOCKS5 tool is offered as socks5h, with or without a password to ask for', async () => {
    const open = await proxies.microsocks();
    const guarded = await proxies.microsocks({ username: 'u', password: 'p' });
    const found = await detectLocalTools([candidate('open', open.port), candidate('guarded', guarded.port)]);
    expect(found.map(({ spec, needsAuth }) => [spec, needsAuth])).toEqual([
      [{ name: 'open', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: open.port, auth: false }, false],
      [
        { name: 'guarded', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: guarded.port, auth: true },
        true,
      ],
    ]);
  });
});

describeWithDaemon('tinyproxy')('HTTP tools', () => {
  test('an HTTP proxy is offered as an HTTP CONNECT route', async () => {
    const proxy = await proxies.tinyproxy();
    const found = await detectLocalTools([candidate('web', proxy.port)]);
    expect(found.map(({ spec }) => spec)).toEqual([
      { name: 'web', kind: 'proxy', protocol: 'http', host: '127.0.0.1', port: proxy.port, auth: false },
    ]);
  });
});

test('a closed port and a web server that is no proxy are not offered', async () => {
  const web = await listen(httpServer());
  const found = await detectLocalTools([candidate('closed', await closedPort()), candidate('web', web.port)]);
  expect(found).toEqual([]);
});
