import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { classifyReport } from '../../src-main/core/judge/index.ts';
import { HistoryStore } from '../../src-main/engine/history/index.ts';
import { sampleReport, writeRun } from '../unit/engine/history/sample-report.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, stderrLines, tempFolderEachTest, type CliRun } from './servers/run-cli.ts';
import { acceptAndHang } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-history-');
const CLI = fileURLToPath(new URL('../../src-main/cli/main.ts', import.meta.url));

/** The real CLI in a child process, with its output so far and the child itself (to kill). */
function startCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; output: () => string; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, output: () => stdout + stderr, done };
}

/** Resolves once `text` has appeared in the output. */
function outputShows(run: ReturnType<typeof startCli>, text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (!run.output().includes(text)) return;
      run.child.stdout?.off('data', check);
      run.child.stderr?.off('data', check);
      resolve();
    };
    run.child.stdout?.on('data', check);
    run.child.stderr?.on('data', check);
    check();
  });
}

test('a run killed mid-way (SIGKILL) is listed as interrupted with the results saved until then', async () => {
  const fast = await listen(httpsServer());
  const hanging = await listen(acceptAndHang());
  const dir = join(folder(), 'history');
  mkdirSync(dir);
  const fastUrl = `https://127.0.0.1:${fast.port}/ok`;
  const run = startCli([
    'diagnose',
    fastUrl,
    `https://127.0.0.1:${hanging.port}/`,
    '--timeout',
    '60000',
    '--json',
    '--history-dir',
    dir,
  ]);

  // The fast site is finished (shown only once journalled); the hanging one is stuck in its TLS handshake.
  await outputShows(run, '"type":"target-finished"');
  const { runId } = JSON.parse(run.output().split('\n')[0] ?? '') as { runId: string };
  run.child.kill('SIGKILL');
  const killed = await run.done;
  expect(killed.code).toBeNull();

  const history = await runCli(['history', '--history-dir', dir]);
  expect(history.code).toBe(0);
  const lines = history.stdout.trimEnd().split('\n');
  expect(lines[0]).toBe(`1 run in ${dir}`);
  expect(lines[4]).toMatch(
    new RegExp(`^${runId.slice(0, 8)}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+interrupted\\s+1/2\\s+0$`),
  );

  const opened = await (await HistoryStore.open(dir)).open(runId);
  if (!opened.ok) throw new Error(`damaged: ${JSON.stringify(opened.damage)}`);
  const report = opened.report;
  expect(report.status).toBe('interrupted');
  expect(report.targets.map((t) => [t.target.input, t.verdict?.direct?.status])).toEqual([
    [fastUrl, 'ok'],
    [`https://127.0.0.1:${hanging.port}/`, undefined],
  ]);
  // The saved measurements alone give the same verdict again.
  expect(classifyReport(report).verdicts[0]?.direct).toEqual(report.targets[0]?.verdict?.direct);

  const shown = await runCli(['history', 'show', runId.slice(0, 6), '--history-dir', dir]);
  expect(shown.stdout.split('\n')[0]).toMatch(/^Run [0-9a-f]{8}, started .*: interrupted$/);
  expect(shown.stdout).toMatch(new RegExp(`^${fastUrl.replaceAll('.', '\\.')}\\s+direct.*reachable$`, 'm'));
});

test('Ctrl-C during a scheduled run cancels it, saves it as cancelled and stops the schedule', async () => {
  const fast = await listen(httpsServer());
  const hanging = await listen(acceptAndHang());
  const dir = join(folder(), 'history');
  const args = ['diagnose', `https://127.0.0.1:${fast.port}/ok`, `https://127.0.0.1:${hanging.port}/`];
  const run = await runCli([...args, '--timeout', '60000', '--every', '1h', '--json', '--history-dir', dir], {
    interruptWhen: (stdout) => stdout.includes('"type":"target-finished"'),
  });

  expect(run.code).toBe(130);
  expect(stderrLines(run)).toEqual([
    // The lab has no neutral sites (DETOUR_CONTROLS=none): a schedule says what that costs it.
    "detour: with no controls, `detour history pattern` cannot judge these runs' speeds",
    expect.stringMatching(/^Run 1, started \d{4}-/),
    'Cancelling… (Ctrl-C again to quit at once)',
    'Cancelled: the report holds what was measured until then.',
    'Schedule stopped.',
  ]);
  const list = await (await HistoryStore.open(dir)).list();
  expect(list.map((e) => [e.status, e.counts.targets])).toEqual([['cancelled', 2]]);
});

test('Ctrl-C while a schedule waits for its next run stops it at once; the finished run is kept', async () => {
  const fast = await listen(httpsServer());
  const dir = join(folder(), 'history');
  const run = startCli([
    'diagnose',
    `https://127.0.0.1:${fast.port}/ok`,
    '--every',
    '1h',
    '--for',
    '1d',
    '--history-dir',
    dir,
  ]);
  await outputShows(run, 'Ctrl-C stops.');
  run.child.kill('SIGINT');
  const done = await run.done;

  expect(done.code).toBe(130);
  expect(stderrLines(done).slice(-3)).toEqual([
    expect.stringMatching(
      // The next slot is 54 to 66 minutes after the start (±10%), less the time the run took.
      /^Run 1 done\. Next run at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(in (5[3-9]m(?: \d+s)?|1h(?: [0-6]m)?)\); Ctrl-C stops\.$/,
    ),
    'Cancelling… (Ctrl-C again to quit at once)',
    'Schedule stopped.',
  ]);
  expect((await (await HistoryStore.open(dir)).list()).map((e) => e.status)).toEqual(['completed']);
});

// A dozen CLIs one after the other: on a busy machine each takes seconds to start.
test('history subcommands and compare, on runs in the history and on report files', { timeout: 90_000 }, async () => {
  const dir = join(folder(), 'history');
  const beforeRun = sampleReport({
    runId: '11111111-aaaa',
    startedAt: '2026-11-28T08:00:00.000Z',
    targets: 4,
    blocked: (i) => i === 0,
  });
  const afterRun = sampleReport({
    runId: '22222222-bbbb',
    startedAt: '2026-11-29T08:00:00.000Z',
    targets: 4,
    blocked: (i) => i <= 1,
    failedRoutes: ['office'],
  });
  writeRun(dir, beforeRun);
  const afterFile = join(dir, writeRun(dir, afterRun));
  const cli = (...args: string[]) => runCli([...args, '--history-dir', dir]);

  expect((await cli('history', 'rename', '1111', 'before the update')).stdout).toBe(
    'Run 11111111 is now named "before the update"\n',
  );
  expect((await cli('history', 'network', '2222', 'office Wi-Fi')).code).toBe(0);
  const list = await cli('history', 'list');
  expect(list.stdout).toMatch(/^22222222 .*\s{2}office Wi-Fi\s+completed\s+4\s+2\s+tls-blocked 2$/m);
  expect(list.stdout).toMatch(/^11111111 .*\s{2}before the update\s+completed\s+4\s+1\s+tls-blocked 1$/m);
  const json = await cli('history', '--json');
  expect((JSON.parse(json.stdout) as { name: string }[]).map((e) => e.name)).toEqual(['', 'before the update']);

  const compare = await cli('compare', '1111', '2222');
  expect(compare.code).toBe(0);
  expect(compare.stdout).toMatch(/^Before: Run 11111111 "before the update", started .*: completed$/m);
  expect(compare.stdout).toMatch(/^≠ site1\.example\s+ok\s+tls-blocked$/m);
  expect(compare.stdout).toMatch(/^office\s+works\s+failed$/m);
  // A report file works as well as an id.
  const withFile = await runCli(['compare', afterFile, afterFile, '--json']);
  expect(JSON.parse(withFile.stdout)).toMatchObject({ counts: { before: { blocked: 2 }, after: { blocked: 2 } } });

  const missing = await cli('compare', '1111', 'nope');
  expect([missing.code, stderrLines(missing)]).toEqual([2, ['detour: no run "nope" in the history']]);
  const nothing = await cli('history', 'delete');
  expect([nothing.code, stderrLines(nothing)]).toEqual([2, ['detour: delete needs run ids, or --all (not both)']]);
  // A typo among the ids deletes nothing.
  expect((await cli('history', 'delete', '1111', 'nope')).code).toBe(2);
  expect((await cli('history', 'delete', '1111')).stdout).toBe('Deleted 11111111\n');
  expect((await cli('history', 'delete', '--all')).stdout).toBe(`Deleted 1 run from ${dir}\n`);
  expect((await cli('history')).stdout).toBe(`No runs saved in ${dir} yet. Every detour diagnose adds one.\n`);
});

test('--no-history saves nothing; DETOUR_HISTORY_DIR moves the history', async () => {
  const fast = await listen(httpsServer());
  const dir = join(folder(), 'history');
  const skipped = await runCli(['diagnose', `https://127.0.0.1:${fast.port}/ok`, '--no-history', '--history-dir', dir]);
  expect(skipped.code).toBe(0);
  expect(() => readdirSync(dir)).toThrow();

  const env = join(folder(), 'from-env');
  const saved = await startCli(['diagnose', `https://127.0.0.1:${fast.port}/ok`], { DETOUR_HISTORY_DIR: env }).done;
  expect(saved.code).toBe(0);
  expect((await (await HistoryStore.open(env)).list()).map((e) => e.status)).toEqual(['completed']);
});
