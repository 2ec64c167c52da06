import { engineEventSchema, type EngineEvent } from '../../shared/events.ts';
import { readBoundedChunks, type FileReadError } from '../read-bounded.ts';

/**
 * Reading a run's journal (journal-writer.ts) back, a line at a time, never whole.
 * Only complete lines count: a line cut short by a kill mid-write (the journal's last)
 * is no event. Observation lines are the bulk of a journal and are told apart by
 * their start, as the writer wrote them (`{"type":"observation","observation":…}`),
 * so a reader that needs only the other events (a fold, a list of runs) parses none
 * of them, and the report writer copies their text as it is.
 */

/** The most a journal may hold: above any real run, and it is read a line at a time. */
export const MAX_JOURNAL_BYTES = 4 * 1024 * 1024 * 1024;
/** The longest line: `run-started` carries the plan, a few MiB for tens of thousands of entries. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;
const OBSERVATION_START = '{"type":"observation","observation":';
const NEWLINE = 0x0a;

export type JournalLine = { kind: 'observation'; json: string } | { kind: 'event'; event: EngineEvent };

export type JournalRead = { ok: true; lines: number } | { ok: false; error: FileReadError | { detail: string } };

/**
 * Hands every complete line to `visit`: an observation as its JSON text (unparsed),
 * any other event parsed and checked. Lines that are not events are skipped.
 */
export async function readJournal(
  path: string,
  visit: (line: JournalLine) => void,
  options: { observations?: boolean; afterChunk?: () => Promise<void> | void } = {},
): Promise<JournalRead> {
  const observations = options.observations ?? true;
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let lines = 0;
  let tooLong = false;
  const line = (bytes: Buffer): void => {
    lines += 1;
    const text = bytes.toString('utf8');
    if (text.startsWith(OBSERVATION_START) && text.endsWith('}')) {
      if (observations) visit({ kind: 'observation', json: text.slice(OBSERVATION_START.length, -1) });
      return;
    }
    const event = parseEvent(text);
    if (event !== null) visit(event.type === 'observation' ? observationLine(event) : { kind: 'event', event });
  };
  const read = await readBoundedChunks(path, { limit: MAX_JOURNAL_BYTES, purpose: 'run journal' }, (chunk) => {
    if (tooLong) return;
    let from = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, from)) {
      const piece = chunk.subarray(from, end);
      line(partial.length === 0 ? piece : Buffer.concat([...partial, piece]));
      partial = [];
      partialBytes = 0;
      from = end + 1;
    }
    if (from < chunk.length) {
      partial.push(Buffer.from(chunk.subarray(from)));
      partialBytes += chunk.length - from;
      tooLong = partialBytes > MAX_LINE_BYTES;
    }
    return options.afterChunk?.();
  });
  if (!read.ok) return read;
  if (tooLong) return { ok: false, error: { detail: `a line longer than ${MAX_LINE_BYTES} bytes` } };
  return { ok: true, lines };
}

function parseEvent(text: string): EngineEvent | null {
  try {
    const parsed = engineEventSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function observationLine(event: Extract<EngineEvent, { type: 'observation' }>): JournalLine {
  return { kind: 'observation', json: JSON.stringify(event.observation) };
}

/** Observations read ahead of the report writer, at most (then the reading waits). */
const READ_AHEAD = 4096;

/** The observations of a journal as JSON text, in the order measured: what a report streams out. */
export async function* journalObservations(path: string): AsyncGenerator<string> {
  // The reader hands lines to a callback, the writer pulls: a small queue between the
  // two, the reader paused while it is full.
  const pending: string[] = [];
  let done: JournalRead | null = null;
  const wake: { writer: (() => void) | null; reader: (() => void) | null } = { writer: null, reader: null };
  const reading = readJournal(
    path,
    (line) => {
      if (line.kind === 'observation') pending.push(line.json);
    },
    {
      afterChunk: () => {
        wake.writer?.();
        if (pending.length < READ_AHEAD) return undefined;
        return new Promise<void>((resolve) => (wake.reader = resolve));
      },
    },
  ).then((result) => {
    done = result;
    wake.writer?.();
  });
  for (;;) {
    if (pending.length > 0) {
      yield* pending.splice(0);
      wake.reader?.();
      wake.reader = null;
      continue;
    }
    if (done !== null) break;
    await new Promise<void>((resolve) => (wake.writer = resolve));
    wake.writer = null;
  }
  await reading;
  const result = done as JournalRead | null;
  if (result !== null && !result.ok) throw new Error(`the run journal cannot be read: ${result.error.detail}`);
}
