import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { tempDirPerTest } from '../support/temp-dir.ts';

/**
 * Every command the README gives is run by a test. The `detour` examples run here, as
 * written, inside a network namespace of their own that has only loopback (`unshare
 * --net`), so their example.org and 192.0.2.x lead nowhere and no packet leaves this
 * machine: what is proven is that each command is taken as the README writes it and
 * ends with a result or a one-line refusal, never a usage error or a stack trace. The
 * other commands are run by the tests named for them below.
 */

const ROOT = join(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's `sh` blocks as commands: comments dropped, a heredoc kept with its command. */
function readmeCommands(): string[] {
  const blocks = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const commands: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    for (let index = 0; index < lines.length; index += 1) {
      const line = (lines[index] ?? '').replace(/\s+#\s.*$/, '').trim();
      if (line === '') continue;
      const heredoc = /<<'(\w+)'$/.exec(line);
      if (heredoc === null) {
        commands.push(line);
        continue;
      }
      const end = lines.indexOf(heredoc[1] ?? '', index);
      commands.push(lines.slice(index, end + 1).join('\n'));
      index = end;
    }
  }
  return commands;
}

/**
 * `npm run detour -- …` is package.json's `detour` script with the arguments after it.
 * npm runs scripts in the project's folder, so the script's own command stands in for
 * it here, with its path made absolute: the example's files are in the test's folder.
 */
const DETOUR_SCRIPT =
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
    'detour'
  ]?.replace(/ (src-main|bin)\//g, ` ${ROOT}/$1/`) ?? 'missing';

/** Commands another test runs end to end, and which one. */
const RUN_ELSEWHERE: Readonly<Record<string, { file: string; runs: string }>> = {
  'npm ci && npm start': { file: 'tests/lab/npm-start.test.ts', runs: "'start'" },
  'npm ci && npm test': { file: '.ci/run', runs: 'npm test' },
  'npm run package': { file: 'tests/e2e/package.e2e.ts', runs: 'scripts/package.ts' },
};

/** Commands that change this computer's security settings: shown for a user's own machine, never run by tests. */
const SYSTEM_SETTINGS = /^sudo (tee \/etc\/apparmor\.d\/|apparmor_parser )/;

const isDetourCommand = (command: string): boolean => /^(\w+='[^']*' )?(detour|npm run detour --) /.test(command);

test('every README command is run here or by the test named for it', () => {
  const commands = readmeCommands();
  const unaccounted = commands.filter(
    (command) =>
      !isDetourCommand(command) &&
      command !== 'npm run web' &&
      !SYSTEM_SETTINGS.test(command) &&
      RUN_ELSEWHERE[command] === undefined,
  );
  expect(unaccounted).toEqual([]);
  for (const [command, { file, runs }] of Object.entries(RUN_ELSEWHERE)) {
    expect(commands).toContain(command);
    expect(readFileSync(join(ROOT, file), 'utf8')).toContain(runs);
  }
});

const root = process.getuid?.() === 0;
const unshare = spawnSync('unshare', ['--net', 'true']).status === 0;
const folder = tempDirPerTest('readme');

/** Files the examples name, so each runs on what it expects to find. */
function exampleFiles(dir: string): void {
  writeFileSync(join(dir, 'sites.txt'), 'example.org\n# a comment\nhttps://news.example/\n');
  writeFileSync(
    join(dir, 'office.conf'),
    [
      '[Interface]',
      'PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=',
      'Address = 10.8.0.2/32',
      '[Peer]',
      'PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=',
      'AllowedIPs = 0.0.0.0/0',
      'Endpoint = 192.0.2.20:51820',
      '',
    ].join('\n'),
  );
  chmodSync(join(dir, 'office.conf'), 0o600);
  // A bridge on the namespace's own loopback, where nothing listens: the connection is
  // refused, which bridge-check.ts takes as final and stops tor at once. An address with
  // no route (192.0.2.x) would have tor wait out its whole bootstrap deadline (60 s).
  writeFileSync(join(dir, 'bridges.txt'), '127.0.0.1:9 4352E58420E68F5E40BF7C74FADDCCD9D1349413\n');
}

/** Ctrl-C in a terminal: SIGINT to the whole foreground process group. */
function ctrlC(child: ChildProcess): void {
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one README line with sh in a namespace with only loopback; `detour` on PATH is
 * the package's own bin (as `npm install -g` would put it). A schedule (`--every`) is
 * stopped with Ctrl-C once its first run has printed its result.
 */
function runIsolated(command: string, dir: string): Promise<Run> {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  if (!existsSync(join(bin, 'detour'))) symlinkSync(join(ROOT, 'bin/detour.mjs'), join(bin, 'detour'));
  // The history where the README says it is (~/.local/share/detour/history), in this folder.
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, HOME: dir };
  delete env['DETOUR_HISTORY_DIR'];
  delete env['XDG_DATA_HOME'];
  // exec: the command itself gets Ctrl-C and gives the exit code, not a shell around it.
  const line = command.replace(/^npm run detour --/, DETOUR_SCRIPT).replace(/^((?:\w+='[^']*' )*)/, '$1exec ');
  const script = `ip link set lo up && cd ${JSON.stringify(dir)} && ${line}`;
  // A process group of its own, so Ctrl-C reaches every process in it, as a terminal's does.
  const child = spawn('unshare', ['--net', 'sh', '-c', script], { env, cwd: dir, detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (command.includes('--every') && stdout.includes('What this means')) ctrlC(child);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe.skipIf(!root || !unshare)('the README’s detour commands, in a namespace with only loopback', () => {
  const commands = readmeCommands().filter(isDetourCommand);

  test('the README gives detour commands to run', () => {
    expect(commands.length).toBeGreaterThan(10);
  });

  test.each(commands)('%s', { timeout: 120_000 }, async (command) => {
    const dir = folder();
    exampleFiles(dir);
    // The history's examples name runs by made-up ids; the two runs made here stand in for them.
    let line = command;
    if (/\b(3f2a|7b1c)\b/.test(command)) {
      const { from, ids } = await seed();
      line = line.replaceAll('3f2a', ids[0] ?? '').replaceAll('7b1c', ids[1] ?? '');
      cpSync(join(from, HISTORY_HOME), join(dir, HISTORY_HOME), { recursive: true });
    }
    if (/\b(run|home|office|cafe|old|new)\.json\b/.test(command)) {
      const { from } = await seed();
      for (const name of REPORT_NAMES) cpSync(join(from, 'run.json'), join(dir, `${name}.json`));
    }
    const run = await runIsolated(line, dir);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stderr).not.toMatch(/unknown option|unknown command|missing required argument|too many arguments/i);
    expect([0, 2, 130]).toContain(run.code);
    // Something to read: on the terminal, or in the file the command sends its output to.
    const redirect = /> (\S+)$/.exec(line)?.[1];
    const written = redirect === undefined ? '' : readFileSync(join(dir, redirect), 'utf8');
    expect(`${run.stdout}${run.stderr}${written}`.trim()).not.toBe('');
  });
});

test(
  'npm run web builds, prints the one address to open, serves the app there and stops on Ctrl-C',
  { timeout: 240_000 },
  async () => {
    expect(readmeCommands()).toContain('npm run web');
    const dataDir = folder();
    const child = spawn('npm', ['run', 'web', '--', '--data-dir', dataDir], {
      cwd: ROOT,
      env: process.env,
      detached: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const address = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const found = /Detour web mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout);
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      void exited.then(() => reject(new Error(`npm run web ended before printing its address: ${stderr}`)));
    });
    const page = await fetch(address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    ctrlC(child);
    await exited;
    expect(stderr).toContain('detour web: SIGINT, stopping');
  },
);

/** Where the README puts the history (~/.local/share/detour/history), from HOME. */
const HISTORY_HOME = '.local';

/** The report files the sharing examples read: one small run saved under each name. */
const REPORT_NAMES = ['run', 'home', 'office', 'cafe', 'old', 'new'];

/**
 * What the history and sharing examples read, made once for them all (each is a real
 * run, diagnosed in a namespace with only loopback): two runs in a history and one
 * report file. Each test copies them into its own folder, so none sees another's changes.
 */
let seeded: Promise<{ from: string; ids: string[] }> | undefined;
const seed = (): Promise<{ from: string; ids: string[] }> =>
  (seeded ??= (async () => {
    const from = mkdtempSync(join(tmpdir(), 'detour-readme-seed-'));
    const ids = await twoRunsInHistory(from);
    reportFile(from);
    return { from, ids };
  })());
afterAll(async () => {
  if (seeded !== undefined) rmSync((await seeded).from, { recursive: true, force: true });
});

/** Two runs in this folder's history, by their ids' first characters, as `detour history` shows them. */
async function twoRunsInHistory(dir: string): Promise<string[]> {
  for (let index = 0; index < 2; index += 1) await runIsolated('detour diagnose tcp.example:443 --timeout 500', dir);
  const listed = await runIsolated('detour history --json', dir);
  const entries = JSON.parse(listed.stdout) as { id?: unknown }[];
  const ids = entries.flatMap((entry) => (typeof entry.id === 'string' ? [entry.id.slice(0, 8)] : []));
  expect(ids).toHaveLength(2);
  return ids;
}

/** One small run, saved as run.json. */
function reportFile(dir: string): void {
  const made = spawnSync(
    'unshare',
    ['--net', process.execPath, join(ROOT, 'bin/detour.mjs'), 'diagnose', 'example.org', '--timeout', '500'].concat([
      '--no-history',
      '--out',
      join(dir, 'run.json'),
    ]),
    { env: { ...process.env, DETOUR_CONTROLS: 'none' }, encoding: 'utf8' },
  );
  expect(made.status).toBe(0);
}
