import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createTestPki, PKI_ENV } from '../lab/servers/pki.ts';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Once before the workers start: the test CA goes into NODE_EXTRA_CA_CERTS (Node
 * reads it only at start-up, and the workers host the engine), and the renderer is
 * built, so web mode serves exactly what the app would.
 */
export default function globalSetup(): () => void {
  const dir = createTestPki();
  process.env[PKI_ENV] = dir;
  process.env['NODE_EXTRA_CA_CERTS'] = join(dir, 'ca.pem');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return () => rmSync(dir, { recursive: true, force: true });
}
