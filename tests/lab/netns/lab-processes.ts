import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import type { ExecResult } from './lab-types.ts';

/** Runs a host command to its end, `stdin` as its input; rejects with its stderr when it fails. */
export type HostCommand = (command: string, args: readonly string[], stdin?: string) => Promise<string>;

/**
 * Every process one lab starts, so that none outlives its teardown: the host commands
 * that build the lab (ip, openssl) and the processes inside its namespaces. Once closed
 * it starts nothing more, so a teardown racing the setup (a SIGINT while the lab
 * starts) is never followed by the setup creating something after it.
 */
export interface LabProcesses {
  host: HostCommand;
  spawnIn(namespace: string, command: string, args: readonly string[], options?: SpawnOptions): ChildProcess;
  execIn(
    namespace: string,
    command: string,
    args: readonly string[],
    options?: { env?: NodeJS.ProcessEnv; timeoutMs?: number },
  ): Promise<ExecResult>;
  /** Refuses new processes, waits for the host commands under way and kills the namespaces' processes. */
  close(): Promise<void>;
}

/** How long a process inside a namespace gets to exit on SIGTERM before SIGKILL. */
const TERMINATE_WITHIN_MS = 2000;

export function labProcesses(ipCommand: string): LabProcesses {
  let closed = false;
  const hostCommands = new Set<Promise<string>>();
  const children = new Set<ChildProcess>();

  const refuseWhenClosed = (what: string): void => {
    if (closed) throw new Error(`the lab is stopping: not starting ${what}`);
  };

  const host = (command: string, args: readonly string[], stdin?: string): Promise<string> => {
    refuseWhenClosed(command);
    const running = new Promise<string>((resolve, reject) => {
      const child = execFile(command, args, (error, stdout, stderr) => {
        if (error === null) resolve(stdout);
        else reject(new Error(`${command} ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
      });
      // A command that exits without reading all its input (EPIPE) fails by its exit status, if at all.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(stdin);
    });
    hostCommands.add(running);
    const forget = (): void => void hostCommands.delete(running);
    running.then(forget, forget);
    return running;
  };

  const spawnIn = (
    namespace: string,
    command: string,
    args: readonly string[],
    options: SpawnOptions = {},
  ): ChildProcess => {
    refuseWhenClosed(command);
    // `ip netns exec` enters the namespace and execs the command: the child's pid is the command's.
    const child = spawn(ipCommand, ['netns', 'exec', namespace, command, ...args], options);
    children.add(child);
    child.once('exit', () => children.delete(child));
    // A child that could not be spawned emits 'error' and never 'exit'.
    child.once('error', () => children.delete(child));
    return child;
  };

  const execIn: LabProcesses['execIn'] = async (namespace, command, args, options = {}) => {
    const child = spawnIn(namespace, command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.env === undefined ? {} : { env: options.env }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer =
      options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    try {
      // 'close' comes after both pipes are drained, so the output is complete.
      const [code] = (await once(child, 'close')) as [number | null];
      return { code, stdout, stderr };
    } finally {
      clearTimeout(timer);
    }
  };

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.allSettled([...hostCommands]);
    await Promise.all([...children].map(terminate));
  };

  return { host, spawnIn, execIn, close };
}

/** SIGTERM, then SIGKILL if the process has not exited in time. */
async function terminate(child: ChildProcess): Promise<void> {
  const gone = child.pid === undefined || child.exitCode !== null || child.signalCode !== null;
  if (gone) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), TERMINATE_WITHIN_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
