import { afterAll, describe, expect, test } from 'vitest';
import { labSupport } from './netns/lab.ts';
import { renderChecks } from './netns/findings.ts';
import { runScenario } from './netns/run-scenario.ts';
import { loadScenario, scenarioNames } from './netns/scenarios.ts';

/**
 * Every scenario of the censorship lab, end to end: real namespaces, a censoring
 * router, real daemons, and the real CLI in the client namespace. Skips with the
 * reason where namespaces cannot be made (not root).
 */
const support = labSupport();
if (!support.ok) console.warn(`Skipping the censorship lab: ${support.reason}`);

const ran = { scenarios: 0, checks: 0 };
afterAll(() => {
  if (ran.scenarios > 0) console.log(`censorship lab: ${ran.scenarios} scenarios, ${ran.checks} checks ran`);
});

describe.skipIf(!support.ok)('censorship lab scenarios', () => {
  test.each(scenarioNames())(
    '%s',
    async (name) => {
      const run = await runScenario(loadScenario(name));
      ran.scenarios += 1;
      ran.checks += run.checks.length;
      const different = run.checks.filter((check) => !check.passed);
      expect(different, `${run.matrix}\n${renderChecks(run.checks)}`).toEqual([]);
    },
    180_000,
  );
});
