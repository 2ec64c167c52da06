import { arch, platform } from 'node:os';
import { ReportFold, type FoldOptions } from '../../core/fold.ts';
import type { EngineEvent, InputError } from '../../shared/events.ts';
import type { Report } from '../../shared/report.ts';
import { APP_VERSION } from '../version.ts';

/**
 * The engine's side of the one fold (core/fold.ts): the report of a run as its
 * events come, stamped with this process's version and platform.
 */
export class ReportBuilder {
  readonly #fold: ReportFold;

  /** `inputErrors`: problems found before the run (list files the CLI read). */
  constructor(inputErrors: readonly InputError[] = [], options: FoldOptions = {}) {
    this.#fold = new ReportFold(
      {
        appVersion: APP_VERSION,
        platform: { os: platform(), arch: arch(), runtime: `node ${process.versions.node}` },
      },
      inputErrors,
      options,
    );
  }

  add(event: EngineEvent): void {
    this.#fold.add(event);
  }

  /** The report so far; null before the run started. */
  current(): Report | null {
    return this.#fold.current();
  }
}
