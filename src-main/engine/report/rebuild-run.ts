import type { Report } from '../../shared/report.ts';
import { observationSchema, type Observation } from '../../shared/observation.ts';
import { RunJudge } from '../run-judge.ts';
import { readJournal } from './journal-reader.ts';
import { ReportBuilder } from './report-builder.ts';

export type Rebuilt = { ok: true; report: Report } | { ok: false; detail: string };

/**
 * A run's report as far as its journal goes, without its observations (they stay in
 * the journal, for writeReportFile to stream): the events folded by the one fold
 * (report-builder.ts). With `judge`, a run whose journal ends before `run-finished`
 * (killed, crashed) is `interrupted` and gets the summary of the targets it finished,
 * from their verdicts and the run-wide facts, by the same judge the engine uses
 * (run-judge.ts), so every view shows it judged as far as it went; without, a run
 * still going on is shown as it is so far (`running`).
 */
export async function rebuildFromJournal(path: string, options: { judge: boolean }): Promise<Rebuilt> {
  const builder = new ReportBuilder([], { keepObservations: false });
  let judge: RunJudge | null = null;
  const read = await readJournal(
    path,
    (line) => {
      if (line.kind === 'observation') {
        const observation = parseObservation(line.json);
        if (observation !== null) judge?.observe({ type: 'observation', observation });
        return;
      }
      const { event } = line;
      if (event.type !== 'run-started' && builder.current() === null) return;
      builder.add(event);
      if (event.type === 'run-started' && options.judge) judge = new RunJudge(event.plan.paths);
      if (event.type === 'target-finished') judge?.record(event.verdict);
      else judge?.observe(event);
    },
    { observations: options.judge },
  );
  if (!read.ok) return { ok: false, detail: read.error.detail };
  const report = builder.current();
  if (report === null) return { ok: false, detail: 'the journal has no run-started line' };
  if (judge !== null && report.status === 'running') {
    report.status = 'interrupted';
    report.summary = (judge as RunJudge).summary(report.targets.map((t) => t.target));
  }
  return { ok: true, report };
}

/** The whole report of a run from its journal, observations included: a run opened while it goes on. */
export async function readJournalReport(path: string): Promise<Rebuilt> {
  const rebuilt = await rebuildFromJournal(path, { judge: false });
  if (!rebuilt.ok) return rebuilt;
  const { observations } = rebuilt.report;
  const read = await readJournal(path, (line) => {
    if (line.kind !== 'observation') return;
    const observation = parseObservation(line.json);
    if (observation !== null) observations.push(observation);
  });
  return read.ok ? rebuilt : { ok: false, detail: read.error.detail };
}

function parseObservation(json: string): Observation | null {
  try {
    const parsed = observationSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
