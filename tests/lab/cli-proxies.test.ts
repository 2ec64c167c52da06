import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { engineEventSchema } from '../../src-main/shared/events.ts';
import { reportSchema, type Report } from '../../src-main/shared/report.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon } from './servers/debian-proxies.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, tempFolderEachTest } from './servers/run-cli.ts';
import { closedPort, replyOnFirstData } from './servers/tcp-servers.ts';

/**
 * The CLI over real proxies: one outcome per target per route, the matrix, broken
 * routes reported as such and never as blocking, and no credential anywhere.
 */

const proxies = debianProxiesStoppedAfterEach();
const listen = listenClosingAfterEach();
const PASSWORD = 'Xk7-proxy-password-9Qz';
const folder = tempFolderEachTest('detour-cli-proxies-');

describeWithDaemon('microsocks')('routes through real proxies', () => {
  test('every target is measured over every route, broken routes are path-failed, and no password leaks', async () => {
    const office = await proxies.microsocks({ username: 'detour', password: PASSWORD });
    const web = await proxies.tinyproxy();
    const garbage = await listen(replyOnFirstData('SSH-2.0-OpenSSH_9.2p1\r\n'));
    const site = await listen(httpsServer());
    const sites = [`https://127.0.0.1:${site.port}/ok`, `https://127.0.0.1:${site.port}/cp1251`];
    const out = join(folder(), 'run.json');
    const routes = [
      `office=socks5h://detour:${PASSWORD}@127.0.0.1:${office.port}`,
      `web=http://127.0.0.1:${web.port}`,
      `wrong=socks5h://detour:not-${PASSWORD}@127.0.0.1:${office.port}`,
      `dead=socks5://127.0.0.1:${await closedPort()}`,
      `babble=http://127.0.0.1:${garbage.port}`,
    ];
    const args = ['diagnose', ...sites, ...routes.flatMap((route) => ['--path', route]), '--strategies'];
    const control = ['--control', sites[0] ?? '', '--timeout', '3000'];

    const table = await runCli([...args, ...control, '--out', out]);
    const ndjson = await runCli([...args, ...control, '--json']);

    expect(table.code).toBe(0);
    const report: Report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const routeNames = [
      'direct',
      'office',
      'web',
      'wrong',
      'dead',
      'babble',
      'tls-split',
      'tcp-split',
      'sni-decoy',
      'http-hostcase',
    ];
    expect(report.plan.paths.map((p) => p.name)).toEqual(routeNames);
    expect(Object.fromEntries(report.routeChecks.map((c) => [c.path, c.failure?.class ?? c.status]))).toEqual({
      direct: 'usable',
      office: 'usable',
      web: 'usable',
      wrong: 'proxy-auth',
      dead: 'proxy-unreachable',
      babble: 'proxy-protocol',
      'tls-split': 'usable',
      'tcp-split': 'usable',
      'sni-decoy': 'usable',
      'http-hostcase': 'usable',
    });
    for (const { outcomes } of report.targets) {
      expect(outcomes.map((o) => o.path)).toEqual(routeNames);
      const broken = new Set(['wrong', 'dead', 'babble']);
      for (const outcome of outcomes)
        expect(outcome.status).toBe(broken.has(outcome.path) ? 'path-failed' : 'reachable');
    }
    // The matrix: one row per target, one column per route, each cell a mark and words.
    const matrix = table.stdout.trimEnd().split('\n\n')[1]?.split('\n') ?? [];
    expect(matrix[0]).toMatch(new RegExp(`^Target\\s+Your network\\s+${routeNames.join('\\s+')}$`));
    expect(matrix.slice(2)).toHaveLength(2);
    for (const row of matrix.slice(2)) {
      // The cp1251 page's title reads like a Russian block page, but every route gets it: the site's own.
      expect(row).toMatch(/^\S+\s+✓ Works\s/);
      expect(row.match(/⊘ route failed/g)).toHaveLength(3);
    }
    expect(table.stdout).toMatch(
      /^wrong\s+socks5h:\/\/•••@127\.0\.0\.1:(\d+)\s+⊘ does not work: tcp proxy-auth \(the socks5h proxy at 127\.0\.0\.1:\1 rejected the user name and password\)$/m,
    );
    expect(table.stdout).toMatch(
      /^dead\s+.*⊘ does not work: tcp proxy-unreachable \(cannot reach the socks5 proxy at .*\(ECONNREFUSED\)\)$/m,
    );

    // Every line of the NDJSON stream is a valid event.
    for (const line of ndjson.stdout.trimEnd().split('\n')) engineEventSchema.parse(JSON.parse(line));
    for (const text of [readFileSync(out, 'utf8'), table.stdout, table.stderr, ndjson.stdout, ndjson.stderr]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(Buffer.from(`detour:${PASSWORD}`).toString('base64'));
    }
  });
});
