import { rename, writeFile } from 'node:fs/promises';
import type { Report } from '../shared/report.ts';

/**
 * Writes the report atomically (a temporary file renamed over the target), so a
 * reader never sees half a document, and saves it at most once a second while the
 * run goes on: a crash or a kill keeps what was measured up to the last save.
 */
export class ReportFile {
  readonly #path: string;
  #lastSave = 0;
  #saving: Promise<void> = Promise.resolve();

  constructor(path: string) {
    this.#path = path;
  }

  /** Saves now if the last save is more than a second old. */
  saveSoon(report: Report): void {
    if (performance.now() - this.#lastSave < 1000) return;
    void this.save(report);
  }

  /** Saves now, after any save in progress. */
  save(report: Report): Promise<void> {
    this.#lastSave = performance.now();
    const text = `${JSON.stringify(report, null, 2)}\n`;
    this.#saving = this.#saving.then(async () => {
      const temporary = `${this.#path}.${process.pid}.tmp`;
      await writeFile(temporary, text, { mode: 0o600 });
      await rename(temporary, this.#path);
    });
    return this.#saving;
  }
}
