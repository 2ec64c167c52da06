import type { ControlResult, RouteCheck } from '../../shared/events.ts';
import type { Failure, FailureClass } from '../../shared/failure.ts';

/**
 * Failures that are the route's own whatever the site: its proxy cannot be reached,
 * refuses our credentials, speaks something else, or refuses by its rules. A route
 * showing one of them is broken, whether or not anything else reached a control.
 */
export const ROUTE_FAILURE_CLASSES: ReadonlySet<FailureClass> = new Set([
  'proxy-unreachable',
  'proxy-auth',
  'proxy-protocol',
  'proxy-refused',
  'proxy-reset',
  'proxy-config',
]);

/** What one route's check measured, before the run decides what it means. */
export interface MeasuredCheck {
  path: string;
  controls: readonly ControlResult[];
  observationIds: readonly string[];
}

/**
 * The status of every route's check, decided together (the Truthful issue's rule): a
 * route that reached a control is usable; one whose proxy failed is broken; one that
 * reached nothing is broken only when the direct route or another route reached a
 * control. When nothing reached any control, the controls themselves may be down, or
 * the network offline: such a route is unverified and still used, since calling it
 * broken would leave sites that are merely down looking blocked.
 */
export function decideRouteChecks(measured: readonly MeasuredCheck[]): RouteCheck[] {
  const anyReached = measured.some((check) => check.controls.some((control) => control.reached));
  return measured.map((check) => {
    const reached = check.controls.some((control) => control.reached);
    const failure = firstFailure(check.controls);
    const broken = check.controls.some((control) => isRouteFailure(control.failure));
    const measuredAny = check.controls.length > 0;
    const status = reached ? 'usable' : broken || (anyReached && measuredAny) ? 'failed' : 'unverified';
    return {
      path: check.path,
      status,
      ...(reached || failure === undefined ? {} : { failure }),
      controls: [...check.controls],
      observationIds: [...check.observationIds],
    };
  });
}

function isRouteFailure(failure: Failure | undefined): boolean {
  return failure !== undefined && ROUTE_FAILURE_CLASSES.has(failure.class);
}

/** The failure that explains the check best: the route's own first, else the first at all. */
function firstFailure(controls: readonly ControlResult[]): Failure | undefined {
  const failures = controls.flatMap((control) => (control.failure === undefined ? [] : [control.failure]));
  return failures.find((failure) => ROUTE_FAILURE_CLASSES.has(failure.class)) ?? failures[0];
}
