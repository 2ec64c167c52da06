import { connect, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { Listening } from './listen.ts';

/**
 * Listens in a worker thread that then blocks, so nothing is ever accepted, with a
 * backlog of 1. Linux queues backlog + 1 finished handshakes and silently drops
 * further SYNs once the queue is full (tcp_conn_request), so a connect to it hangs.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const server = require('node:net').createServer();
server.listen({ port: 0, host: workerData.host, backlog: 1 }, () => {
  parentPort.postMessage(server.address().port);
  Atomics.wait(workerData.release, 0, 0);
  process.exit(0);
});
`;

/** Linux keeps backlog + 1 connections in the accept queue. */
const QUEUE_CAPACITY = 2;

/**
 * A loopback port whose SYNs go unanswered, as with IP blackholing: connecting to it
 * times out. Made by filling the accept queue of a server that never accepts.
 */
export async function synBlackhole(host = '127.0.0.1'): Promise<Listening> {
  const release = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { host, release } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const fillers: Socket[] = [];
  for (let i = 0; i < QUEUE_CAPACITY; i += 1) {
    const socket = connect(port, host);
    fillers.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  }
  return {
    port,
    close: async () => {
      for (const socket of fillers) socket.destroy();
      Atomics.store(release, 0, 1);
      Atomics.notify(release, 0);
      await exited;
    },
  };
}
