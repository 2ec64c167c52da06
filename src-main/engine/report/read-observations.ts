import { observationSchema, type Observation } from '../../shared/observation.ts';
import { reportSchema } from '../../shared/report.ts';
import { readBoundedChunks } from '../read-bounded.ts';
import { ScannedJson, type JsonFileError } from './read-json-file.ts';

/** The cell whose evidence is wanted: one target on one route. */
export interface ObservationFilter {
  targetId: string;
  path: string;
}

export type ObservationsRead =
  | { ok: true; observations: Observation[] }
  | { ok: false; error: JsonFileError | { code: 'invalid'; index: number; problem: string } };

/** Every member of a report but its observations: checked for syntax while scanned, never kept. */
const NOT_OBSERVATIONS = new Set(Object.keys(reportSchema.shape).filter((key) => key !== 'observations'));

/**
 * The observations of one cell of a report file, read a chunk at a time: the file is
 * scanned (json-scanner.ts) and only the observations of that target on that route
 * are parsed and kept, so opening a cell's evidence in a run of 10,000 sites costs
 * one pass over the file and the memory of that cell, not of the run. Each one kept
 * passes the observation schema (the file was not checked whole when the run was
 * opened without its observations).
 */
export async function readObservationsOf(
  file: string,
  filter: ObservationFilter,
  limit: number,
): Promise<ObservationsRead> {
  const kept: Observation[] = [];
  const problems: { index: number; problem: string }[] = [];
  let index = -1;
  // Reports are written with JSON.stringify (report-stream.ts), pretty or not: a
  // cell's observations hold its target id as this same quoted text, so one without
  // it is passed over unparsed.
  const needle = JSON.stringify(filter.targetId);
  const text = new ScannedJson(
    {
      member: () => undefined,
      array: () => undefined,
      element: (_key, json) => {
        index += 1;
        if (problems.length > 0 || !json.includes(needle)) return;
        const parsed = observationSchema.safeParse(JSON.parse(json));
        if (!parsed.success) problems.push({ index, problem: parsed.error.issues[0]?.message ?? 'invalid' });
        else if (parsed.data.targetId === filter.targetId && parsed.data.path === filter.path) kept.push(parsed.data);
      },
    },
    { split: new Set(['observations']), skip: NOT_OBSERVATIONS },
  );
  const read = await readBoundedChunks(file, { limit, purpose: 'report' }, (chunk) => text.feed(chunk));
  if (!read.ok) return { ok: false, error: { code: 'read', error: read.error } };
  const error = text.end();
  if (error !== null) return { ok: false, error };
  const [problem] = problems;
  if (problem !== undefined) return { ok: false, error: { code: 'invalid', ...problem } };
  return { ok: true, observations: kept };
}
