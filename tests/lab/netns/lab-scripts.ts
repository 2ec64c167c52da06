import { join } from 'node:path';
import type { Lab, LabNode } from './lab-types.ts';

/**
 * The lab tests' way of looking at the lab from inside it: one of the scripts that
 * print one JSON line (censor-client.ts, lab-client.ts), run in a namespace with the
 * lab CA trusted as a user's extra root, and nothing else of the test process's
 * environment (no proxy variables).
 */

export type LabScript = 'censor-client.ts' | 'lab-client.ts';

/** A script that hangs past this has failed: each bounds its own waits well below. */
const SCRIPT_DEADLINE_MS = 15_000;

/** What the script printed, parsed; a script that fails throws with its standard error. */
export async function runInLab(
  lab: Lab,
  script: LabScript,
  args: string[],
  node: LabNode = 'client',
): Promise<unknown> {
  const env = { PATH: process.env['PATH'], NODE_EXTRA_CA_CERTS: lab.caFile };
  const path = join(import.meta.dirname, script);
  const result = await lab.execIn(node, process.execPath, [path, ...args], { env, timeoutMs: SCRIPT_DEADLINE_MS });
  if (result.code !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

/**
 * Several commands of one script at once, in one process (`batch`): a process costs
 * far more than a command on a busy machine. The results are in the commands' order.
 */
export async function runManyInLab(
  lab: Lab,
  script: LabScript,
  commands: readonly (readonly string[])[],
  node: LabNode = 'client',
): Promise<unknown[]> {
  return (await runInLab(lab, script, ['batch', JSON.stringify(commands)], node)) as unknown[];
}
