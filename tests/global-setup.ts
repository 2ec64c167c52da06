import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createTestPki, PKI_ENV } from './lab/servers/pki.ts';

/**
 * Runs once before the test processes start: the test CA must be in
 * NODE_EXTRA_CA_CERTS before Node starts, because Node reads it only at start-up.
 * Every CLI a test starts keeps its run history in a throw-away folder, never in the
 * home folder of whoever runs the tests (tests that look at history name their own).
 */
export default function setup(): () => void {
  const dir = createTestPki();
  process.env[PKI_ENV] = dir;
  process.env['NODE_EXTRA_CA_CERTS'] = join(dir, 'ca.pem');
  process.env['DETOUR_HISTORY_DIR'] = join(dir, 'history');
  // Nor do they contact the public neutral sites a run measures first: traffic stays on
  // this machine. Tests about the controls name their own (--control).
  process.env['DETOUR_CONTROLS'] = 'none';
  // The tests start the CLI as a child process a few hundred times; each one compiles
  // the same modules. Node's compile cache (module.enableCompileCache, Node 22.1) keeps
  // V8's code for them on disk for the next start: a third less CPU per start, and the
  // code run is the same.
  process.env['NODE_COMPILE_CACHE'] = join(dir, 'compile-cache');
  return () => rmSync(dir, { recursive: true, force: true });
}
