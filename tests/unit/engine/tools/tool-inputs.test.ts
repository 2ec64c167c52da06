import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';
import { readSmallTextFile, readWireguardFile, ToolCollector } from '../../../../src-main/engine/tools/tool-inputs.ts';
import { tempDirPerTest } from '../../../support/temp-dir.ts';

const PRIVATE = 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=';
const PUBLIC = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=';
const FINGERPRINT = '0CAFD6109968784D8C39C6FC5B232A2567580DDD';

const dir = tempDirPerTest('tools');

const conf = (endpoints: string[]): string =>
  [
    '[Interface]',
    `PrivateKey = ${PRIVATE}`,
    ...endpoints.flatMap((endpoint) => ['[Peer]', `PublicKey = ${PUBLIC}`, `Endpoint = ${endpoint}`]),
  ].join('\n');

test('a .conf file is named after itself; each peer of several is one tool; the keys go to the secrets', async () => {
  await writeFile(join(dir(), 'office.conf'), conf(['192.0.2.1:51820', '192.0.2.2:51820']));
  await writeFile(join(dir(), 'home.conf'), conf(['vpn.example.org:51820']));
  const collector = new ToolCollector();
  for (const name of ['office.conf', 'home.conf', 'office.conf']) {
    const read = await readWireguardFile(join(dir(), name));
    if (!read.ok) throw new Error(read.error.code);
    collector.addWireguard(read.file, name);
  }
  expect(collector.wireguard.map((spec) => spec.name)).toEqual([
    'office (peer 1)',
    'office (peer 2)',
    'home',
    'office (peer 1) 2',
    'office (peer 2) 2',
  ]);
  expect(collector.secrets.wireguard['home']).toEqual({ privateKey: PRIVATE, peerPublicKey: PUBLIC });
  expect(JSON.stringify(collector.wireguard)).not.toContain(PRIVATE);
});

test('a configuration that cannot be read, is too large or is binary is refused with where and why', async () => {
  const big = join(dir(), 'big.conf');
  await writeFile(big, 'x'.repeat(65 * 1024));
  const binary = join(dir(), 'binary.conf');
  await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  const broken = join(dir(), 'broken.conf');
  await writeFile(broken, `[Interface]\nPrivateKey = ${PRIVATE.slice(2)}\n`);
  expect(await readWireguardFile(join(dir(), 'missing.conf'))).toEqual({
    ok: false,
    error: { source: 'missing.conf', code: 'unreadable' },
  });
  expect(await readWireguardFile(dir())).toEqual({
    ok: false,
    error: { source: basename(dir()), code: 'not-a-file' },
  });
  expect(await readWireguardFile(big)).toEqual({ ok: false, error: { source: 'big.conf', code: 'too-large' } });
  expect(await readWireguardFile(binary)).toEqual({ ok: false, error: { source: 'binary.conf', code: 'not-text' } });
  expect(await readWireguardFile(broken)).toEqual({
    ok: false,
    error: { source: 'broken.conf', code: 'bad-key', line: 2 },
  });
});

test('a small text file is read whole; one a byte over the cap is not read at all', async () => {
  const file = join(dir(), 'exact.txt');
  await writeFile(file, 'abcd');
  expect(await readSmallTextFile(file, 4)).toEqual({ ok: true, text: 'abcd' });
  expect(await readSmallTextFile(file, 3)).toEqual({ ok: false, code: 'too-large' });
});

test('bridge lines: numbered in order, bad ones reported by where, and only the line holds the cert', async () => {
  const collector = new ToolCollector();
  collector.addBridgeLines(`192.0.2.1:9001 ${FINGERPRINT}`, () => ({ source: '--bridge 1' }));
  const file = join(dir(), 'bridges.txt');
  await writeFile(
    file,
    `# from a trainer\nobfs4 192.0.2.2:443 ${FINGERPRINT} cert=AAAA iat-mode=0\nnot a bridge\n\nsnowflake 192.0.2.3:80 ${FINGERPRINT} url=https://x.example/\n`,
  );
  await collector.addBridgesFile(file);
  await collector.addBridgesFile(join(dir(), 'none.txt'));
  expect(collector.bridges).toEqual([
    { name: 'bridge 1', transport: 'vanilla', address: { host: '192.0.2.1', port: 9001 } },
    { name: 'bridge 2', transport: 'obfs4', address: { host: '192.0.2.2', port: 443 } },
    { name: 'bridge 3', transport: 'snowflake', address: { host: '192.0.2.3', port: 80 } },
  ]);
  expect(collector.secrets.bridges['bridge 2']).toBe(`obfs4 192.0.2.2:443 ${FINGERPRINT} cert=AAAA iat-mode=0`);
  expect(collector.errors).toEqual([
    { source: 'bridges.txt', line: 3, code: 'no-address' },
    { source: 'none.txt', code: 'unreadable' },
  ]);
  expect(JSON.stringify([collector.bridges, collector.errors])).not.toContain('cert=');
});
