import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RunSpeed, SpeedSample } from '../../shared/speed-series.ts';
import { writeFileAtomically } from '../atomic-write.ts';
import { readBoundedText } from '../read-bounded.ts';

/**
 * The speed series kept beside the history index: one line per finished run, appended
 * when it finishes, so the index (read on every list) does not grow with it and
 * nothing is rewritten per run. A sample is a short array rather than an object: a
 * week of 15-minute runs over 30 sites and 5 controls is about 23,000 samples, and
 * their field names would be most of the file. Lines of runs since deleted are
 * dropped when the file is read and more than half of it is such lines.
 */
export const SPEED_FILE = 'speed-series.ndjson';
/** A year of 15-minute runs over 30 sites; a larger file is not one Detour wrote. */
const MAX_SPEED_FILE_BYTES = 128 * 1024 * 1024;

/** [site, route, control 0/1, bytes per second or null, first byte ms or null, failed 0/1]. */
const compactSampleSchema = z.tuple([
  z.string(),
  z.string(),
  z.union([z.literal(0), z.literal(1)]),
  z.number().nonnegative().nullable(),
  z.number().nonnegative().nullable(),
  z.union([z.literal(0), z.literal(1)]),
]);
type CompactSample = z.infer<typeof compactSampleSchema>;

const compactRunSchema = z.object({
  id: z.string(),
  at: z.string(),
  end: z.string().optional(),
  slept: z.number().nonnegative().optional(),
  s: z.array(compactSampleSchema),
});

export function speedFilePath(dir: string): string {
  return join(dir, SPEED_FILE);
}

export function encodeRunSpeed(run: RunSpeed): string {
  const samples: CompactSample[] = run.samples.map((s) => [
    s.site,
    s.route,
    s.control ? 1 : 0,
    s.bytesPerSecond ?? null,
    s.ttfbMs ?? null,
    s.failed === true ? 1 : 0,
  ]);
  const line = {
    id: run.runId,
    at: run.startedAt,
    ...(run.endedAt === undefined ? {} : { end: run.endedAt }),
    ...(run.sleptMs === undefined ? {} : { slept: run.sleptMs }),
    s: samples,
  };
  return `${JSON.stringify(line)}\n`;
}

function decodeSample([site, route, control, bytesPerSecond, ttfbMs, failed]: CompactSample): SpeedSample {
  return {
    site,
    route,
    control: control === 1,
    ...(bytesPerSecond === null ? {} : { bytesPerSecond }),
    ...(ttfbMs === null ? {} : { ttfbMs }),
    ...(failed === 1 ? { failed: true } : {}),
  };
}

/** Appends runs; O_APPEND keeps lines whole when the app and a CLI schedule write at once. */
export async function appendRunSpeeds(dir: string, runs: readonly RunSpeed[]): Promise<void> {
  if (runs.length > 0) await appendFile(speedFilePath(dir), runs.map(encodeRunSpeed).join(''), { mode: 0o600 });
}

/**
 * Every run in the file, by run id (a later line wins). A line that does not parse
 * (the last one, torn by a crash) is skipped: its run is read again from its report.
 */
export async function readSpeedFile(dir: string): Promise<{ runs: Map<string, RunSpeed>; lines: number }> {
  const runs = new Map<string, RunSpeed>();
  const read = await readBoundedText(speedFilePath(dir), { limit: MAX_SPEED_FILE_BYTES, purpose: 'speed series' });
  if (!read.ok) return { runs, lines: 0 };
  const lines = read.value.split('\n').filter((line) => line !== '');
  for (const line of lines) {
    const parsed = parseLine(line);
    if (parsed === null) continue;
    runs.set(parsed.id, {
      runId: parsed.id,
      startedAt: parsed.at,
      ...(parsed.end === undefined ? {} : { endedAt: parsed.end }),
      ...(parsed.slept === undefined ? {} : { sleptMs: parsed.slept }),
      samples: parsed.s.map(decodeSample),
    });
  }
  return { runs, lines: lines.length };
}

function parseLine(line: string): z.infer<typeof compactRunSchema> | null {
  try {
    const parsed = compactRunSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Replaces the file with these runs only (runs deleted from the history leave). */
export async function rewriteSpeedFile(dir: string, runs: readonly RunSpeed[]): Promise<void> {
  await writeFileAtomically(speedFilePath(dir), runs.map(encodeRunSpeed).join(''));
}
