import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src-main/shared/report.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, stderrLines, tempFolderEachTest } from './servers/run-cli.ts';

const listen = listenClosingAfterEach();
const SECRET = 'pw-Zq81-never-shown';
const folder = tempFolderEachTest('detour-cli-routes-');

test('with routes the table is a matrix, and a route that fails its check is never blamed on a target', async () => {
  const { port } = await listen(httpsServer());
  const site = `https://127.0.0.1:${port}/ok`;
  const out = join(folder(), 'run.json');
  // 192.0.2.1 (TEST-NET-1) is on no interface: binding to it fails here, nothing is sent.
  const run = await runCli([
    'diagnose',
    site,
    '--path',
    'lo=bind:127.0.0.1',
    '--path',
    'away=bind:192.0.2.1',
    '--control',
    site,
    '--out',
    out,
  ]);

  expect(run.code).toBe(0);
  const [routeTable = '', targetTable = ''] = run.stdout.trimEnd().split('\n\n');
  expect(routeTable.split('\n').slice(2)).toEqual([
    expect.stringMatching(/^direct\s+direct\s+✓ Online$/),
    expect.stringMatching(/^lo\s+direct from 127\.0\.0\.1\s+✓ works$/),
    expect.stringMatching(/^away\s+direct from 192\.0\.2\.1\s+⊘ does not work: tcp address-unavailable$/),
  ]);
  expect(targetTable.split('\n')[0]).toMatch(/^Target\s+Your network\s+direct\s+lo\s+away$/);
  expect(targetTable.split('\n')[2]).toMatch(
    new RegExp(`^${site.replace(/[.]/g, '\\.')}\\s+✓ Works\\s+✓ 200\\s+✓ 200\\s+⊘ route failed$`),
  );
  const report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  expect(report.routeChecks.map((c) => [c.path, c.status])).toEqual([
    ['direct', 'usable'],
    ['lo', 'usable'],
    ['away', 'failed'],
  ]);
});

test('each bad route is one line that never repeats its URL, and the good routes are still used', async () => {
  const { port } = await listen(httpsServer());
  const paths = join(folder(), 'paths.json');
  writeFileSync(
    paths,
    JSON.stringify({
      paths: [
        { name: 'lo', url: 'bind:127.0.0.1' },
        { name: 'nope', url: `ftp://u:${SECRET}@h:21` },
      ],
    }),
  );
  const broken = join(folder(), 'broken.json');
  writeFileSync(broken, '{"paths": [');
  const run = await runCli([
    'diagnose',
    `https://127.0.0.1:${port}/ok`,
    '--path',
    `socks5://u:${SECRET}@127.0.0.1:1080`,
    '--path',
    `office=socks5h://u:${SECRET}@127.0.0.1`,
    '--path',
    `odd=socks5h://u:%ZZ${SECRET}@127.0.0.1:1080`,
    '--path',
    'lo=direct',
    '--paths',
    paths,
    '--paths',
    broken,
    '--paths',
    join(folder(), 'missing.json'),
  ]);

  expect(run.code).toBe(2);
  expect(stderrLines(run)).toEqual([
    'detour: --path 1: write a route as NAME=URL, for example office=socks5h://127.0.0.1:1080; skipped',
    'detour: --path 2: route "office" the proxy URL has no port; skipped',
    'detour: --path 3: route "odd" the user and password must be user:password, percent-encoded; skipped',
    expect.stringMatching(/^detour: .*paths\.json: paths\[1\]: route "nope" unknown kind of route/),
    expect.stringMatching(
      /^detour: .*paths\.json: paths\[0\]: route "lo" a route of this name is already given; skipped$/,
    ),
    expect.stringMatching(/^detour: .*broken\.json: not valid JSON; skipped$/),
    expect.stringMatching(/^detour: .*missing\.json: cannot be read; skipped$/),
  ]);
  expect(run.stderr + run.stdout).not.toContain(SECRET);
  expect(run.stdout.split('\n')[0]).toMatch(/^Route\s+Kind\s+Check$/);
  expect(run.stdout).toMatch(/^lo\s+direct\s+—/m);
});
