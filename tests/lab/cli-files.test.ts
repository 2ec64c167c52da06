import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect, test } from 'vitest';
import { reportSchema } from '../../src-main/shared/report.ts';
import { sampleReport, writeRun } from '../unit/engine/history/sample-report.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { runCli, stderrLines, tempFolderEachTest } from './servers/run-cli.ts';

/**
 * The files Detour is given, read and written at the edges (issue 16, rows 2, 5, 6,
 * 10, 11 and 12): pipes, devices and FIFOs refused at once, standard input read up to
 * its cap, every output path checked before the run, links written through.
 */

const listen = listenClosingAfterEach();
const folder = tempFolderEachTest('detour-cli-files-');

function fifo(name: string): string {
  const path = join(folder(), name);
  execFileSync('mkfifo', [path]);
  return path;
}

/** An endless stream of list lines, as `yes example.org` gives. */
function endless(line: string): Readable {
  const chunk = Buffer.from(`${line}\n`.repeat(4096));
  return new Readable({
    read() {
      this.push(chunk);
    },
  });
}

const NOT_A_LIST_FILE = 'not a file (a folder, a pipe or a device); give a file, or - for standard input; skipped';

test('a FIFO named as a list or a report is refused at once: nothing waits for a writer', async () => {
  const list = fifo('list.fifo');
  const report = fifo('report.fifo');
  const [listRun, reportRun] = await Promise.all([
    runCli(['diagnose', '--list', list, '--no-history']),
    runCli(['report', report, '--html', join(folder(), 'out.html')]),
  ]);
  expect([listRun.code, stderrLines(listRun)[0]]).toEqual([2, `detour: ${list}: ${NOT_A_LIST_FILE}`]);
  expect([reportRun.code, stderrLines(reportRun)]).toEqual([2, [`detour: ${report}: is not a file`]]);
});

test('/dev/zero named as a list, a test list or a routes file is refused unread', async () => {
  const [list, testList, routes] = await Promise.all([
    runCli(['diagnose', '--list', '/dev/zero', '--no-history']),
    runCli(['diagnose', '--test-list', '/dev/zero', '--no-history']),
    runCli(['diagnose', 'https://127.0.0.1:9/', '--paths', '/dev/zero', '--no-history', '--timeout', '300']),
  ]);
  expect(stderrLines(list)[0]).toBe(`detour: /dev/zero: ${NOT_A_LIST_FILE}`);
  expect(stderrLines(testList)[0]).toBe(`detour: /dev/zero: ${NOT_A_LIST_FILE}`);
  expect(stderrLines(routes)[0]).toBe('detour: /dev/zero: not a file (a folder, a pipe or a device); skipped');
}, 60_000);

test('`--list <(yes example.org)`: a pipe named as a file is refused, and the list is not read', async () => {
  const run = await runCli(['diagnose', '--list', '/dev/stdin', '--no-history'], { stdin: endless('example.org') });
  expect([run.code, stderrLines(run)[0]]).toEqual([2, `detour: /dev/stdin: ${NOT_A_LIST_FILE}`]);
});

test('--list - reads the list from standard input, and stops at 8 MiB', { timeout: 60_000 }, async () => {
  const site = await listen(httpsServer());
  const target = `https://127.0.0.1:${site.port}/ok`;
  const piped = await runCli(['diagnose', '--list', '-', '--no-history'], {
    stdin: Readable.from([`# from a pipe\n${target}\n`]),
  });
  expect(piped.code).toBe(0);
  expect(piped.stdout).toMatch(new RegExp(`^${target.replaceAll('.', '\\.')}\\s+direct\\s.*reachable$`, 'm'));

  const flood = await runCli(['diagnose', '--list', '-', '--no-history'], { stdin: endless('example.org') });
  expect(flood.code).toBe(2);
  expect(stderrLines(flood)[0]).toBe('detour: stdin: larger than 8 MiB, more than a list Detour reads; skipped');
});

test('a routes file far over its cap is refused from its size, unread', async () => {
  const paths = join(folder(), 'paths.json');
  execFileSync('truncate', ['-s', '1500M', paths]);
  const run = await runCli(['diagnose', 'https://127.0.0.1:9/', '--paths', paths, '--no-history', '--timeout', '300']);
  expect(stderrLines(run)[0]).toBe(
    `detour: ${paths}: larger than 1 MiB, more than a routes file Detour reads; skipped`,
  );
});

test('a history entry that is a link to /dev/zero, or a FIFO, is listed as damaged at once', async () => {
  const dir = join(folder(), 'history');
  mkdirSync(dir);
  writeRun(dir, sampleReport({ runId: '11111111-aaaa', startedAt: '2026-11-28T08:00:00.000Z', targets: 1 }));
  symlinkSync('/dev/zero', join(dir, '2026-11-29T08-00-00.000Z-22222222-bbbb.json'));
  execFileSync('mkfifo', [join(dir, '2026-11-30T08-00-00.000Z-33333333-cccc.json')]);

  const list = await runCli(['history', '--history-dir', dir]);
  expect(list.code).toBe(0);
  expect(list.stdout).toMatch(/^11111111 .*completed/m);
  expect(list.stdout).toContain('2026-11-29T08-00-00.000Z-22222222-bbbb.json: cannot be read (a device)');
  expect(list.stdout).toContain('2026-11-30T08-00-00.000Z-33333333-cccc.json: cannot be read (a pipe (FIFO))');
});

const OUT_TEST = 'to a folder, into a missing folder or where nothing may be written: one line, exit 2, no run';
test(`--out ${OUT_TEST}`, { timeout: 60_000 }, async () => {
  const site = await listen(httpsServer());
  const target = `https://127.0.0.1:${site.port}/ok`;
  // sysfs takes no new files, from root either (which may write anywhere else): a folder nobody can write in.
  const unwritable = '/sys/detour-run.json';

  const runs = await Promise.all([
    runCli(['diagnose', target, '--no-history', '--out', folder()]),
    runCli(['diagnose', target, '--no-history', '--out', join(folder(), 'missing', 'run.json')]),
    runCli(['diagnose', target, '--no-history', '--out', unwritable]),
  ]);
  expect(runs.map((run) => run.code)).toEqual([2, 2, 2]);
  expect(runs.map((run) => stderrLines(run))).toEqual([
    [`detour: --out ${folder()}: is a folder; give the name of a file in it`],
    [`detour: --out ${join(folder(), 'missing', 'run.json')}: the folder ${join(folder(), 'missing')} does not exist`],
    [expect.stringMatching(/^detour: --out \/sys\/detour-run\.json: cannot be written in \/sys \((EACCES|EROFS)\)$/)],
  ]);
  // Nothing was measured: the check came before the run.
  expect(runs.map((run) => run.stdout)).toEqual(['', '', '']);
  expect(existsSync(join(folder(), 'missing'))).toBe(false);
});

test('--out through a symbolic link writes the file it points to and keeps the link', async () => {
  const site = await listen(httpsServer());
  const real = join(folder(), 'real.json');
  writeFileSync(real, '{}\n');
  const link = join(folder(), 'link.json');
  symlinkSync('real.json', link);

  const run = await runCli(['diagnose', `https://127.0.0.1:${site.port}/ok`, '--no-history', '--out', link]);
  expect(run.code).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe('real.json');
  expect(reportSchema.parse(JSON.parse(readFileSync(real, 'utf8'))).status).toBe('completed');
});

const EXPORT_TEST =
  'an export into a folder that does not exist is refused before anything is read, and no folder is made';
test(EXPORT_TEST, { timeout: 60_000 }, async () => {
  const report = join(folder(), 'run.json');
  writeFileSync(report, `${JSON.stringify(sampleReport({ targets: 1 }))}\n`);
  const html = join(folder(), 'nonexistent', 'x.html');
  const merge = await runCli(['merge', report, report, '--html', html]);
  const single = await runCli(['report', report, '--csv', html]);
  expect([merge.code, single.code]).toEqual([2, 2]);
  expect(stderrLines(merge)).toEqual([
    `detour: --html ${html}: the folder ${join(folder(), 'nonexistent')} does not exist`,
  ]);
  expect(stderrLines(single)).toEqual([
    `detour: --csv ${html}: the folder ${join(folder(), 'nonexistent')} does not exist`,
  ]);
  expect(existsSync(join(folder(), 'nonexistent'))).toBe(false);
});

test('when every entry is rejected the summary says nothing could be measured, not that nothing is blocked', async () => {
  const run = await runCli(['diagnose', 'ftp://example.org/', 'exa mple.org', '--no-history']);
  expect(run.code).toBe(2);
  expect(run.stdout).not.toContain('Nothing is blocked');
  expect(run.stdout).toContain(
    'Nothing could be measured: every entry was rejected (see the lines above), so nothing is known about blocking.',
  );
});

test('more routes than the app takes (64) is one clear line and exit 2, before anything is measured', async () => {
  const paths = join(folder(), 'paths.json');
  const routes = Array.from({ length: 100 }, (_, index) => ({ name: `r${index}`, url: 'direct' }));
  writeFileSync(paths, JSON.stringify({ paths: routes }));
  chmodSync(paths, 0o600);
  const run = await runCli(['diagnose', 'https://127.0.0.1:9/', '--paths', paths, '--no-history']);
  expect(run.code).toBe(2);
  expect(stderrLines(run)).toEqual([
    'detour: 101 routes given (direct included); Detour measures over at most 64 at once, as the app does',
  ]);
  expect(run.stdout).toBe('');
});
