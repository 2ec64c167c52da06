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
  #toolsDone = 0;
  #toolsTotal = 0;

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
  }

  update(event: EngineEvent, describe: (targetId: string) => string): void {
    if (event.type === 'run-started') {
      this.#total = event.targets.length;
      this.#toolsTotal = (event.plan.tools?.wireguard.length ?? 0) + (event.plan.tools?.bridges.length ?? 0);
    } else if (event.type === 'tool-checked') this.#toolsDone += 1;
    else if (event.type === 'progress') this.#current = `${describe(event.targetId)} · ${event.path} · ${event.step}`;
    else if (event.type === 'target-finished') this.#done += 1;
    else return;
    const columns = this.#stream.columns || 80;
    const tools = this.#toolsTotal === 0 ? '' : ` [tools ${this.#toolsDone}/${this.#toolsTotal}]`;
    // The target is a list entry: made printable before the line's own cursor codes go around it.
    const text = printable(`[${this.#done}/${this.#total}]${tools} ${this.#current}`, columns - 2);
    this.#stream.write(`\r\x1b[K${text}`);
  }

  clear(): void {
    this.#stream.write('\r\x1b[K');
  }
}
