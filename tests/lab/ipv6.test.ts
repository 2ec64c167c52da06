import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src-main/shared/report.ts';
import { httpsConnectProxy } from './servers/bad-proxies.ts';
import { startDohServer } from './servers/doh-server.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, tempFolderEachTest } from './servers/run-cli.ts';

/**
 * IPv6 literals wherever an address is written (issue 16, row 7): a target URL and a
 * host:port target, the control, the DoH resolver of --doh and of a route, and a proxy,
 * all on ::1 and all in brackets.
 */

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-ipv6-');

test('targets, control, DoH and a proxy all given as bracketed IPv6 literals', async () => {
  const site = await listen(httpsServer(), '::1');
  const proxy = await listen(httpsConnectProxy('valid'), '::1');
  const doh = await startDohServer('valid', '::1');
  try {
    const url = `https://[::1]:${site.port}/ok`;
    const out = join(folder(), 'run.json');
    const run = await runCli([
      'diagnose',
      url,
      `[::1]:${site.port}`,
      '--control',
      url,
      '--doh',
      doh.url,
      '--path',
      `v6dns=doh:${doh.url}`,
      '--path',
      `v6proxy=https://[::1]:${proxy.port}`,
      '--timeout',
      '3000',
      '--no-history',
      '--out',
      out,
    ]);

    expect(doh.url).toBe(`https://[::1]:${doh.port}/dns-query`);
    expect(run.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.inputErrors).toEqual([]);
    expect(report.routeChecks.map((check) => [check.path, check.status])).toEqual([
      ['direct', 'usable'],
      ['v6dns', 'usable'],
      ['v6proxy', 'usable'],
    ]);
    expect(report.targets.map(({ outcomes }) => outcomes.map((o) => [o.path, o.status]))).toEqual([
      [
        ['direct', 'reachable'],
        ['v6dns', 'reachable'],
        ['v6proxy', 'reachable'],
      ],
      [
        ['direct', 'reachable'],
        ['v6dns', 'reachable'],
        ['v6proxy', 'reachable'],
      ],
    ]);
    expect(run.stdout).toContain(`https://[::1]:${proxy.port}`);
  } finally {
    await doh.close();
  }
}, 60_000);
