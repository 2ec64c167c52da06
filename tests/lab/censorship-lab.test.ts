import { afterAll, describe, test } from 'vitest';
import { labSupport } from './netns/lab.ts';
import { renderChecks } from './netns/findings.ts';
import { runScenario } from './netns/run-scenario.ts';
import { loadScenario, scenarioNames } from './netns/scenarios.ts';

/**
 * Every scenario of the censorship lab, end to end: real namespaces, a censoring
 * router, real daemons, and the real CLI in the client namespace. Skips with the
 * reason where namespaces cannot be made (not root).
 *
 * Each scenario has a lab of its own (its id in every namespace and interface name),
 * so scenarios run side by side, as many at once as the lab project's maxConcurrency
 * (vitest.config.ts): most of a scenario's time is spent waiting, for daemons to
 * start and for the deadlines of what the censor drops.
 */
const support = labSupport();
if (!support.ok) console.warn(`Skipping the censorship lab: ${support.reason}`);

const ran = { scenarios: 0, checks: 0 };
afterAll(() => {
  if (ran.scenarios > 0) console.log(`censorship lab: ${ran.scenarios} scenarios, ${ran.checks} checks ran`);
});

describe.skipIf(!support.ok)('censorship lab scenarios', () => {
  // Concurrent tests assert with their own expect (vitest's test context).
  test.concurrent.for(scenarioNames())('%s', { timeout: 180_000 }, async (name, { expect }) => {
    const run = await runScenario(loadScenario(name));
    ran.scenarios += 1;
    ran.checks += run.checks.length;
    const different = run.checks.filter((check) => !check.passed);
    expect(different, `${run.matrix}\n${renderChecks(run.checks)}`).toEqual([]);
  });
});
