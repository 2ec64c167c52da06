/**
 * npm run lab: the censorship lab for tests and workshops.
 *
 *   npm run lab -- --list               the scenario names, one a line
 *   npm run lab -- --scenario NAME …    bring the lab up, diagnose, compare, tear down
 *   npm run lab -- --all                every scenario
 *
 * Needs root (network namespaces). Exit 0 when every check is as expected, 1 when one
 * is not, 2 on bad usage or where the lab cannot run.
 */
import { parseArgs } from 'node:util';
import { renderChecks } from './findings.ts';
import { labSupport } from './lab.ts';
import { runScenario } from './run-scenario.ts';
import { loadScenario, scenarioNames } from './scenarios.ts';

async function main(): Promise<number> {
  let options: { list?: boolean; all?: boolean; scenario?: string[] };
  try {
    ({ values: options } = parseArgs({
      options: { list: { type: 'boolean' }, all: { type: 'boolean' }, scenario: { type: 'string', multiple: true } },
    }));
  } catch (error) {
    process.stderr.write(`lab: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (options.list === true) {
    process.stdout.write(`${scenarioNames().join('\n')}\n`);
    return 0;
  }
  const names = options.all === true ? scenarioNames() : (options.scenario ?? []);
  if (names.length === 0) {
    process.stderr.write('lab: give --list, --all or --scenario NAME\n');
    return 2;
  }
  const support = labSupport();
  if (!support.ok) {
    process.stderr.write(`lab: cannot run here: ${support.reason}\n`);
    return 2;
  }
  let failed = 0;
  let checks = 0;
  for (const name of names) {
    const scenario = loadScenario(name);
    process.stdout.write(`\n=== ${name}: ${scenario.description}\n\n`);
    const run = await runScenario(scenario);
    const different = run.checks.filter((check) => !check.passed).length;
    checks += run.checks.length;
    failed += different;
    process.stdout.write(`${run.matrix.trimEnd()}\n\nExpected and found:\n${renderChecks(run.checks)}\n`);
    process.stdout.write(
      different === 0
        ? `\n${name}: all ${run.checks.length} checks as expected\n`
        : `\n${name}: ${different} of ${run.checks.length} checks DIFFERENT\n`,
    );
  }
  process.stdout.write(
    `\n${names.length} scenario(s), ${checks} checks, ${failed === 0 ? 'all as expected' : `${failed} different`}\n`,
  );
  return failed === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`lab: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
