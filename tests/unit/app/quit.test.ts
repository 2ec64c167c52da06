import { EventEmitter } from 'node:events';
import { expect, test } from 'vitest';
import { stopBeforeQuit, type QuittingApp } from '../../../src-main/app/quit.ts';

/** Electron's app as far as quitting goes: before-quit listeners, then the quit unless one prevented it. */
class FakeApp extends EventEmitter implements QuittingApp {
  quits = 0;
  exited = false;
  quit(): void {
    this.quits += 1;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.exited = true;
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = (): void => undefined;
  let reject = (_error: Error): void => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

test('the first quit waits until the host has stopped, then the app quits by itself', async () => {
  const app = new FakeApp();
  const stopping = deferred();
  let stops = 0;
  stopBeforeQuit(app, () => {
    stops += 1;
    return stopping.promise;
  });
  app.quit();
  app.quit();
  expect(app.exited).toBe(false);
  expect(stops).toBe(1);
  const exited = new Promise<void>((resolve) => app.once('before-quit', () => setImmediate(resolve)));
  stopping.resolve();
  await exited;
  expect(app.exited).toBe(true);
  expect(stops).toBe(1);
});

test('a host that fails to stop is reported, and the app still quits', async () => {
  const app = new FakeApp();
  const errors: unknown[] = [];
  const stopping = deferred();
  stopBeforeQuit(
    app,
    () => stopping.promise,
    (error) => errors.push(error),
  );
  app.quit();
  const exited = new Promise<void>((resolve) => app.once('before-quit', () => setImmediate(resolve)));
  stopping.reject(new Error('disk full'));
  await exited;
  expect(app.exited).toBe(true);
  expect(errors).toEqual([new Error('disk full')]);
});
