import type { Report } from '../../shared/report.ts';
import { writeFileAtomically } from '../atomic-write.ts';

/** The shortest time between two saves while a run goes on. */
export const SAVE_INTERVAL_MS = 1000;

/**
 * Keeps one report file up to date while its run goes on: every save is atomic
 * (writeFileAtomically), and saves while the run progresses are throttled to one a
 * second, the last of a burst deferred rather than dropped, so a kill loses at most
 * a second of measurements. Used for `--out FILE` and for every run in the history.
 */
export class ReportWriter {
  readonly #path: string;
  readonly #onError: (error: unknown) => void;
  #lastSave = Number.NEGATIVE_INFINITY;
  #pending: Report | null = null;
  #timer: NodeJS.Timeout | null = null;
  #saving: Promise<void> = Promise.resolve();

  /** `onError`: told about a save that failed in the background (saveSoon); a direct save rejects instead. */
  constructor(path: string, onError: (error: unknown) => void = () => undefined) {
    this.#path = path;
    this.#onError = onError;
  }

  get path(): string {
    return this.#path;
  }

  /** Saves now if the last save is more than a second old, otherwise once that second is over. */
  saveSoon(report: Report): void {
    this.#pending = report;
    if (this.#timer !== null) return;
    const wait = this.#lastSave + SAVE_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.#savePending();
      return;
    }
    this.#timer = setTimeout(() => this.#savePending(), wait);
    // A pending save never keeps the process alive on its own: the run's end saves anyway.
    this.#timer.unref();
  }

  /** Saves now, after any save in progress; cancels a deferred one (this one is newer). */
  save(report: Report): Promise<void> {
    this.#cancelPending();
    this.#lastSave = performance.now();
    const text = `${JSON.stringify(report, null, 2)}\n`;
    const saved = this.#saving.then(() => writeFileAtomically(this.#path, text));
    this.#saving = saved.catch(() => undefined);
    return saved;
  }

  /** Waits for the saves in progress; forgets a deferred one. */
  async close(): Promise<void> {
    this.#cancelPending();
    await this.#saving;
  }

  #savePending(): void {
    const report = this.#pending;
    if (report !== null) this.save(report).catch(this.#onError);
  }

  #cancelPending(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
  }
}
