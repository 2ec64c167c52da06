import { MAX_TARGETS } from '../../../src-main/shared/ipc/run.ts';
import { APP_LIST_SOURCE } from '../../../src-main/shared/ipc/targets.ts';
import { parseTarget, type InputErrorCode, type TargetSpec } from '../../../src-main/shared/target.ts';
import type { TestListResult } from '../../../src-main/shared/test-list.ts';
import type { SavedTarget } from '../../lib/saved-lists.ts';

/** Where a target typed or pasted in the app came from, as a report names it (shared: the history reads it back). */
export { APP_LIST_SOURCE };

export interface LineError {
  /** 1-based, as the user counts the lines of what they pasted or of the file. */
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

/** What the list holds, for asking many times whether it holds a target (`holds`). */
export function listIdentities(targets: readonly SavedTarget[]): ReadonlySet<string> {
  return new Set(targets.flatMap((target) => identityOf(target.input) ?? []));
}

export function holds(identities: ReadonlySet<string>, input: string): boolean {
  const wanted = identityOf(input);
  return wanted !== null && identities.has(wanted);
}

interface Candidate {
  line: number;
  target: SavedTarget;
}

/**
 * Checks candidates with the engine's own parser: a bad one is an error at its line,
 * one already in the list (or twice among them) is added once, and the list stops
 * at what one run takes (MAX_TARGETS).
 */
function addCandidates(
  candidates: readonly Candidate[],
  existing: readonly SavedTarget[],
): { added: SavedTarget[]; errors: LineError[]; rejected: Set<Candidate> } {
  const seen = new Set(existing.flatMap((target) => identityOf(target.input) ?? []));
  const added: SavedTarget[] = [];
  const errors: LineError[] = [];
  const rejected = new Set<Candidate>();
  for (const candidate of candidates) {
    const { line, target } = candidate;
    const parsed = parseTarget(target.input);
    if (!parsed.ok) {
      errors.push({ line, input: target.input, code: parsed.code });
      rejected.add(candidate);
      continue;
    }
    const key = identity(parsed.target);
    if (seen.has(key)) {
      errors.push({ line, input: target.input, code: 'duplicate' });
      continue;
    }
    if (existing.length + added.length >= MAX_TARGETS) {
      errors.push({ line, input: target.input, code: 'too-many-entries' });
      rejected.add(candidate);
      continue;
    }
    seen.add(key);
    added.push(target);
  }
  return { added, errors, rejected };
}

/** The targets not yet in the list, as far as the list has room (for adding a whole catalogue list). */
export function newTargets(targets: readonly SavedTarget[], existing: readonly SavedTarget[]): SavedTarget[] {
  return addCandidates(
    targets.map((target) => ({ line: 0, target })),
    existing,
  ).added;
}

/**
 * Pasted text, one target a line: blank lines and `#` comments are skipped, each bad
 * line is an error with its number, and a target already in the list (or twice in
 * the text) is added once.
 */
export function readTargetLines(text: string, existing: readonly SavedTarget[]): ReadLines {
  const raws = text.split(/\r?\n/);
  const candidates: Candidate[] = [];
  raws.forEach((raw, index) => {
    const input = raw.trim();
    if (input === '' || input.startsWith('#')) return;
    candidates.push({ line: index + 1, target: { input, source: APP_LIST_SOURCE } });
  });
  const { added, errors, rejected } = addCandidates(candidates, existing);
  const rest = candidates.filter((candidate) => rejected.has(candidate)).map(({ line }) => raws[line - 1] ?? '');
  return { added, errors, rest: rest.join('\n') };
}

export interface ReadTestList {
  added: SavedTarget[];
  /** Bad rows and bad targets, by line of the file. */
  errors: LineError[];
  /** What makes the whole file unusable (not a test list, empty, not text), if anything. */
  fileError: InputErrorCode | null;
}

/** Errors about a whole file, not one of its rows. */
const FILE_ERRORS: readonly InputErrorCode[] = [
  'empty-list',
  'binary-list',
  'unreadable-list',
  'list-too-large',
  'list-not-a-file',
  'not-a-test-list',
];

/**
 * A parsed test list (shared/test-list.ts, the CLI's own parser), checked like pasted
 * lines: every target keeps the file's `name:line` as its source and its category.
 */
export function readTestList(result: TestListResult, name: string, existing: readonly SavedTarget[]): ReadTestList {
  const lineOf = (source: string): number => {
    const line = source.startsWith(`${name}:`) ? Number(source.slice(name.length + 1)) : NaN;
    return Number.isInteger(line) && line > 0 ? line : 0;
  };
  const fileError = result.errors.find((error) => FILE_ERRORS.includes(error.code))?.code ?? null;
  const rowErrors: LineError[] = result.errors
    .filter((error) => !FILE_ERRORS.includes(error.code))
    .map((error) => ({ line: lineOf(error.source), input: error.input, code: error.code }));
  const candidates = result.entries.map((entry) => ({ line: lineOf(entry.source), target: entry }));
  const { added, errors } = addCandidates(candidates, existing);
  return { added, errors: [...rowErrors, ...errors].sort((a, b) => a.line - b.line), fileError };
}
