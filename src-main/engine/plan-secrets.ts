import type { PathSecrets, PathSpec } from '../shared/path.ts';
import type { Plan } from '../shared/plan.ts';
import { redactUrl, splitUrlSecrets } from '../shared/url-secrets.ts';

/** A plan that may be recorded, and the secrets the engine measures with. */
export interface SeparatedPlan {
  /** What goes into events and reports: every DoH URL with its secrets masked. */
  plan: Plan;
  secrets: PathSecrets;
  /** The full `--doh` URL, when the plan's is masked. */
  dohUrl?: string;
}

/**
 * Keeps every DoH secret out of what is recorded, whoever built the plan. The CLI
 * splits them off as it parses (path-parse.ts) and hands them beside the plan; a
 * plan that still holds a DoH URL with a user, password or query key (from the
 * app's saved routes) is split here the same way. A given full URL counts only
 * where it masks to the plan's own, so the report never names one resolver while
 * another is asked.
 */
export function separateSecrets(plan: Plan, given: PathSecrets, givenDohUrl: string | undefined): SeparatedPlan {
  const secrets: Record<string, PathSecrets[string]> = { ...given };
  const paths = plan.paths.map((spec): PathSpec => {
    if (spec.kind !== 'doh') return spec;
    const secret = Object.hasOwn(given, spec.name) ? given[spec.name] : undefined;
    const full = secret !== undefined && 'url' in secret ? secret.url : spec.url;
    const split = fullAndShown(full, spec.url);
    if (split === null) {
      delete secrets[spec.name];
      return spec;
    }
    secrets[spec.name] = { url: split.full };
    return { ...spec, url: split.shown };
  });
  const options = { ...plan.options };
  let dohUrl: string | undefined;
  if (options.dohUrl !== undefined) {
    const split = fullAndShown(givenDohUrl ?? options.dohUrl, options.dohUrl);
    if (split !== null) {
      options.dohUrl = split.shown;
      dohUrl = split.full;
    }
  }
  const separated = { plan: { ...plan, paths, options }, secrets };
  return dohUrl === undefined ? separated : { ...separated, dohUrl };
}

/** The full URL and its masked form, when `full` holds a secret and masks to `planned`'s masked form. */
function fullAndShown(full: string, planned: string): { full: string; shown: string } | null {
  const parsed = URL.parse(full);
  if (parsed === null) return null;
  const split = splitUrlSecrets(parsed);
  if (!split.hasSecret || split.shown !== redactUrl(planned)) return null;
  return { full: split.full, shown: split.shown };
}
