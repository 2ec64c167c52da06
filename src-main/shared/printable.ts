/**
 * Makes untrusted text safe to print on one line: control characters and
 * invalid UTF-8 replacements become visible escapes, and long text is cut.
 * List files may hold binary garbage; a terminal must never receive it raw.
 */
export function printable(text: string, maxLength = 200): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0))
      out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0xfffd) out += '\\ufffd';
    else out += char;
    if (out.length >= maxLength) return `${out.slice(0, maxLength)}…`;
  }
  return out;
}
