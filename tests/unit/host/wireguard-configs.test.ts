import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { JsonFileStore } from '../../../src-main/host/json-file-store.ts';
import {
  createToolHandlers,
  NO_WIREGUARD_CONFIGS,
  toolsForRun,
  wireguardConfigsFileSchema,
  type ToolDependencies,
} from '../../../src-main/host/wireguard-configs.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('wireguard-configs');
const PRIVATE = 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=';
const PUBLIC = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=';
const FINGERPRINT = '0CAFD6109968784D8C39C6FC5B232A2567580DDD';

function dependencies(dialog?: string | null): ToolDependencies {
  return {
    wireguard: new JsonFileStore(
      join(dir(), 'wireguard-configs.json'),
      wireguardConfigsFileSchema,
      NO_WIREGUARD_CONFIGS,
    ),
    ...(dialog === undefined ? {} : { chooseWireguardFile: () => Promise.resolve(dialog) }),
  };
}

async function configFile(name: string, privateKey = PRIVATE): Promise<string> {
  const file = join(dir(), name);
  await writeFile(
    file,
    `[Interface]\nPrivateKey = ${privateKey}\n[Peer]\nPublicKey = ${PUBLIC}\nEndpoint = vpn.example.org:51820\n`,
  );
  return file;
}

test('a file chosen in the dialog is read here: the renderer gets its name and server, never a key', async () => {
  const file = await configFile('office.conf');
  const handlers = createToolHandlers(dependencies(file));
  const added = await handlers.addWireguardConfig({});
  expect(added).toMatchObject({
    ok: true,
    value: { kind: 'added', config: { name: 'office', endpoint: { host: 'vpn.example.org', port: 51820 }, peers: 1 } },
  });
  const listed = await handlers.listWireguardConfigs();
  expect(JSON.stringify([added, listed])).not.toContain(PRIVATE);
  expect(JSON.stringify(listed)).not.toContain(file);
});

test('without a dialog (web mode) the path is given; a dialog closed is no error', async () => {
  const file = await configFile('home.conf');
  expect(await createToolHandlers(dependencies()).addWireguardConfig({})).toMatchObject({
    ok: false,
    error: { code: 'unavailable' },
  });
  expect(await createToolHandlers(dependencies()).addWireguardConfig({ path: file })).toMatchObject({
    ok: true,
    value: { kind: 'added' },
  });
  expect(await createToolHandlers(dependencies(null)).addWireguardConfig({})).toEqual({
    ok: true,
    value: { kind: 'cancelled' },
  });
});

test('a file that is no configuration is refused with a code and a line, never its text', async () => {
  const broken = await configFile('broken.conf', PRIVATE.slice(3));
  const answer = await createToolHandlers(dependencies()).addWireguardConfig({ path: broken });
  expect(answer).toEqual({ ok: true, value: { kind: 'rejected', code: 'bad-key', line: 2 } });
  const missing = await createToolHandlers(dependencies()).addWireguardConfig({ path: join(dir(), 'gone.conf') });
  expect(missing).toEqual({ ok: true, value: { kind: 'rejected', code: 'unreadable' } });
});

test('a run reads each configuration again: keys beside the plan, a file that went is named', async () => {
  const file = await configFile('office.conf');
  const tools = dependencies();
  const handlers = createToolHandlers(tools);
  const added = await handlers.addWireguardConfig({ path: file });
  const id = added.ok && added.value.kind === 'added' ? added.value.config.id : '';
  const run = await toolsForRun({ wireguard: [id], bridges: [`192.0.2.1:9001 ${FINGERPRINT}`] }, tools);
  expect(run).toMatchObject({
    ok: true,
    value: {
      plan: {
        wireguard: [{ name: 'office', endpoint: { host: 'vpn.example.org', port: 51820 } }],
        bridges: [{ name: 'bridge 1', transport: 'vanilla' }],
      },
      secrets: {
        wireguard: { office: { privateKey: PRIVATE, peerPublicKey: PUBLIC } },
        bridges: { 'bridge 1': `192.0.2.1:9001 ${FINGERPRINT}` },
      },
    },
  });
  expect(JSON.stringify(run.ok ? run.value.plan : null)).not.toContain(PRIVATE);
  await writeFile(file, 'gone');
  expect(await toolsForRun({ wireguard: [id], bridges: [] }, tools)).toMatchObject({
    ok: false,
    error: { code: 'bad-request', message: 'the WireGuard configuration "office" cannot be read: bad-line' },
  });
  expect(await toolsForRun({ wireguard: [], bridges: ['not a bridge'] }, tools)).toMatchObject({ ok: false });
  expect(await toolsForRun(undefined, tools)).toEqual({ ok: true, value: { secrets: { wireguard: {}, bridges: {} } } });
});

test('removing a configuration forgets it', async () => {
  const handlers = createToolHandlers(dependencies());
  const added = await handlers.addWireguardConfig({ path: await configFile('a.conf') });
  const id = added.ok && added.value.kind === 'added' ? added.value.config.id : '';
  expect(await handlers.removeWireguardConfig({ id })).toEqual({ ok: true, value: [] });
});
