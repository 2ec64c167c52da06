import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { engineEventSchema, type EngineEvent } from '../../src-main/shared/events.ts';
import { reportSchema, type Report } from '../../src-main/shared/report.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, stderrLines, tempFolderEachTest } from './servers/run-cli.ts';
import { closedUdpPort } from './servers/stun-server.ts';
import { acceptAndHang } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-');

/** The report on disk, checked against both the zod schema and the published JSON Schema. */
function readReport(path: string): Report {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const jsonSchema: unknown = JSON.parse(
    readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'),
  );
  const validate = new Ajv2020({ strict: false }).compile(jsonSchema as object);
  expect(validate.errors ?? validate(json), JSON.stringify(validate.errors)).toBe(true);
  return reportSchema.parse(json);
}

test('diagnosing a local HTTPS site prints the table and writes a report valid against the schema', async () => {
  const { port } = await listen(httpsServer());
  const out = join(folder(), 'run.json');
  const run = await runCli(['diagnose', `https://127.0.0.1:${port}/ok`, `localhost:${port}`, '--out', out]);

  expect(run.code).toBe(0);
  const [table = '', summary] = run.stdout.trimEnd().split('\n\n');
  const [header, rule, ...rows] = table.split('\n');
  expect(header).toMatch(/^Target\s+Route\s+DNS\s+Connect\s+TLS\s+HTTP\s+Speed\s+Result$/);
  expect(rule).toMatch(/^[─ ]+$/);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatch(
    new RegExp(`^https://127\\.0\\.0\\.1:${port}/ok\\s+direct\\s+—\\s+ok 1/1.*ok TLSv1\\.3.*200.*reachable$`),
  );
  expect(rows[1]).toMatch(new RegExp(`^localhost:${port}\\s+direct\\s+ok \\d+ addr\\s+ok .*reachable$`));
  expect(run.stderr).toContain(`Report written to ${out}`);
  expect(summary?.split('\n')).toEqual([
    'What this means:',
    '  Everything works.',
    expect.stringMatching(/^ {2}Only your own connection was tested\. Add a proxy, Tor or a VPN/),
    '  Nothing is blocked: all 2 tested work.',
  ]);

  const report = readReport(out);
  expect(report.status).toBe('completed');
  expect(report.targets.map((t) => t.outcomes.map((o) => o.status))).toEqual([['reachable'], ['reachable']]);
  const http = report.observations.find((o) => o.probe === 'http');
  expect(http).toMatchObject({ status: 200, body: { title: 'Detour & the lab' } });
});

test('each bad entry gets one clear line, the good one is still measured, and the exit code is 2', async () => {
  const { port } = await listen(httpsServer());
  const empty = join(folder(), 'empty.txt');
  const binary = join(folder(), 'binary.txt');
  const mixed = join(folder(), 'mixed.txt');
  writeFileSync(empty, '# only a comment\n\n');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
  writeFileSync(mixed, `https://127.0.0.1:${port}/ok\nexample.org:70000\n`);
  const out = join(folder(), 'run.json');

  const run = await runCli([
    'diagnose',
    'https://exa mple.org/',
    'gopher://example.org/',
    '127.0.0.1:0',
    '--list',
    empty,
    '--list',
    binary,
    '--list',
    mixed,
    '--out',
    out,
  ]);

  expect(run.code).toBe(2);
  const problems = stderrLines(run).filter((line) => line.startsWith('detour: '));
  expect(problems).toEqual([
    `detour: ${empty}: the list has no entries; skipped`,
    `detour: ${binary}: not a text list (binary data, or not UTF-8); skipped`,
    'detour: argument 1: "https://exa mple.org/" not a URL, domain, host:port or stun:host:port; skipped',
    'detour: argument 2: "gopher://example.org/" unknown scheme (use http://, https://, stun: or host:port); skipped',
    'detour: argument 3: "127.0.0.1:0" the port must be a number from 1 to 65535; skipped',
    `detour: ${mixed}:2: "example.org:70000" the port must be a number from 1 to 65535; skipped`,
  ]);
  expect(run.stdout).toMatch(/reachable/);
  const report = readReport(out);
  expect(report.inputErrors.map((e) => e.code)).toEqual([
    'empty-list',
    'binary-list',
    'malformed',
    'unknown-scheme',
    'bad-port',
    'bad-port',
  ]);
  expect(report.targets).toHaveLength(1);
  expect(report.targets[0]?.outcomes[0]?.status).toBe('reachable');
});

test('a resolver that never answers gets one warning and the run still completes', async () => {
  const { port } = await listen(httpsServer());
  const silentPort = await closedUdpPort();
  const run = await runCli([
    'diagnose',
    `https://localhost:${port}/ok`,
    '--resolver',
    `127.0.0.1:${silentPort}`,
    '--timeout',
    '500',
  ]);

  expect(run.code).toBe(0);
  expect(stderrLines(run).filter((line) => line.includes('resolver'))).toEqual([
    expect.stringMatching(
      new RegExp(
        `^detour: the resolver 127\\.0\\.0\\.1:${silentPort} did not answer any query \\(.+\\); DNS comparisons`,
      ),
    ),
  ]);
  expect(run.stdout).toMatch(/reachable/);
});

// Six CLIs one after another: a minute, for a busy machine.
test('usage mistakes are one line and exit code 2', { timeout: 60_000 }, async () => {
  const noTargets = await runCli(['diagnose']);
  expect(noTargets.code).toBe(2);
  expect(stderrLines(noTargets)).toEqual([expect.stringMatching(/^detour: no targets: /)]);

  const badResolver = await runCli(['diagnose', 'example.org', '--resolver', 'dns.example']);
  expect(badResolver.code).toBe(2);
  expect(stderrLines(badResolver)).toEqual([expect.stringMatching(/^detour: --resolver must be an IP address/)]);

  const badTimeout = await runCli(['diagnose', 'example.org', '--timeout', 'soon']);
  expect(badTimeout.code).toBe(2);
  expect(stderrLines(badTimeout)).toEqual([expect.stringMatching(/^detour: --timeout must be a whole number/)]);
});

test('--json prints the event stream as NDJSON, every line a valid event, ending with run-finished', async () => {
  const { port } = await listen(httpsServer());
  const run = await runCli(['diagnose', `https://127.0.0.1:${port}/ok`, 'ftp://x', '--json']);

  expect(run.code).toBe(2);
  const events: EngineEvent[] = run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => engineEventSchema.parse(JSON.parse(line)));
  expect(events[0]?.type).toBe('run-started');
  expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'completed' });
  expect(events.filter((e) => e.type === 'input-error')).toHaveLength(1);
  expect(events.filter((e) => e.type === 'observation').map((e) => e.observation.probe)).toEqual([
    'tcp',
    'tls',
    'http',
  ]);
  expect(run.stderr).toBe('');
});

test('Ctrl-C cancels a hanging run promptly, exits 130 and still writes the partial report', async () => {
  const hanging = await listen(acceptAndHang());
  const { port } = await listen(httpsServer());
  const out = join(folder(), 'run.json');
  const args = ['diagnose', `https://127.0.0.1:${port}/ok`, `https://127.0.0.1:${hanging.port}/`];
  let interruptedAt = 0;
  const run = await runCli([...args, '--timeout', '60000', '--json', '--out', out], {
    // Once the good site is done and the hanging one has connected, the run is stuck in TLS.
    interruptWhen: (stdout) => {
      const done = stdout.includes('"type":"target-finished"') && stdout.split('"probe":"tcp"').length >= 3;
      if (done) interruptedAt = performance.now();
      return done;
    },
  });

  expect(performance.now() - interruptedAt).toBeLessThan(1000);
  expect(run.code).toBe(130);
  expect(run.stderr).toContain('Cancelled: the report holds what was measured until then.');
  const report = readReport(out);
  expect(report.status).toBe('cancelled');
  // Cancelled is not a failure of the site: the hanging one is "not measured", never "blocked".
  expect(report.targets.map((t) => t.outcomes[0]?.status)).toEqual(['reachable', 'not-measured']);
  const tls = report.observations.filter((o) => o.probe === 'tls');
  expect(tls.at(-1)?.failure?.class).toBe('cancelled');
});
