import { reportSchema, type Report } from '../../../../src-main/shared/report.ts';
import { sampleReport } from './sample-report.ts';

/**
 * Markup, script, attribute and style breakouts, entities, interpolation syntax and
 * non-Latin text in one string: what an export must show as text, never run.
 */
export const PAYLOAD =
  `<script>alert(1)</script>"onmouseover="alert(2)' x='</style><img src=x onerror=alert(3)>` +
  `<svg onload=alert(4)>&amp;&lt; {{count}} $t(report.title) ə Ж `;

/** For route names, which are at most 64 characters. */
export const SHORT_PAYLOAD = `<script>x</script>"onmouseover='</style>&ə Ж `;

type Path = readonly PropertyKey[];

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], root);
}

function set(root: unknown, path: Path, value: unknown): void {
  const parent = get(root, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path[path.length - 1] as PropertyKey] = value;
}

/** Every string value's path in a JSON document. */
function stringPaths(node: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof node === 'string') return [path];
  if (Array.isArray(node)) return node.flatMap((child, index) => stringPaths(child, [...path, index]));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, child]) => stringPaths(child, [...path, key]));
  }
  return [];
}

/**
 * The sample report with the payload put before every string the schema lets be
 * free text (ids and names included: they stay distinct, so references still
 * match), and in free-form keys (response headers, verdict figures). Strings the
 * schema constrains (codes, kinds) are given back until the report is valid again.
 */
export function hostileReport(): Report {
  const original = sampleReport();
  const hostile = structuredClone(original) as unknown;
  const routeNames = new Set(original.plan.paths.map((path) => path.name));
  for (const path of stringPaths(original)) {
    // Summary keys select catalog sentences: keep them, so their (hostile) parameters are rendered.
    if (path[0] === 'summary' && path[1] === 'messages' && path[3] === 'key') continue;
    const value = String(get(original, path));
    // A route's name is renamed the same everywhere it is referred to.
    set(hostile, path, `${routeNames.has(value) ? SHORT_PAYLOAD : PAYLOAD}${value}`);
  }
  for (let round = 0; round < 100; round += 1) {
    const parsed = reportSchema.safeParse(hostile);
    if (parsed.success) {
      for (const o of parsed.data.observations) if (o.probe === 'http') o.headers[PAYLOAD] = PAYLOAD;
      for (const t of parsed.data.targets) {
        for (const p of t.verdict?.paths ?? []) p.params[PAYLOAD] = PAYLOAD;
      }
      return reportSchema.parse(parsed.data);
    }
    for (const issue of parsed.error.issues) set(hostile, issue.path, get(original, issue.path));
  }
  throw new Error('the hostile report never became valid');
}
