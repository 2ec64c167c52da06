/**
 * The one way HTML is written in exports. Every value interpolated into an `html`
 * template is escaped (text and quoted attribute values alike) unless it is itself
 * an `Html` made by this module, so a string from a report can never become markup:
 * a `<script>` in a page title, a `"onmouseover=` in a route name or a `</style>` in
 * a certificate issuer all arrive as text.
 */

/** Markup that is already safe: only `html` templates and `trustedHtml` constants make one. */
export class Html {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Tab and line breaks are ordinary white space in a page. */
const KEPT_CONTROLS = new Set(['\t', '\n', '\r']);

/**
 * Text made safe for HTML content and for quoted attribute values: the five markup
 * characters become entities, and control characters (which have no business in a
 * page, and some of which the parser rewrites) become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']|\p{Cc}/gu, (char) => ENTITIES[char] ?? (KEPT_CONTROLS.has(char) ? char : '\ufffd'));
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/** A template whose interpolations are escaped; arrays are joined, and null/undefined/false render as nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

/** Markup written in this code base (the style sheet), never anything from a report. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/**
 * An address or URL that may break across lines only where a reader expects it:
 * after `/`, `.`, `?`, `&` and `=` (a `<wbr>` there), never inside a word. Each
 * piece is escaped like any other text.
 */
export function breakableAddress(text: string): Html {
  const pieces = text.split(/(?<=[/.?&=])/u);
  return new Html(pieces.map(escapeHtml).join('<wbr>'));
}

/**
 * A table with one row of column headings (`scope="col"`, for screen readers) and the
 * rows given: every table of an export has this shape.
 */
export function dataTable(headings: readonly HtmlValue[], rows: HtmlValue, className?: string): Html {
  // A class name comes from this code base, never from a report; a bare open tag in an
  // `html` template would be closed by the formatter, so it is written as trusted markup.
  const open = trustedHtml(className === undefined ? '<table>' : `<table class="${escapeHtml(className)}">`);
  return html`${open}
    <thead>
      <tr>
        ${headings.map((heading) => html`<th scope="col">${heading}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}
