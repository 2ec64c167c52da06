import { parseTarget, type InputErrorCode, type TargetSpec } from '../../../src-main/shared/target.ts';
import type { SavedTarget } from '../../lib/saved-lists.ts';

/** Where a target typed or pasted in the app came from, as a report names it. */
export const APP_LIST_SOURCE = 'app list';

export interface LineError {
  /** 1-based, as the user counts the lines of what they pasted. */
  line: number;
  input: string;
  code: InputErrorCode | 'duplicate';
}

export interface ReadLines {
  added: SavedTarget[];
  errors: LineError[];
  /** The lines that were not added, to be fixed in place. */
  rest: string;
}

/** One target however it was written: `example.org` and `https://example.org/` are the same. */
function identity(target: TargetSpec): string {
  return target.kind === 'url' ? `url ${target.url}` : `${target.kind} ${target.host}:${target.port}`;
}

function identityOf(input: string): string | null {
  const parsed = parseTarget(input);
  return parsed.ok ? identity(parsed.target) : null;
}

/**
 * Pasted text, one target a line, read with the engine's own parser: blank lines and
 * `#` comments are skipped, each bad line is an error with its number, and a target
 * already in the list (or twice in the text) is added once.
 */
export function readTargetLines(text: string, existing: readonly SavedTarget[]): ReadLines {
  const seen = new Set(existing.flatMap((target) => identityOf(target.input) ?? []));
  const added: SavedTarget[] = [];
  const errors: LineError[] = [];
  const rest: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const input = raw.trim();
    if (input === '' || input.startsWith('#')) return;
    const parsed = parseTarget(input);
    if (!parsed.ok) {
      errors.push({ line: index + 1, input, code: parsed.code });
      rest.push(raw);
      return;
    }
    const key = identity(parsed.target);
    if (seen.has(key)) {
      errors.push({ line: index + 1, input, code: 'duplicate' });
      return;
    }
    seen.add(key);
    added.push({ input, source: APP_LIST_SOURCE });
  });
  return { added, errors, rest: rest.join('\n') };
}
