import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportSchema, type Report } from '../../../src-main/shared/report.ts';
import { applyCensor } from './censor.ts';
import { checkScenario, type Check } from './findings.ts';
import { startLab } from './lab.ts';
import type { Scenario } from './scenario.ts';
import { startWorldTools } from './world-tools.ts';

const CLI = fileURLToPath(new URL('../../../src-main/cli/main.ts', import.meta.url));
/** Far more than any scenario needs; a run that takes longer has hung. */
const RUN_DEADLINE_MS = 180_000;

export interface ScenarioRun {
  scenario: Scenario;
  /** What `detour diagnose` printed: the route table and the targets × routes matrix. */
  matrix: string;
  report: Report;
  checks: Check[];
}

/** The `detour diagnose` arguments for a scenario, as a user would type them. */
export function diagnoseArguments(scenario: Scenario, reportFile: string): string[] {
  return [
    'diagnose',
    ...scenario.targets,
    ...scenario.routes.flatMap((route) => ['--path', route]),
    ...(scenario.strategies ? ['--strategies'] : []),
    ...(scenario.throughput ? ['--throughput'] : []),
    ...scenario.controls.flatMap((control) => ['--control', control]),
    '--timeout',
    String(scenario.timeoutMs),
    '--out',
    reportFile,
    // The lab's runs are the lab's: the report file holds them, the user's history does not.
    '--no-history',
  ];
}

/**
 * Brings a lab up (with the servers of the scenario's tools), makes its router censor
 * as the scenario says, runs the real CLI in
 * the client namespace (trusting the lab CA, asking the router's resolver), checks the
 * report against the scenario's expectations, and tears the lab down whatever happens.
 */
export async function runScenario(scenario: Scenario): Promise<ScenarioRun> {
  const lab = await startLab();
  try {
    // Before the censor: the tools' servers must be reachable to be called ready.
    const toolArguments = await startWorldTools(lab, scenario);
    await applyCensor(lab, scenario.censor);
    const reportFile = join(lab.folder, 'report.json');
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: lab.caFile };
    const args = [CLI, ...diagnoseArguments(scenario, reportFile), ...toolArguments];
    const run = await lab.execIn('client', process.execPath, args, { env, timeoutMs: RUN_DEADLINE_MS });
    if (run.code !== 0) throw new Error(`detour diagnose exited with ${String(run.code)}:\n${run.stderr}`);
    const report = reportSchema.parse(JSON.parse(await readFile(reportFile, 'utf8')));
    return { scenario, matrix: run.stdout, report, checks: checkScenario(scenario, report) };
  } finally {
    await lab.stop();
  }
}
