import { printableText } from '../shared/printable.ts';

/** What the CLI writes to: process.stdout and process.stderr, or a test's streams. */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * The one way the CLI prints, to a terminal or a pipe alike: every control character
 * in the text becomes visible (shared/printable.ts), so a route name, a list entry,
 * a report field or a page title can never send the terminal an escape sequence.
 * Only the progress line adds its own cursor codes, around text that came through here.
 */
export function print(sink: TextSink, text: string): void {
  sink.write(printableText(text));
}

/** `print` with a line break, the form most messages take. */
export function printLine(sink: TextSink, line: string): void {
  print(sink, `${line}\n`);
}
