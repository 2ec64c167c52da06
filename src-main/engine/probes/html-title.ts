import { TextDecoder } from 'node:util';

/**
 * The `<title>` of a page, as a short clue for the report ("Доступ ограничен" says
 * "block page" at a glance). Block pages in the region are often windows-1251, so the
 * bytes are decoded with the page's declared charset when Node knows it.
 */

const MAX_TITLE_CHARS = 200;
/** The HTML spec's encoding prescan looks at the first 1024 bytes for a <meta charset>. */
const PRESCAN_BYTES = 1024;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The first title of an HTML document, decoded, with whitespace collapsed; undefined when there is none. */
export function pageTitle(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  const text = decoderFor(bytes, contentType).decode(bytes);
  const raw = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(text)?.[1];
  if (raw === undefined) return undefined;
  const title = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  return title.length === 0 ? undefined : title.slice(0, MAX_TITLE_CHARS);
}

/** The charset from Content-Type, else from a <meta> in the first bytes, else UTF-8. */
function decoderFor(bytes: Uint8Array, contentType: string | undefined): TextDecoder {
  const declared =
    charsetIn(contentType) ?? charsetIn(Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1'));
  if (declared !== undefined) {
    try {
      return new TextDecoder(declared);
    } catch {
      // A label Node does not know (RangeError): fall back to UTF-8 below.
    }
  }
  return new TextDecoder('utf-8');
}

function charsetIn(text: string | undefined): string | undefined {
  return text === undefined ? undefined : /charset\s*=\s*["']?([\w.:-]+)/i.exec(text)?.[1];
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
