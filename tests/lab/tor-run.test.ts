import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { findTor } from '../../src-main/engine/tor/find-tor.ts';
import { removeStaleTorFolders } from '../../src-main/engine/tor/tor-folders.ts';
import { runTor } from '../../src-main/engine/tor/tor-run.ts';
import type { Listening } from './servers/listen.ts';
import { synBlackhole } from './servers/syn-blackhole.ts';

/**
 * Tor as a child process, through a "bridge" on loopback that never answers (a SYN
 * blackhole): whatever ends the run, cancellation, tor failing or this process
 * exiting, no tor process and no temporary folder of ours is left behind.
 */
const install = findTor();
if (install === null) console.warn('Skipping the tor runner tests: apt-get install tor');

const ours = `detour-tor-${process.pid.toString(36)}-`;

async function ourFolders(prefix = ours): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith(prefix));
}

/** Processes whose command line names one of our folders: tor and its transport plugin. */
async function processesUsing(prefix: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(prefix)) found.push(Number(entry));
  }
  return found;
}

let blackhole: Listening | undefined;
afterEach(async () => {
  await blackhole?.close();
  blackhole = undefined;
});

describe.skipIf(install === null || process.platform !== 'linux')('running tor with one bridge', () => {
  test('cancelled while connecting: tor is stopped and its folder removed', async () => {
    blackhole = await synBlackhole();
    const controller = new AbortController();
    const phases: number[] = [];
    const run = await runTor({
      install: install!,
      line: `127.0.0.1:${blackhole.port}`,
      transport: 'vanilla',
      signal: controller.signal,
      timeoutMs: 60_000,
      onPhase: (phase) => {
        phases.push(phase.percent);
        controller.abort();
      },
    });
    expect(run.ended).toBe('cancelled');
    expect(phases.length).toBeGreaterThan(0);
    expect(await ourFolders()).toEqual([]);
    expect(await processesUsing(ours)).toEqual([]);
  }, 30_000);

  test('at its deadline, the same', async () => {
    blackhole = await synBlackhole();
    const run = await runTor({
      install: install!,
      line: `127.0.0.1:${blackhole.port}`,
      transport: 'vanilla',
      signal: new AbortController().signal,
      timeoutMs: 3000,
    });
    expect(run).toMatchObject({ ended: 'deadline', furthest: { percent: 5, tag: 'conn' } });
    expect(await ourFolders()).toEqual([]);
    expect(await processesUsing(ours)).toEqual([]);
  }, 30_000);

  test('a tor that will not run: said so, and nothing left behind', async () => {
    const run = await runTor({
      install: { ...install!, tor: '/bin/false' },
      line: '127.0.0.1:1',
      transport: 'vanilla',
      signal: new AbortController().signal,
      timeoutMs: 10_000,
    });
    expect(run).toMatchObject({ ended: 'tor-exited', torFailed: true });
    expect(await ourFolders()).toEqual([]);
  });

  test('this process exiting in the middle: its exit hook stops tor and removes the folder', async () => {
    blackhole = await synBlackhole();
    const script = fileURLToPath(new URL('./tor/exit-mid-run.ts', import.meta.url));
    const child = execFile(process.execPath, [script, String(blackhole.port)]);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const childFolders = `detour-tor-${child.pid?.toString(36) ?? 'none'}-`;
    expect(await exited).toBe(0);
    expect(await ourFolders(childFolders)).toEqual([]);
    expect(await processesUsing(childFolders)).toEqual([]);
  }, 30_000);
});

test('folders left by a process that is gone are removed; those of live ones are kept', async () => {
  const folder = join(tmpdir(), `detour-tor-sweep-${process.pid}`);
  // Pid 2^22 + 1 is above Linux's pid_max: no process has it.
  const dead = join(folder, `detour-tor-${(2 ** 22 + 1).toString(36)}-abc`);
  const alive = join(folder, `${ours}abc`);
  await mkdir(dead, { recursive: true });
  await mkdir(alive, { recursive: true });
  try {
    expect(await removeStaleTorFolders(folder)).toEqual([`detour-tor-${(2 ** 22 + 1).toString(36)}-abc`]);
    expect(await readdir(folder)).toEqual([`${ours}abc`]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
