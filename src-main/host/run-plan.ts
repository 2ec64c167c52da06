import type { PathSecret, PathSecrets, PathSpec } from '../shared/path.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan, type PlanOptions } from '../shared/plan.ts';
import { fail, ok, type IpcResult } from '../shared/ipc/result.ts';
import { controlSitesFor } from '../shared/controls.ts';
import type { Credentials } from '../shared/ipc/routes.ts';
import type { StartRunRequest } from '../shared/ipc/run.ts';
import type { Settings } from '../shared/ipc/settings.ts';

/**
 * The engine's plan for a start request: the request's own options first, then the
 * user's settings, then the engine's defaults. Every run measures the neutral
 * controls first, as on the command line: that is how an offline network shows, and
 * how a broken route is reported as broken instead of making sites look blocked.
 */
export function planForRun(request: StartRunRequest, settings: Settings): Plan {
  const { controls, ...given } = request.options ?? {};
  const options: PlanOptions = {
    ...DEFAULT_PLAN_OPTIONS,
    timeoutMs: settings.timeoutMs,
    concurrency: settings.concurrency,
    ...definedOnly(given),
    controls: controlSitesFor(controls ?? settings.controls),
  };
  return { entries: request.targets, paths: request.routes, options };
}

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Drops absent fields, so they do not overwrite the settings' values when spread. */
function definedOnly<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Defined<T>;
}

/**
 * The credentials of every route that says `auth: true`, and the key of every Outline
 * key route: those the renderer sent with the request, else those stored. A route that
 * needs some and has none is refused before the run, not reported later as a failed route.
 */
export async function secretsForRoutes(
  routes: readonly PathSpec[],
  given: Readonly<Record<string, Credentials>> | undefined,
  stored: (route: string) => Promise<Credentials | undefined>,
): Promise<IpcResult<PathSecrets>> {
  const secrets = new Map<string, PathSecret>();
  for (const route of routes) {
    const isKey = route.kind === 'shadowsocks';
    if (!isKey && (route.kind !== 'proxy' || !route.auth)) continue;
    // Own properties only: a route named `__proto__` must not find Object.prototype.
    const credentials = given !== undefined && Object.hasOwn(given, route.name) ? given[route.name] : undefined;
    const found = credentials ?? (await stored(route.name));
    if (found === undefined) {
      const what = isKey ? 'its access key' : 'a user name and password';
      return fail('missing-credentials', `route "${route.name}" needs ${what}`);
    }
    secrets.set(route.name, isKey ? { key: found.password } : found);
  }
  return ok(Object.fromEntries(secrets));
}
