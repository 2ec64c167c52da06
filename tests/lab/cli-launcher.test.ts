import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { listenClosingAfterEach } from './servers/listen.ts';
import { acceptAndHang } from './servers/tcp-servers.ts';

/**
 * bin/detour.mjs, the `detour` command as installed: it runs the CLI in a child Node
 * with a small young generation (the flag V8 reads only at start-up) and stands in
 * for it towards whoever started it: the exit code, and a stop sent to it alone.
 */
const LAUNCHER = fileURLToPath(new URL('../../bin/detour.mjs', import.meta.url));
const listen = listenClosingAfterEach();

/** The command line and environment of each child of `pid` (Linux's /proc). */
function childrenOf(pid: number): { commandLine: string[]; environment: string[] }[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  const read = (child: string, file: string): string[] =>
    readFileSync(`/proc/${child}/${file}`, 'utf8').split('\0').filter(Boolean);
  return children.map((child) => ({ commandLine: read(child, 'cmdline'), environment: read(child, 'environ') }));
}

test(
  'the CLI runs in a child Node with 4 MB semi-spaces; a SIGTERM to the command stops it',
  { timeout: 60_000 },
  async () => {
    const { port } = await listen(acceptAndHang(), '127.0.0.1');
    const launcher = spawn(
      process.execPath,
      [LAUNCHER, 'diagnose', `https://127.0.0.1:${port}/`, '--timeout', '60000', '--json', '--no-history'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      launcher.once('exit', (code, signal) => resolve({ code, signal })),
    );
    // The first event printed: the child is running the diagnosis, which hangs on the server.
    await new Promise<void>((resolve) => launcher.stdout.once('data', () => resolve()));
    const [child] = childrenOf(launcher.pid ?? 0);
    expect(child?.commandLine).toEqual(expect.arrayContaining(['--max-semi-space-size=4', '--optimize-for-size']));
    expect(child?.commandLine.some((arg) => arg.endsWith('src-main/cli/main.ts'))).toBe(true);
    expect(child?.environment).toContain('MALLOC_ARENA_MAX=2');

    launcher.kill('SIGTERM');
    // The child died of the SIGTERM passed on, and the command says so the shell's way (128 + 15).
    expect(await ended).toEqual({ code: 143, signal: null });
  },
);

test('the exit code of the CLI is the exit code of the command', { timeout: 60_000 }, async () => {
  const launcher = spawn(process.execPath, [LAUNCHER, 'no-such-command'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  launcher.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => launcher.once('close', resolve));
  expect(code).toBe(2);
  expect(stderr).toContain("unknown command 'no-such-command'");
});
