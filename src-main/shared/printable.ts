/**
 * Makes untrusted text safe to show: a list URL, a route name, a report's field or
 * a server's page title may hold ESC, BEL or C1 bytes, which a terminal obeys (set
 * its title, move the cursor, rewrite what was printed) instead of showing. Each such
 * character becomes a visible escape; so do the bidirectional overrides, which make
 * text read differently from what it is (CVE-2021-42574, "Trojan Source").
 *
 * C0 controls become `\xNN`; DEL, C1 controls, bidi controls and U+FFFD (the mark of
 * invalid UTF-8) become `\uNNNN`, which is also a valid JSON escape, so NDJSON passed
 * through here stays JSON (JSON.stringify has already escaped every C0 control).
 */
function visible(char: string, keepNewlines: boolean): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return keepNewlines && char === '\n' ? char : `\\x${hex(code, 2)}`;
  if (code === 0x7f || (code >= 0x80 && code < 0xa0) || isBidiControl(code) || code === 0xfffd) {
    return `\\u${hex(code, 4)}`;
  }
  return char;
}

/** LRM, RLM, ALM, the embeddings and overrides (U+202A–E) and the isolates (U+2066–9). */
function isBidiControl(code: number): boolean {
  return (
    code === 0x200e ||
    code === 0x200f ||
    code === 0x61c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Every character `visible` changes, but the line break: one pass over long output. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const INVISIBLE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/g;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** One line of untrusted text: every control character visible (line breaks too), long text cut. */
export function printable(text: string, maxLength = 200): string {
  let out = '';
  for (const char of text) {
    out += visible(char, false);
    if (out.length >= maxLength) return `${out.slice(0, maxLength)}…`;
  }
  return out;
}

/**
 * Whole output for a terminal (a table, a summary, NDJSON): line breaks kept, every
 * other control character visible. The CLI prints everything through this (cli/terminal.ts).
 */
export function printableText(text: string): string {
  return text.replace(INVISIBLE, (char) => visible(char, true));
}
