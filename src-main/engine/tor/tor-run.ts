import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BootstrapPhase } from '../../shared/tools.ts';
import { abortError } from '../deadline.ts';
import { torEnvironment, type TorInstall } from './find-tor.ts';
import { HANDSHAKE_DONE_PERCENT, readTorLogLine } from './tor-log.ts';
import { torFolderName } from './tor-folders.ts';

/**
 * Runs tor as a child process with one bridge and nothing else: a fresh data folder
 * in a temporary folder of its own, `UseBridges 1`, that bridge's line, the transport
 * plugin for obfs4, no SOCKS port (nothing may use this tor), and its log on stdout,
 * which is read line by line for the bootstrap phases. It ends at 100%, when the
 * bridge has shown it holds no Tor directory, at the deadline, on cancellation, or when
 * tor exits; then tor is stopped and its folder removed, on every path out, and on
 * this process's exit too (see `running` below). `__OwningControllerProcess` makes
 * tor exit by itself should this process be killed outright.
 */

export interface TorRunRequest {
  install: TorInstall;
  /** The Bridge line (bridge-line.ts), credentials and all. */
  line: string;
  /** `obfs4`: tor gets the transport plugin; `vanilla`: none. */
  transport: 'vanilla' | 'obfs4';
  signal: AbortSignal;
  timeoutMs: number;
  /** Told of each bootstrap phase as tor reaches it (live progress). */
  onPhase?: (phase: BootstrapPhase) => void;
}

export interface TorRun {
  /** The furthest phase reached, if any. */
  furthest?: BootstrapPhase;
  /** The last stuck-bootstrap reason tor gave (control-spec REASON). */
  problem?: string;
  /** The transport plugin's last SOCKS error, in its words. */
  transportFailure?: string;
  /** The bridge answered "no consensus here" this many times. */
  consensusRefusals: number;
  /** How the run ended. */
  ended: 'bootstrapped' | 'no-tor-network' | 'deadline' | 'cancelled' | 'tor-exited';
  /** tor logged an [err] or exited before its deadline: it would not run. */
  torFailed: boolean;
}

/** After the handshake, this many "no consensus" answers show a bridge with no network behind it. */
const NO_CONSENSUS_AFTER = 3;
/** How long tor gets to exit on SIGTERM before SIGKILL. */
const TERMINATE_WITHIN_MS = 3000;

/** Every tor this process runs and its folder, so an exit in the middle still cleans up. */
const running = new Map<ChildProcess, string>();
let exitHookInstalled = false;

function cleanUpOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [child, folder] of running) {
      kill(child, 'SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

export async function runTor(request: TorRunRequest): Promise<TorRun> {
  if (request.signal.aborted) throw abortError(request.signal);
  cleanUpOnExit();
  const folder = await mkdtemp(join(tmpdir(), torFolderName()));
  let child: ChildProcess | undefined;
  try {
    const torrc = join(folder, 'torrc');
    const defaults = join(folder, 'torrc-defaults');
    await writeFile(torrc, torrcText(request, folder), { mode: 0o600 });
    // An empty defaults file: nothing of the system's /etc/tor applies.
    await writeFile(defaults, '', { mode: 0o600 });
    const plugin = request.transport === 'obfs4' ? request.install.transportPlugin : undefined;
    child = spawn(request.install.tor, ['-f', torrc, '--defaults-torrc', defaults], {
      // tor runs the plugin from its own working folder (see torrcText); elsewhere, the temporary one.
      cwd: plugin === undefined ? folder : dirname(plugin),
      env: torEnvironment(request.install),
      stdio: ['ignore', 'pipe', 'ignore'],
      // Its own process group: the plugin tor starts goes with it when the group is stopped.
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    running.set(child, folder);
    return await watch(child, request);
  } finally {
    if (child !== undefined) {
      await stop(child);
      running.delete(child);
    }
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * The torrc. Paths are C strings in double quotes (torrc's quoted values), as a
 * temporary folder may hold spaces; the plugin is named relative to tor's working
 * folder, since ClientTransportPlugin's command line is split on spaces.
 */
export function torrcText(request: Pick<TorRunRequest, 'install' | 'line' | 'transport'>, folder: string): string {
  const plugin = request.transport === 'obfs4' ? request.install.transportPlugin : undefined;
  return [
    `DataDirectory ${quoted(join(folder, 'data'))}`,
    'SocksPort 0',
    'UseBridges 1',
    `Bridge ${request.line}`,
    ...(plugin === undefined ? [] : [`ClientTransportPlugin obfs4 exec ./${basename(plugin)}`]),
    'Log notice stdout',
    // tor exits by itself once this process is gone, however it went (checked every 15 s).
    `__OwningControllerProcess ${process.pid}`,
    'AvoidDiskWrites 1',
    '',
  ].join('\n');
}

function quoted(path: string): string {
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function watch(child: ChildProcess, request: TorRunRequest): Promise<TorRun> {
  return new Promise((resolve) => {
    const run: TorRun = { consensusRefusals: 0, ended: 'deadline', torFailed: false };
    let settled = false;
    const finish = (ended: TorRun['ended']): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
      lines.close();
      resolve({ ...run, ended });
    };
    const onAbort = (): void => finish('cancelled');
    const timer = setTimeout(() => finish('deadline'), request.timeoutMs);
    const lines = createInterface({ input: child.stdout ?? process.stdin, crlfDelay: Infinity });
    // The signal may have fired while the folder was being made.
    if (request.signal.aborted) queueMicrotask(onAbort);
    else request.signal.addEventListener('abort', onAbort, { once: true });
    lines.on('line', (line) => {
      const event = readTorLogLine(line);
      if (event === null) return;
      switch (event.kind) {
        case 'phase':
          if (event.phase.percent >= (run.furthest?.percent ?? -1)) run.furthest = event.phase;
          request.onPhase?.(event.phase);
          if (event.phase.percent >= 100) finish('bootstrapped');
          return;
        case 'problem':
          run.problem = event.reason;
          return;
        case 'transport-failed':
          run.transportFailure = event.why;
          return;
        case 'no-consensus':
          run.consensusRefusals += 1;
          if (run.consensusRefusals >= NO_CONSENSUS_AFTER && (run.furthest?.percent ?? 0) >= HANDSHAKE_DONE_PERCENT) {
            finish('no-tor-network');
          }
          return;
        case 'error':
          run.torFailed = true;
          return;
      }
    });
    child.once('error', () => {
      run.torFailed = true;
      finish('tor-exited');
    });
    child.once('exit', () => {
      run.torFailed ||= !settled;
      finish('tor-exited');
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, 'exit');
  kill(child, 'SIGTERM');
  const timer = setTimeout(() => kill(child, 'SIGKILL'), TERMINATE_WITHIN_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** The whole process group where there is one (tor and the plugin it started), else tor. */
function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (process.platform !== 'win32' && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Gone already.
  }
}
