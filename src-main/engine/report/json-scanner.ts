/**
 * An incremental JSON (RFC 8259) syntax checker that also cuts a document into
 * pieces, so a report of hundreds of megabytes is read a chunk at a time and parsed
 * a piece at a time (read-json-file.ts) instead of as one string. It never recurses,
 * so no nesting depth can overflow the stack, and it says where the text first goes
 * wrong (V8's JSON.parse does not always).
 *
 * The pieces: each member of the top-level object is handed over as its JSON text,
 * except that the elements of the arrays named in `split` are handed over one by one
 * (a report's targets and observations), and those named in `skip` are checked but
 * never kept (a list of runs needs no observations).
 */
export interface PieceHandler {
  member(key: string, json: string): void;
  /** A split array begins; its elements follow. */
  array(key: string): void;
  element(key: string, json: string): void;
}

export interface ScanOptions {
  split?: ReadonlySet<string>;
  skip?: ReadonlySet<string>;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';
type Scalar =
  | { kind: 'string'; start: number; key: boolean; escape: number }
  | { kind: 'number'; start: number; state: NumberState; completeEnd: number }
  | { kind: 'literal'; start: number; word: string; matched: number };
type NumberState = 'start' | 'sign' | 'zero' | 'int' | 'dot' | 'frac' | 'e' | 'e-sign' | 'exp';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;
// A quote, a backslash, or a control character (RFC 8259 §7: never raw in a string).
// eslint-disable-next-line no-control-regex
const STRING_STOP = /["\\\u0000-\u001f]/g;
const DIGIT = /^[0-9]$/;
/** Number states where the text so far is a whole number. */
const COMPLETE: ReadonlySet<NumberState> = new Set(['zero', 'int', 'frac', 'exp']);

export class JsonScanner {
  readonly #handler: PieceHandler | null;
  readonly #split: ReadonlySet<string>;
  readonly #skip: ReadonlySet<string>;
  readonly #stack: ('array' | 'object')[] = [];
  #expect: Expect = 'value';
  #scalar: Scalar | null = null;
  /** Offset of the chunk being scanned within the whole text. */
  #base = 0;
  #error: number | null = null;
  /** Lines before the current one, and the offset where it starts: for the error's position. */
  #line = 1;
  #lineStart = 0;
  #keyText = '';
  #key = '';
  /** The piece being cut: its level (stack depth it lives at), the text so far, where it starts in this chunk. */
  #piece: { depth: number; kind: 'member' | 'element'; keep: boolean; text: string; from: number } | null = null;
  #splitting: string | null = null;
  #first: string | null = null;
  /** Where the escape being read started (its backslash). */
  #escapeStart = 0;

  constructor(handler: PieceHandler | null = null, options: ScanOptions = {}) {
    this.#handler = handler;
    this.#split = options.split ?? new Set();
    this.#skip = options.skip ?? new Set();
  }

  /** The first character of the document's value (`{` for an object), once seen. */
  get first(): string | null {
    return this.#first;
  }

  /** Scans the next chunk; false once an error was found (see `error`). */
  feed(chunk: string): boolean {
    if (this.#error !== null) return false;
    let index = 0;
    while (index < chunk.length && this.#error === null) index = this.#step(chunk, index);
    if (this.#piece !== null && this.#error === null) {
      if (this.#piece.keep) this.#piece.text += chunk.slice(this.#piece.from);
      this.#piece.from = 0;
    }
    this.#base += chunk.length;
    return this.#error === null;
  }

  /** Ends the text: null when it was one valid JSON value, else the offset of the first error. */
  end(): number | null {
    if (this.#error !== null) return this.#error;
    const scalar = this.#scalar;
    if (scalar !== null) {
      if (scalar.kind === 'number' && COMPLETE.has(scalar.state)) this.#endScalar('', 0);
      else return this.#fail(scalar.kind === 'string' ? this.#base : startOrEnd(scalar));
    }
    return this.#expect === 'end' ? null : this.#fail(this.#base);
  }

  /** The line and column (1-based, in UTF-16 units as a JavaScript string counts) of an offset from `end`. */
  position(offset: number): { line: number; column: number } {
    return { line: this.#line, column: offset - this.#lineStart + 1 };
  }

  #fail(offset: number): number {
    this.#error = offset;
    return offset;
  }

  /** Records an error at `offset` of the text; returns `index` of the chunk, where scanning stops. */
  #failAt(offset: number, index: number): number {
    this.#error = offset;
    return index;
  }

  /** Scans from `index`; returns where to go on. */
  #step(chunk: string, index: number): number {
    if (this.#scalar !== null) return this.#continueScalar(chunk, index);
    const char = chunk[index] ?? '';
    if (WHITESPACE.has(char)) {
      if (char === '\n') {
        this.#line += 1;
        this.#lineStart = this.#base + index + 1;
      }
      return index + 1;
    }
    const at = this.#base + index;
    switch (this.#expect) {
      case 'end':
        return this.#failAt(at, index);
      case 'colon':
        if (char !== ':') return this.#failAt(at, index);
        this.#expect = 'value';
        return index + 1;
      case 'comma-or-close': {
        const top = this.#stack[this.#stack.length - 1];
        if (char === ',') {
          this.#expect = top === 'object' ? 'key' : 'value';
          return index + 1;
        }
        if ((top === 'object' && char === '}') || (top === 'array' && char === ']')) return this.#close(chunk, index);
        return this.#failAt(at, index);
      }
      case 'key-or-close':
      case 'key':
        if (this.#expect === 'key-or-close' && char === '}') return this.#close(chunk, index);
        if (char !== '"') return this.#failAt(at, index);
        this.#scalar = { kind: 'string', start: at, key: true, escape: -1 };
        this.#keyText = '';
        return this.#continueScalar(chunk, index + 1);
      case 'value-or-close':
      case 'value':
        if (this.#expect === 'value-or-close' && char === ']') return this.#close(chunk, index);
        this.#first ??= char;
        this.#startPiece(chunk, index);
        if (char === '{' || char === '[') {
          this.#stack.push(char === '{' ? 'object' : 'array');
          this.#expect = char === '{' ? 'key-or-close' : 'value-or-close';
          if (char === '[' && this.#stack.length === 2 && this.#split.has(this.#key)) this.#beginSplit();
          return index + 1;
        }
        return this.#startScalar(chunk, index, at);
    }
  }

  #startScalar(chunk: string, index: number, at: number): number {
    const char = chunk[index] ?? '';
    if (char === '"') {
      this.#scalar = { kind: 'string', start: at, key: false, escape: -1 };
      return this.#continueScalar(chunk, index + 1);
    }
    const word = char === 't' ? 'true' : char === 'f' ? 'false' : char === 'n' ? 'null' : null;
    if (word !== null) this.#scalar = { kind: 'literal', start: at, word, matched: 0 };
    else if (char === '-' || DIGIT.test(char))
      this.#scalar = { kind: 'number', start: at, state: 'start', completeEnd: -1 };
    else return this.#failAt(at, index);
    return this.#continueScalar(chunk, index);
  }

  #continueScalar(chunk: string, index: number): number {
    const scalar = this.#scalar;
    if (scalar === null) return index;
    if (scalar.kind === 'string') return this.#continueString(scalar, chunk, index);
    if (scalar.kind === 'literal') {
      while (index < chunk.length && scalar.matched < scalar.word.length) {
        if (chunk[index] !== scalar.word[scalar.matched]) return this.#failAt(scalar.start, index);
        scalar.matched += 1;
        index += 1;
      }
      if (scalar.matched === scalar.word.length) this.#endScalar(chunk, index);
      return index;
    }
    for (; index < chunk.length; index += 1) {
      const next = numberStep(scalar.state, chunk[index] ?? '');
      if (next === null) {
        if (COMPLETE.has(scalar.state)) {
          this.#endScalar(chunk, index);
          return index;
        }
        return this.#failAt(startOrEnd(scalar), index);
      }
      scalar.state = next;
      if (COMPLETE.has(next)) scalar.completeEnd = this.#base + index + 1;
    }
    return index;
  }

  #continueString(scalar: Extract<Scalar, { kind: 'string' }>, chunk: string, index: number): number {
    while (index < chunk.length) {
      if (scalar.escape >= 0) {
        // Inside an escape: `escape` counts the characters after the backslash seen so far.
        const char = chunk[index] ?? '';
        const ok = scalar.escape === 0 ? ESCAPES.has(char) || char === 'u' : HEX.test(char);
        if (!ok) return this.#failAt(this.#escapeStart, index);
        if (scalar.key) this.#keyText += char;
        scalar.escape = scalar.escape === 0 && char !== 'u' ? -1 : scalar.escape + 1;
        if (scalar.escape === 5) scalar.escape = -1;
        index += 1;
        continue;
      }
      STRING_STOP.lastIndex = index;
      const stop = STRING_STOP.exec(chunk);
      const end = stop === null ? chunk.length : stop.index;
      if (scalar.key) this.#keyText += chunk.slice(index, end);
      if (stop === null) return chunk.length;
      const char = chunk[end];
      if (char === '"') {
        this.#endScalar(chunk, end + 1);
        return end + 1;
      }
      if (char !== '\\') return this.#failAt(this.#base + end, end);
      this.#escapeStart = this.#base + end;
      if (scalar.key) this.#keyText += '\\';
      scalar.escape = 0;
      index = end + 1;
    }
    return index;
  }

  /** A scalar ended just before `index` of this chunk. */
  #endScalar(chunk: string, index: number): void {
    const scalar = this.#scalar;
    this.#scalar = null;
    if (scalar?.kind === 'string' && scalar.key) {
      this.#expect = 'colon';
      if (this.#stack.length === 1) this.#key = JSON.parse(`"${this.#keyText}"`) as string;
      return;
    }
    this.#valueDone(chunk, index);
  }

  #close(chunk: string, index: number): number {
    if (this.#splitting !== null && this.#stack.length === 2) this.#splitting = null;
    this.#stack.pop();
    this.#valueDone(chunk, index + 1);
    return index + 1;
  }

  /** A value ended just before `index` of this chunk. */
  #valueDone(chunk: string, index: number): void {
    this.#expect = this.#stack.length === 0 ? 'end' : 'comma-or-close';
    const piece = this.#piece;
    if (piece === null || piece.depth !== this.#stack.length) return;
    this.#piece = null;
    if (!piece.keep || this.#handler === null) return;
    const text = piece.text + chunk.slice(piece.from, index);
    if (piece.kind === 'member') this.#handler.member(this.#key, text);
    else this.#handler.element(this.#key, text);
  }

  #startPiece(chunk: string, index: number): void {
    const depth = this.#stack.length;
    const splits = this.#split.has(this.#key) && chunk[index] === '[';
    if (depth === 1 && this.#stack[0] === 'object' && !splits) {
      this.#piece = { depth, kind: 'member', keep: !this.#skip.has(this.#key), text: '', from: index };
    } else if (depth === 2 && this.#splitting !== null) {
      this.#piece = { depth, kind: 'element', keep: !this.#skip.has(this.#key), text: '', from: index };
    }
  }

  #beginSplit(): void {
    this.#splitting = this.#key;
    this.#handler?.array(this.#key);
  }
}

function numberStep(state: NumberState, char: string): NumberState | null {
  const digit = DIGIT.test(char);
  switch (state) {
    case 'start':
      return char === '-' ? 'sign' : char === '0' ? 'zero' : digit ? 'int' : null;
    case 'sign':
      return char === '0' ? 'zero' : digit ? 'int' : null;
    case 'zero':
      return char === '.' ? 'dot' : char === 'e' || char === 'E' ? 'e' : null;
    case 'int':
      return digit ? 'int' : char === '.' ? 'dot' : char === 'e' || char === 'E' ? 'e' : null;
    case 'dot':
      return digit ? 'frac' : null;
    case 'frac':
      return digit ? 'frac' : char === 'e' || char === 'E' ? 'e' : null;
    case 'e':
      return char === '+' || char === '-' ? 'e-sign' : digit ? 'exp' : null;
    case 'e-sign':
    case 'exp':
      return digit ? 'exp' : null;
  }
}

/** Where a number that stopped short goes wrong: after its longest whole prefix, or at its start. */
function startOrEnd(scalar: Scalar): number {
  return scalar.kind === 'number' && scalar.completeEnd >= 0 ? scalar.completeEnd : scalar.start;
}

/** Where JSON text first goes wrong, or null when it is valid. */
export function firstJsonError(text: string): number | null {
  const scanner = new JsonScanner();
  scanner.feed(text);
  return scanner.end();
}
