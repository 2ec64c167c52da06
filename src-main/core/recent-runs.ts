import type { EngineEvent } from '../shared/events.ts';
import type { RunEventMessage } from '../shared/ipc/run.ts';
import type { Report } from '../shared/report.ts';

/** Folds one run's events into its report: core's ReportFold, or the engine's ReportBuilder around it. */
export interface RunFold {
  add(event: EngineEvent): void;
  current(): Report | null;
}

/**
 * The reports of the latest runs, folded from the run messages a host pushes (each
 * engine event tagged with its run, or `run-failed`). A `run-started` begins a run and
 * forgets the oldest beyond `keep`; any other message counts only for a run kept. A
 * run that broke keeps what it measured, marked interrupted. The host keeps two (so
 * the run just finished can still be exported while a new one starts); a screen
 * following the current run keeps one.
 */
export class RecentRuns {
  readonly #folds = new Map<string, RunFold>();
  readonly #newFold: () => RunFold;
  readonly #keep: number;

  constructor(newFold: () => RunFold, keep: number) {
    this.#newFold = newFold;
    this.#keep = keep;
  }

  /** Adds one message; returns the report of its run, or null when it is not a run kept. */
  add(message: RunEventMessage): Report | null {
    if (message.kind === 'run-failed') {
      const report = this.find(message.runId);
      if (report === undefined) return null;
      if (report.status === 'running') report.status = 'interrupted';
      return report;
    }
    if (message.event.type === 'run-started') {
      const fold = this.#newFold();
      fold.add(message.event);
      this.#folds.set(message.runId, fold);
      for (const runId of [...this.#folds.keys()].slice(0, -this.#keep)) this.#folds.delete(runId);
      return fold.current();
    }
    const fold = this.#folds.get(message.runId);
    if (fold === undefined) return null;
    fold.add(message.event);
    return fold.current();
  }

  find(runId: string): Report | undefined {
    return this.#folds.get(runId)?.current() ?? undefined;
  }
}
