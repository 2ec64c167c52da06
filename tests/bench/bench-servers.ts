/**
 * The benches' servers, in a child process of their own: one HTTPS server per
 * loopback address, the last few of them accepting and then never answering.
 * The parent gets the ports over IPC; the child exits when the parent goes away.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer as createHttpsServer } from 'node:https';
import { fileURLToPath } from 'node:url';
import { listen } from '../lab/servers/listen.ts';
import { leaf } from '../lab/servers/pki.ts';
import { acceptAndHang } from '../lab/servers/tcp-servers.ts';

const CHILD_FLAG = '--bench-servers';
const PAGE = '<!doctype html><title>bench</title><p>' + 'x'.repeat(4096);

export interface BenchServers {
  /** The port on each address, in the order the addresses were given. */
  ports: number[];
  stop(): void;
}

/** One HTTPS server on each address; the last `hanging` of them accept and never answer instead. */
export async function startBenchServers(addresses: readonly string[], hanging = 0): Promise<BenchServers> {
  const args = [CHILD_FLAG, JSON.stringify(addresses), String(hanging)];
  const child = fork(fileURLToPath(import.meta.url), args, { stdio: 'inherit' });
  const [ports] = (await once(child, 'message')) as [number[]];
  return { ports, stop: () => child.kill() };
}

async function serve(addresses: readonly string[], hanging: number): Promise<number[]> {
  const hangingFrom = addresses.length - hanging;
  const ports: number[] = [];
  for (const [index, address] of addresses.entries()) {
    const server =
      index < hangingFrom
        ? createHttpsServer(leaf('valid'), (_request, response) => response.end(PAGE))
        : acceptAndHang();
    ports.push((await listen(server, address)).port);
  }
  return ports;
}

if (process.argv[2] === CHILD_FLAG) {
  const addresses = JSON.parse(process.argv[3] ?? '[]') as string[];
  process.send?.(await serve(addresses, Number(process.argv[4])));
  process.once('disconnect', () => process.exit(0));
}
