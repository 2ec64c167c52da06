import type { EngineEvent } from '../shared/events.ts';
import { printable } from '../shared/printable.ts';

/**
 * One live line on a terminal: how many targets are done and what runs now.
 * Drawn on stderr, so stdout keeps only the table (or the NDJSON stream).
 */
export class ProgressLine {
  readonly #stream: NodeJS.WriteStream;
  #done = 0;
  #total = 0;
  #current = '';

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
  }

  update(event: EngineEvent, describe: (targetId: string) => string): void {
    if (event.type === 'run-started') this.#total = event.targets.length;
    else if (event.type === 'progress') this.#current = `${describe(event.targetId)} · ${event.path} · ${event.step}`;
    else if (event.type === 'target-finished') this.#done += 1;
    else return;
    const columns = this.#stream.columns || 80;
    // The target is a list entry: made printable before the line's own cursor codes go around it.
    const text = printable(`[${this.#done}/${this.#total}] ${this.#current}`, columns - 2);
    this.#stream.write(`\r\x1b[K${text}`);
  }

  clear(): void {
    this.#stream.write('\r\x1b[K');
  }
}
