import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo, Server } from 'node:net';
import { parseArgs } from 'node:util';

/**
 * How the router's scripts (router-dns.ts, router-blockpage.ts, router-intercept.ts)
 * take their address and tell their parent they serve: once listening, a script prints
 * one line, `{"listening":<port>}`, on its standard output, and nothing else there.
 */

export interface Endpoint {
  address: string;
  port: number;
}

/** `<address>:<port>`, IPv4. */
export function endpoint(text: string): Endpoint {
  const match = /^([\d.]+):(\d+)$/.exec(text);
  if (match === null) throw new Error(`not <address>:<port>: ${text}`);
  return { address: match[1] ?? '', port: Number(match[2]) };
}

/** `--listen <address>:<port>` (port 0: any free port, announced when listening), and the script's other options. */
export function scriptOptions<Name extends string>(
  names: readonly Name[],
): { listen: Endpoint } & Record<Name, string> {
  const options = Object.fromEntries(['listen', ...names].map((name) => [name, { type: 'string' as const }]));
  const { values } = parseArgs({ options, strict: true });
  const read = (name: string): string => {
    const value = values[name];
    if (typeof value !== 'string') throw new Error(`--${name} is required`);
    return value;
  };
  const others = Object.fromEntries(names.map((name) => [name, read(name)])) as Record<Name, string>;
  return { ...others, listen: endpoint(read('listen')) };
}

export function announceListening(port: number): void {
  process.stdout.write(`${JSON.stringify({ listening: port })}\n`);
}

/** Starts `server` (node:net, node:http, node:https) on the `--listen` endpoint and announces its port. */
export async function listenAndAnnounce(server: Server, listen: Endpoint): Promise<void> {
  server.listen(listen.port, listen.address);
  await once(server, 'listening');
  announceListening((server.address() as AddressInfo).port);
}

const READY_WITHIN_MS = 10_000;

/**
 * The port `child` announces; rejects, with what it wrote on its standard error, when
 * it exits first or is not listening in time. `child` must have piped stdout and stderr.
 */
export function untilListening(child: ChildProcess, name: string): Promise<number> {
  const { stdout, stderr } = child;
  if (stdout === null || stderr === null) throw new Error(`${name}: stdout and stderr must be pipes`);
  let errors = '';
  // Drained for the script's whole life, so that it never blocks on a full pipe.
  stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  let announced = '';
  return new Promise<number>((resolve, reject) => {
    const fail = (why: string): void => {
      cleanUp();
      reject(new Error(`${name} ${why}${errors === '' ? '' : `:\n${errors}`}`));
    };
    const onData = (chunk: Buffer): void => {
      announced += chunk.toString();
      const line = announced.split('\n', 2);
      if (line.length < 2) return;
      cleanUp();
      const port = (JSON.parse(line[0] ?? '') as { listening?: unknown }).listening;
      if (typeof port === 'number') resolve(port);
      else reject(new Error(`${name} announced ${line[0] ?? ''} instead of its port`));
    };
    // 'close' comes after the exit and the end of stderr, which may hold the reason.
    const onClose = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`exited (${signal ?? `code ${String(code)}`}) before listening`);
    const onError = (error: Error): void => fail(`could not start (${error.message})`);
    const timer = setTimeout(() => fail(`is not listening after ${READY_WITHIN_MS} ms`), READY_WITHIN_MS);
    const cleanUp = (): void => {
      clearTimeout(timer);
      stdout.off('data', onData);
      child.off('close', onClose);
      child.off('error', onError);
    };
    stdout.on('data', onData);
    child.once('close', onClose);
    child.once('error', onError);
  });
}
