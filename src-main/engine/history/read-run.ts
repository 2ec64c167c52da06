import { MAX_REPORT_BYTES } from '../export/read-report.ts';
import { readBoundedBytes } from '../read-bounded.ts';
import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, reportSchema, type Report } from '../../shared/report.ts';
import { runSummarySchema, verdictStatusSchema } from '../../shared/verdict.ts';

/**
 * Why a run file cannot be shown; `detail` is technical (an errno code, a parser
 * message, the path of the first bad field), the views put the words around it.
 */
export const damageSchema = z.object({
  code: z.enum(['unreadable', 'not-json', 'not-a-report', 'unsupported-version']),
  detail: z.string(),
});
export type Damage = z.infer<typeof damageSchema>;

/**
 * The parts of a report a list of runs shows. Checking only these keeps listing
 * 1,000 runs fast (the full schema costs about 3 ms a report, JSON.parse a tenth of
 * that); the full check happens when a run is opened, and a file that fails it is
 * then listed as damaged.
 */
const runHeadSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  runId: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  status: reportSchema.shape.status,
  targets: z.array(
    z.object({ verdict: z.object({ direct: z.object({ status: verdictStatusSchema }).optional() }).optional() }),
  ),
  summary: runSummarySchema.pick({ blocked: true, counts: true, network: true }).optional(),
});
export type RunHead = z.infer<typeof runHeadSchema>;

type Read<T> = { ok: true; value: T; json: object } | { ok: false; damage: Damage };

/** Reads and validates one report file against the full reportSchema; never throws. */
export async function readRunFile(path: string): Promise<{ ok: true; report: Report } | { ok: false; damage: Damage }> {
  const read = await readWith(path, reportSchema);
  return read.ok ? { ok: true, report: read.value } : read;
}

/** Reads the parts of a report file a list shows (runHeadSchema), and the whole JSON; never throws. */
export function readRunHead(path: string): Promise<Read<RunHead>> {
  return readWith(path, runHeadSchema);
}

async function readWith<T>(path: string, schema: z.ZodType<T>): Promise<Read<T>> {
  const read = await readHistoryFile(path);
  return read.ok ? parseWith(read.text, schema) : read;
}

/**
 * A report file of the history, as text: a regular file of at most MAX_REPORT_BYTES
 * (read-bounded.ts), so an entry that is a link to /dev/zero or a FIFO is listed as
 * damaged at once instead of being read without end.
 */
export async function readHistoryFile(
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; damage: Damage }> {
  const read = await readBoundedBytes(path, { limit: MAX_REPORT_BYTES, purpose: 'history entry' });
  if (!read.ok) return { ok: false, damage: { code: 'unreadable', detail: read.error.detail } };
  // Invalid UTF-8 is replaced, not refused: JSON.parse then names where the damage is.
  return { ok: true, text: read.value.toString('utf8') };
}

export function parseWith<T>(text: string, schema: z.ZodType<T>): Read<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, damage: { code: 'not-json', detail: error instanceof Error ? error.message : 'invalid' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, damage: { code: 'not-a-report', detail: 'not a JSON object' } };
  }
  const version = 'schemaVersion' in json ? json.schemaVersion : null;
  if (typeof version === 'number' && version !== REPORT_SCHEMA_VERSION) {
    return { ok: false, damage: { code: 'unsupported-version', detail: String(version) } };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data, json };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  return { ok: false, damage: { code: 'not-a-report', detail: `${where}${issue?.message ?? 'invalid'}` } };
}
