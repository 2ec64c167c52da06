import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../src-main/cli/main.ts', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Called with each chunk of stdout so far; return true to send the CLI a SIGINT (once). */
  interruptWhen?: (stdoutSoFar: string) => boolean;
  /** Variables added to (or, as undefined, removed from) the CLI's environment. */
  env?: Record<string, string | undefined>;
  /** What the CLI reads on standard input (nothing, a closed input, by default). */
  stdin?: Readable;
}

/**
 * Runs the real `detour` CLI in a child process on this Node, asynchronously: the
 * servers it talks to live in the test's own event loop and must keep answering.
 * The child inherits NODE_EXTRA_CA_CERTS, so it trusts the test CA.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const env = Object.fromEntries(
    Object.entries({ ...process.env, ...options.env }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  // The CLI may stop reading (at its cap) and close its end: that is not an error here.
  child.stdin.on('error', () => undefined);
  if (options.stdin === undefined) child.stdin.end();
  else options.stdin.pipe(child.stdin);
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!interrupted && options.interruptWhen?.(stdout) === true) {
      interrupted = true;
      child.kill('SIGINT');
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The lines a run wrote to stderr, without blanks. */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line.trim().length > 0);
}

/**
 * For a test file: a fresh folder for each test (reports, lists, route files), removed
 * after it. Returns a function giving the current test's folder.
 */
export function tempFolderEachTest(prefix: string): () => string {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}
