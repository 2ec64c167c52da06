import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src-main/shared/report.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon } from './servers/debian-proxies.ts';
import { labName } from './servers/dns-server.ts';
import { startDohServer } from './servers/doh-server.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, stderrLines, tempFolderEachTest } from './servers/run-cli.ts';

/**
 * Secrets in route and resolver URLs are treated like proxy passwords: the engine
 * uses them, nothing recorded or printed holds them (issue 16, rows 1, 3 and 14).
 */

const listen = listenClosingAfterEach();
const proxies = debianProxiesStoppedAfterEach();
const folder = tempFolderEachTest('detour-cli-secrets-');

const DOH_PASSWORD = 'Doh-Pa55-8c1e-secret';
const DOH_KEY = 'k3y-5d0e-never-recorded';

/** Every file under `dir`, read as text: the history folder after a run. */
function filesUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

const DOH_TEST =
  'a DoH URL’s password and query key reach the resolver, and no report, event, history, stdout or stderr';
test(DOH_TEST, { timeout: 60_000 }, async () => {
  const doh = await startDohServer();
  try {
    const site = await listen(httpsServer());
    const target = `https://${labName('loopback')}:${site.port}/ok`;
    const secretUrl = doh.url.replace('https://', `https://dns-user:${DOH_PASSWORD}@`) + `?key=${DOH_KEY}&v=2`;
    const out = join(folder(), 'run.json');
    const history = join(folder(), 'history');
    const args = ['diagnose', target, '--doh', secretUrl, '--path', `dns=doh:${secretUrl}`, '--control', target];
    const args2 = ['--timeout', '3000', '--history-dir', history];

    const table = await runCli([...args, ...args2, '--out', out]);
    const ndjson = await runCli([...args, ...args2, '--json']);

    const basic = `Basic ${Buffer.from(`dns-user:${DOH_PASSWORD}`).toString('base64')}`;
    const everything = [table.stdout, table.stderr, ndjson.stdout, ndjson.stderr, readFileSync(out, 'utf8')];
    everything.push(filesUnder(history));
    for (const text of everything) {
      expect(text).not.toContain(DOH_PASSWORD);
      expect(text).not.toContain(DOH_KEY);
      expect(text).not.toContain(basic.slice('Basic '.length));
    }
    // The resolver was asked with the key and the credentials (RFC 7617 Basic).
    expect(doh.seen.length).toBeGreaterThan(0);
    expect(doh.seen.every((request) => request.target === `/dns-query?key=${DOH_KEY}&v=2`)).toBe(true);
    expect(doh.seen.every((request) => request.authorization === basic)).toBe(true);
    // The DoH route worked: the control and the site resolved over it.
    const report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.routeChecks).toContainEqual(expect.objectContaining({ path: 'dns', status: 'usable' }));
    const shown = doh.url.replace('https://', 'https://dns-user:•••@') + '?key=•••&v=•••';
    expect(report.plan.options.dohUrl).toBe(shown);
    expect(report.plan.paths[1]).toEqual({ name: 'dns', kind: 'doh', url: shown });

    expect(table.stdout).toContain(`direct, names over ${shown}`);
  } finally {
    await doh.close();
  }
});

test('a route argument whose "name" is part of a password never has it printed', async () => {
  const run = await runCli([
    'diagnose',
    'https://127.0.0.1:9/',
    '--path',
    'socks5h://user:S3cret=Pass@127.0.0.1:1080',
    '--timeout',
    '500',
  ]);
  expect(run.stderr).not.toContain('S3cret');
  expect(stderrLines(run)[0]).toBe(
    'detour: --path 1: a route name is letters, digits, spaces, dots, dashes and underscores (at most 64); skipped',
  );
});

test('a --doh URL that is refused is never echoed with its secrets', async () => {
  const run = await runCli([
    'diagnose',
    'example.org',
    '--doh',
    `http://u:${DOH_PASSWORD}@dns.example/q?key=${DOH_KEY}`,
  ]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe('detour: --doh must be an https:// URL, not "http://u:•••@dns.example/q?key=•••"\n');
});

describeWithDaemon('microsocks')('passwords from the environment', () => {
  const ENV_TEST =
    'a route with a user and no password takes it from DETOUR_PASSWORD_<NAME>, never from the command line';
  test(ENV_TEST, { timeout: 60_000 }, async () => {
    const password = 'Env-Pa55-6a2f-secret';
    const proxy = await proxies.microsocks({ username: 'detour', password });
    const site = await listen(httpsServer());
    const target = `https://127.0.0.1:${site.port}/ok`;
    const out = join(folder(), 'run.json');
    const args = ['diagnose', target, '--path', `office vpn=socks5h://detour@127.0.0.1:${proxy.port}`];
    const more = ['--control', target, '--timeout', '3000', '--out', out];

    const withPassword = await runCli([...args, ...more], { env: { DETOUR_PASSWORD_OFFICE_VPN: password } });
    expect(withPassword.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.routeChecks).toContainEqual(expect.objectContaining({ path: 'office vpn', status: 'usable' }));
    expect(withPassword.stdout + withPassword.stderr + readFileSync(out, 'utf8')).not.toContain(password);

    const without = await runCli([...args, ...more], { env: { DETOUR_PASSWORD_OFFICE_VPN: undefined } });
    expect(without.code).toBe(2);
    expect(stderrLines(without)[0]).toBe(
      'detour: --path 1: route "office vpn" the route has a user but no password: set DETOUR_PASSWORD_OFFICE_VPN, or write user:password in the URL; skipped',
    );
  });
});

test(
  'a paths file that holds passwords and that others can read is named, with how to fix it',
  { timeout: 60_000 },
  async () => {
    const site = await listen(httpsServer());
    const target = `https://127.0.0.1:${site.port}/ok`;
    const paths = join(folder(), 'paths.json');
    writeFileSync(paths, JSON.stringify({ paths: [{ name: 'lo', url: 'socks5://u:pw-3f1a@127.0.0.1:9' }] }));
    const args = ['diagnose', target, '--paths', paths, '--control', target, '--timeout', '1000'];

    chmodSync(paths, 0o644);
    const readable = await runCli(args);
    expect(stderrLines(readable)).toContain(
      `detour: ${paths} holds passwords and other users of this computer can read it; make it yours alone: chmod 600 ${paths}`,
    );
    chmodSync(paths, 0o600);
    const ownerOnly = await runCli(args);
    expect(ownerOnly.stderr).not.toContain('chmod');
  },
);
