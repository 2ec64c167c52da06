import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { expect, test } from '@playwright/test';
import { readFuses } from '../../scripts/fuses.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

/** A copy of Electron's fuse wire as 45 ships it, in a file standing for the binary (see @electron/fuses). */
function syntheticElectron(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, 9]),
    Buffer.from('101100011'),
  ]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.alloc(1024), wire, Buffer.alloc(1024)]));
  return dir;
}

// eslint-disable-next-line no-empty-pattern -- Playwright names a test's fixtures in its first argument; this one needs none.
test('npm run package packs the built app as ASAR with its runtime modules, and sets Detour’s fuses', async ({}, testInfo) => {
  const real = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  // Where no Electron binary can be downloaded, the packaging runs on a fuse wire made here.
  const electron = real !== undefined && real !== '' ? real : syntheticElectron(testInfo.outputPath('electron'));
  const out = testInfo.outputPath('package');
  // The build is global-setup's; the rest of `npm run package` is this script.
  const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/package.ts'), '--out', out], {
    cwd: ROOT,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electron },
  });
  expect(stdout).toBe(`Packaged ${join(out, 'detour')} (fuses set: see scripts/fuses.ts)\n`);

  expect(await readFuses(join(out, 'detour'))).toMatchObject({
    RunAsNode: 'off',
    EnableCookieEncryption: 'on',
    EnableNodeOptionsEnvironmentVariable: 'off',
    EnableNodeCliInspectArguments: 'off',
    EnableEmbeddedAsarIntegrityValidation: 'on',
    OnlyLoadAppFromAsar: 'on',
    GrantFileProtocolExtraPrivileges: 'off',
  });
  const files = listPackage(join(out, 'resources/app.asar'), { isPack: false });
  expect(files).toEqual(
    expect.arrayContaining([
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/node_modules/zod/package.json',
    ]),
  );
  // Development tools stay out of the app.
  expect(
    files.some((file) => file.startsWith('/node_modules/electron/') || file.startsWith('/node_modules/vitest/')),
  ).toBe(false);
});
