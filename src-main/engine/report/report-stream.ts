import type { Report } from '../../shared/report.ts';
import { writeFileAtomicallyFrom } from '../atomic-write.ts';

/**
 * Writes a report as one JSON document (the schemaVersion 2 format every reader
 * knows), a piece at a time: each member of the report on its own line, and each
 * target and each observation on its own line inside their arrays. No step
 * stringifies the whole run, so writing it costs the memory of one piece, and the
 * file stays greppable and diffable a target at a time.
 *
 * `observations`: the report's observations as JSON text, when they are not in the
 * report itself (a recorded run streams them from its journal).
 */
export function writeReportFile(path: string, report: Report, observations?: AsyncIterable<string>): Promise<void> {
  return writeFileAtomicallyFrom(path, reportPieces(report, observations));
}

async function* reportPieces(report: Report, observations?: AsyncIterable<string>): AsyncGenerator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(report)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (key === 'targets') yield* list(stringified(report.targets));
    else if (key === 'observations') yield* list(observations ?? stringified(report.observations));
    else yield JSON.stringify(value);
  }
  yield '\n}\n';
}

function* stringified(items: readonly unknown[]): Generator<string> {
  for (const item of items) yield JSON.stringify(item);
}

async function* list(items: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let first = true;
  for await (const item of items) {
    yield `${first ? '[' : ','}\n    ${item}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}
