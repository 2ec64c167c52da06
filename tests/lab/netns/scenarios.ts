import { readdirSync, readFileSync } from 'node:fs';
import { defaultStrategyPaths } from '../../../src-main/shared/path-parse.ts';
import { scenarioSchema, type Scenario } from './scenario.ts';

const FOLDER = new URL('../scenarios/', import.meta.url);

/** The scenario names: the files in tests/lab/scenarios, without `.json`, sorted. */
export function scenarioNames(): string[] {
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Reads one scenario; a broken file is one error line naming the file and the field. */
export function loadScenario(name: string): Scenario {
  if (!scenarioNames().includes(name)) {
    throw new Error(`no scenario "${name}"; the scenarios are: ${scenarioNames().join(', ')}`);
  }
  const file = `tests/lab/scenarios/${name}.json`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(new URL(`${name}.json`, FOLDER), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const scenario = { ...parsed.data, name };
  const unknown = unknownNames(scenario);
  if (unknown.length > 0)
    throw new Error(`${file}: expect or verdicts name what the scenario lacks: ${unknown.join(', ')}`);
  return scenario;
}

/** Targets, routes and tools in `expect`, `verdicts` and `tools` that the scenario does not have: a typo would check nothing. */
function unknownNames(scenario: Scenario): string[] {
  const strategies = scenario.strategies ? defaultStrategyPaths().map((path) => path.name) : [];
  const routes = new Set([
    'direct',
    ...scenario.routes.map((route) => route.split('=', 1)[0] ?? ''),
    ...scenario.keys.map((key) => key.name),
    ...strategies,
  ]);
  const named = [
    ...Object.entries(scenario.expect).map(([target, byRoute]) => ({ target, routes: Object.keys(byRoute) })),
    ...Object.entries(scenario.verdicts).map(([target, v]) => ({
      target,
      routes: [...v.restoredBy, ...v.notRestoredBy, ...Object.keys(v.routes)],
    })),
  ];
  const tools = new Set([
    ...scenario.wireguard.map((config) => config.name),
    ...scenario.bridges.map((_, i) => `bridge ${i + 1}`),
  ]);
  return [
    ...named.flatMap(({ target, routes: used }) => [
      ...(scenario.targets.includes(target) ? [] : [`target ${target}`]),
      ...used.filter((route) => !routes.has(route)).map((route) => `route ${route} of ${target}`),
    ]),
    ...Object.entries(scenario.tools).flatMap(([name, want]) => [
      ...(tools.has(name) ? [] : [`tool ${name}`]),
      ...want.through.filter((route) => !routes.has(route)).map((route) => `route ${route} of ${name}`),
    ]),
  ];
}
