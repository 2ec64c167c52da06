import { expect, test } from 'vitest';
import { HostTraffic } from '../../../src-main/engine/host-traffic.ts';

/** A task that runs until released, recording when it starts. */
function held(log: string[], name: string): { task: () => Promise<string>; release: () => void } {
  let release = (): void => undefined;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    release: () => release(),
  };
}

const signal = new AbortController().signal;

test('handshakes to one destination run together; a download waits for them, then runs alone', async () => {
  const traffic = new HostTraffic();
  const log: string[] = [];
  const [a, b, download, late] = ['a', 'b', 'download', 'late'].map((name) => held(log, name));
  const running = [
    traffic.handshake('site:443', signal, a!.task),
    traffic.handshake('site:443', signal, b!.task),
    traffic.download('site:443', signal, download!.task),
    // Arrives after the download asked: it waits behind it, so downloads are not starved.
    traffic.handshake('site:443', signal, late!.task),
  ];
  await expect.poll(() => log).toEqual(['start a', 'start b']);
  a!.release();
  b!.release();
  await running[1];
  await expect.poll(() => log.at(-1)).toBe('start download');
  download!.release();
  await running[2];
  await expect.poll(() => log.at(-1)).toBe('start late');
  late!.release();
  expect(await Promise.all(running)).toEqual(['a', 'b', 'download', 'late']);
});

test('other destinations are not held up', async () => {
  const traffic = new HostTraffic();
  const log: string[] = [];
  const download = held(log, 'download');
  const pending = traffic.download('site:443', signal, download.task);
  expect(await traffic.handshake('other:443', signal, () => Promise.resolve('other'))).toBe('other');
  expect(await traffic.handshake('site:80', signal, () => Promise.resolve('other port'))).toBe('other port');
  download.release();
  await pending;
});

test('a wait cut short by cancelling rejects, and lets the next in line go', async () => {
  const traffic = new HostTraffic();
  const log: string[] = [];
  const first = held(log, 'first');
  const holding = traffic.download('site:443', signal, first.task);
  const controller = new AbortController();
  const cancelled = traffic.download('site:443', controller.signal, () => Promise.resolve('never'));
  const after = traffic.handshake('site:443', signal, () => Promise.resolve('after'));
  controller.abort();
  await expect(cancelled).rejects.toThrow();
  first.release();
  await holding;
  expect(await after).toBe('after');
});
