import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readFuses } from '../../../scripts/fuses.ts';
import { electronDist, packageApp } from '../../../scripts/package.ts';

/** What Detour's package must say on its fuse wire (scripts/fuses.ts; Electron checklist item 19). */
const EXPECTED = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  EnableEmbeddedAsarIntegrityValidation: 'on',
  OnlyLoadAppFromAsar: 'on',
  GrantFileProtocolExtraPrivileges: 'off',
};

/** @electron/fuses finds the wire after this marker in the binary (its constants.ts). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-package-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny app to pack: its manifest and a main file. */
function appFolder(): string {
  const app = join(dir, 'app');
  mkdirSync(join(app, 'out/main'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'detour', main: 'out/main/index.js' }));
  writeFileSync(join(app, 'out/main/index.js'), 'export {};\n');
  return app;
}

describe('on a fuse wire made here (an Electron binary cannot be downloaded on every machine)', () => {
  test('packaging flips every fuse Detour sets, packs the app as ASAR and drops the default app', async () => {
    const electron = join(dir, 'electron-dist');
    mkdirSync(join(electron, 'resources'), { recursive: true });
    // Electron 45's wire as shipped: version 1, nine fuses, RunAsNode, NODE_OPTIONS, --inspect and file:// on.
    const wire = Buffer.concat([Buffer.from([1, 9]), Buffer.from('101100011', 'latin1')]);
    writeFileSync(
      join(electron, 'electron'),
      Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), wire, Buffer.alloc(4096, 9)]),
    );
    writeFileSync(join(electron, 'resources/default_app.asar'), 'demo');

    const binary = await packageApp({ app: appFolder(), electron, target: join(dir, 'package') });

    expect(binary).toBe(join(dir, 'package/detour'));
    expect(await readFuses(binary)).toMatchObject(EXPECTED);
    expect(existsSync(join(dir, 'package/resources/default_app.asar'))).toBe(false);
    expect(listPackage(join(dir, 'package/resources/app.asar'), { isPack: false })).toEqual(
      expect.arrayContaining(['/package.json', '/out/main/index.js']),
    );
  });

  test('without an Electron binary, packaging says where it looked and how to give one', () => {
    const found = electronDist({ ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nothing-here') });
    expect(found).toEqual({ missing: expect.stringContaining('set ELECTRON_OVERRIDE_DIST_PATH') as string });
  });
});

const real = electronDist();
const SKIP_REASON = 'missing' in real ? real.missing : '';

test.skipIf('missing' in real)('on the real Electron binary, the packaged app has Detour’s fuses', async () => {
  if (!('dir' in real)) return;
  const binary = await packageApp({ app: appFolder(), electron: real.dir, target: join(dir, 'package') });
  expect(await readFuses(binary)).toMatchObject(EXPECTED);
});
if (SKIP_REASON !== '') console.log(`Skipping the fuse test on a real Electron binary: ${SKIP_REASON}`);
