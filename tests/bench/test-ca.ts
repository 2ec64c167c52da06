import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createTestPki, PKI_ENV } from '../lab/servers/pki.ts';

/**
 * Node reads NODE_EXTRA_CA_CERTS only at start-up, so a bench that needs the test CA
 * makes one and runs itself again with it; in that second run this returns the PKI
 * folder. `extraIps` are added to the valid leaf's names.
 */
export function trustTestCa(extraIps: readonly string[] = []): string {
  const existing = process.env[PKI_ENV];
  if (existing !== undefined) return existing;
  const dir = createTestPki(extraIps);
  const env = { ...process.env, [PKI_ENV]: dir, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') };
  const child = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit', env });
  rmSync(dir, { recursive: true, force: true });
  process.exit(child.status ?? 1);
}
