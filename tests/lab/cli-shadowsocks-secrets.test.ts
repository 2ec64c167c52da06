import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src-main/shared/report.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon } from './servers/debian-proxies.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { leaf } from './servers/pki.ts';
import { runCli, tempFolderEachTest } from './servers/run-cli.ts';
import { sip002Key, startSsServer } from './servers/shadowsocks-daemons.ts';

/**
 * Access keys are credentials: the password, the base64 user info that carries it, and
 * a dynamic key's path (its token) appear nowhere Detour writes or prints: not the
 * report, the NDJSON stream, stdout, stderr, the history, or an export (HTML, CSV).
 * The host and port may be shown, and `--omit proxy-hosts` removes them from exports.
 */

debianProxiesStoppedAfterEach();
const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-ss-');

const PASSWORD = 'Ss-Pa55-4f1d-never-shown';
const WRONG_PASSWORD = 'Wr0ng-9a7c-never-shown';
const DYNAMIC_TOKEN = 'Dyn-T0ken-77e2-never-shown';

function filesUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describeWithDaemon('ss-server')('keys in everything Detour writes', () => {
  test('the password, user info and dynamic token of every key appear nowhere', { timeout: 90_000 }, async () => {
    const method = 'chacha20-ietf-poly1305' as const;
    const server = await startSsServer({ method, password: PASSWORD, udp: true });
    const site = await listen(httpsServer());
    const target = `https://localhost:${site.port}/ok`;
    const config = JSON.stringify({ server: '127.0.0.1', server_port: server.port, password: PASSWORD, method });
    const keyServer = await listen(
      createHttpsServer(leaf('valid'), (request, response) =>
        request.url === `/access/${DYNAMIC_TOKEN}` ? response.end(config) : response.writeHead(404).end(),
      ),
    );
    const key = sip002Key('127.0.0.1', server.port, { method, password: PASSWORD });
    const wrong = sip002Key('127.0.0.1', server.port, { method, password: WRONG_PASSWORD });
    const dynamic = `ssconf://localhost:${keyServer.port}/access/${DYNAMIC_TOKEN}#Team`;
    const paths = join(folder(), 'paths.json');
    writeFileSync(
      paths,
      JSON.stringify({
        paths: [
          { name: 'wrong', url: wrong },
          { name: 'team', url: dynamic },
        ],
      }),
    );
    chmodSync(paths, 0o600);
    const out = join(folder(), 'run.json');
    const history = join(folder(), 'history');
    const args = ['diagnose', target, '--path', `outline=${key}`, '--paths', paths, '--control', target];
    const common = ['--timeout', '2000', '--history-dir', history];

    const table = await runCli([...args, ...common, '--out', out]);
    const ndjson = await runCli([...args, ...common, '--json']);
    const html = join(folder(), 'run.html');
    const csv = join(folder(), 'run.csv');
    const exported = await runCli(['report', out, '--html', html, '--csv', csv]);
    const omittedHtml = join(folder(), 'omitted.html');
    const omitted = await runCli(['report', out, '--html', omittedHtml, '--omit', 'proxy-hosts']);

    const secrets = [
      PASSWORD,
      WRONG_PASSWORD,
      DYNAMIC_TOKEN,
      Buffer.from(`${method}:${PASSWORD}`).toString('base64url'),
      Buffer.from(`${method}:${WRONG_PASSWORD}`).toString('base64url'),
      Buffer.from(`${method}:${PASSWORD}`).toString('base64'),
    ];
    const everything = {
      stdout: table.stdout + ndjson.stdout + exported.stdout + omitted.stdout,
      stderr: table.stderr + ndjson.stderr + exported.stderr + omitted.stderr,
      report: readFileSync(out, 'utf8'),
      history: filesUnder(history),
      exports: [html, csv, omittedHtml].map((file) => readFileSync(file, 'utf8')).join('\n'),
    };
    for (const [where, text] of Object.entries(everything)) {
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
    }

    // The keys were used: the right one and the dynamic one reach the site, the wrong one is named.
    const report = reportSchema.parse(JSON.parse(everything.report));
    const status = Object.fromEntries(report.routeChecks.map((check) => [check.path, check.status]));
    expect(status).toMatchObject({ outline: 'usable', team: 'usable', wrong: 'failed' });
    const keys = report.summary?.messages.map((m) => `${m.key} ${String(m.params['route'])}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'summary.key-works-nothing-blocked outline',
        'summary.key-works-nothing-blocked team',
        'summary.key-wrong-likely wrong',
      ]),
    );
    // Where the keys lead may be shown, unless the export is told to leave it out.
    expect(table.stdout).toContain(`ss://•••@127.0.0.1:${server.port}`);
    expect(readFileSync(omittedHtml, 'utf8')).not.toContain(`127.0.0.1:${server.port}`);
    expect(readFileSync(omittedHtml, 'utf8')).not.toContain(`localhost:${keyServer.port}`);
  });
});
