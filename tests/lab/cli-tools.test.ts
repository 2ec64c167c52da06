import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src-main/shared/report.ts';
import { runCli, stderrLines, tempFolderEachTest } from './servers/run-cli.ts';
import { closedPort } from './servers/tcp-servers.ts';

/**
 * "Your tools" through the real CLI on loopback: a WireGuard server that is not there
 * (its port refuses) and a bridge that is not there either. What matters here is what
 * the command prints and keeps: the private key, the preshared key and the bridge's
 * fingerprint and cert are credentials and must appear in no output, report, history
 * file or export; the censorship lab checks the verdicts.
 */
const folder = tempFolderEachTest('detour-cli-tools-');

const key = (): string => randomBytes(32).toString('base64');
const PRIVATE_KEY = key();
const PRESHARED_KEY = key();
const SERVER_KEY = key();
const FINGERPRINT = randomBytes(20).toString('hex').toUpperCase();
const CERT = randomBytes(52).toString('base64').replace(/=+$/, '');
const SECRETS = { PRIVATE_KEY, PRESHARED_KEY, FINGERPRINT, CERT };

async function writeConfig(name: string, endpoint: string, privateKey = PRIVATE_KEY): Promise<string> {
  const file = join(folder(), name);
  const lines = ['[Interface]', `PrivateKey = ${privateKey}`, '[Peer]', `PublicKey = ${SERVER_KEY}`];
  await writeFile(file, [...lines, `PresharedKey = ${PRESHARED_KEY}`, `Endpoint = ${endpoint}`, ''].join('\n'));
  return file;
}

/** Every file under a folder, read as text. */
async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map((file) => readFile(file, 'utf8')));
}

function leaked(texts: readonly string[]): string[] {
  return Object.entries(SECRETS).flatMap(([name, secret]) =>
    texts.some((text) => text.includes(secret)) ? [name] : [],
  );
}

test('keys and bridge lines reach no output, report, history or export', async () => {
  const udpPort = await closedPort();
  const tcpPort = await closedPort();
  const config = await writeConfig('office.conf', `127.0.0.1:${udpPort}`);
  const bridge = `obfs4 127.0.0.1:${tcpPort} ${FINGERPRINT} cert=${CERT} iat-mode=0`;
  const report = join(folder(), 'run.json');
  const history = join(folder(), 'history');
  const common = ['--wireguard', config, '--bridge', bridge, '--timeout', '1500', '--bridge-timeout', '5000'];
  const table = await runCli(['diagnose', ...common, '--out', report, '--history-dir', history]);
  expect(table.code, table.stderr).toBe(0);
  expect(table.stdout).toContain('Your tools:');
  expect(table.stdout).toMatch(/^ {2}[?!✗✓] office \(WireGuard VPN, 127\.0\.0\.1:\d+\): /m);
  expect(table.stdout).toMatch(/^ {2}[?!✗✓] bridge 1 \(Tor bridge, obfs4, 127\.0\.0\.1:\d+\): /m);
  const json = await runCli(['diagnose', ...common, '--json', '--no-history']);
  expect(json.code, json.stderr).toBe(0);
  const events = json.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string });
  expect(events.filter((event) => event.type === 'tool-checked')).toHaveLength(2);
  const saved = reportSchema.parse(JSON.parse(await readFile(report, 'utf8')));
  expect(saved.tools?.map((tool) => tool.name).sort()).toEqual(['bridge 1', 'office']);
  const exported = await runCli([
    'report',
    report,
    '--html',
    join(folder(), 'run.html'),
    '--csv',
    join(folder(), 'run.csv'),
  ]);
  expect(exported.code, exported.stderr).toBe(0);
  const outputs = [table.stdout, table.stderr, json.stdout, json.stderr, exported.stdout, exported.stderr];
  expect(leaked([...outputs, ...(await allFiles(folder()))].filter((text) => !text.includes('[Interface]')))).toEqual(
    [],
  );
}, 60_000);

test('tools alone make a run; a broken configuration is one line that never shows the key', async () => {
  const badKey = PRIVATE_KEY.slice(0, 40);
  const broken = await writeConfig('broken.conf', '127.0.0.1:1', badKey);
  const run = await runCli(['diagnose', '--wireguard', broken, '--bridge', 'nonsense', '--no-history']);
  expect(run.code).toBe(2);
  expect(stderrLines(run)).toEqual([
    'detour: broken.conf:2: a key is not a WireGuard key (32 bytes in base64, as wg genkey writes it); skipped',
    'detour: --bridge 1: not a bridge line: no IP:port where the address belongs; skipped',
  ]);
  expect(run.stderr + run.stdout).not.toContain(badKey);
});

test('--bridge-timeout is checked like every number', async () => {
  const run = await runCli(['diagnose', '--bridge', '127.0.0.1:1', '--bridge-timeout', '10', '--no-history']);
  expect(run.code).toBe(2);
  expect(stderrLines(run)).toEqual(['detour: --bridge-timeout must be a whole number from 1000 to 600000, not "10"']);
});
