import { expect, test } from 'vitest';
import { measurementOrder, runScheduled, shuffled } from '../../../src-main/engine/scheduler.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

test('never runs more than the global limit, nor more than the per-host limit on one host', async () => {
  const items = Array.from({ length: 40 }, (_, index) => ({ host: `h${index % 3}`, index }));
  let active = 0;
  let maxActive = 0;
  const activePerHost = new Map<string, number>();
  let maxPerHost = 0;
  await runScheduled(
    items,
    (item) => item.host,
    { concurrency: 5, perKey: 2 },
    new AbortController().signal,
    async (item) => {
      active += 1;
      activePerHost.set(item.host, (activePerHost.get(item.host) ?? 0) + 1);
      maxActive = Math.max(maxActive, active);
      maxPerHost = Math.max(maxPerHost, activePerHost.get(item.host) ?? 0);
      await Promise.resolve();
      active -= 1;
      activePerHost.set(item.host, (activePerHost.get(item.host) ?? 0) - 1);
    },
  );
  expect(maxActive).toBeLessThanOrEqual(5);
  expect(maxPerHost).toBe(2);
});

test('a host whose tasks hang does not hold back the other hosts', async () => {
  const hang = deferred();
  const finished: string[] = [];
  const items = ['blocked', 'blocked', 'blocked', 'a', 'b', 'c', 'd'];
  const othersDone = deferred();
  const run = runScheduled(
    items,
    (item) => item,
    { concurrency: 3, perKey: 1 },
    new AbortController().signal,
    async (item) => {
      if (item === 'blocked') await hang.promise;
      finished.push(item);
      if (finished.length === 4) othersDone.resolve();
    },
  );
  await othersDone.promise;
  expect(finished.sort()).toEqual(['a', 'b', 'c', 'd']);
  hang.resolve();
  await run;
  expect(finished.filter((item) => item === 'blocked')).toHaveLength(3);
});

test('tasks not started when the signal fires are skipped', async () => {
  const controller = new AbortController();
  const started: number[] = [];
  await runScheduled(
    [1, 2, 3, 4],
    () => 'one-host',
    { concurrency: 4, perKey: 1 },
    controller.signal,
    async (item) => {
      started.push(item);
      controller.abort();
      await Promise.resolve();
    },
  );
  expect(started).toHaveLength(1);
});

test('shuffled keeps every item exactly once, in a new order', () => {
  const items = Array.from({ length: 100 }, (_, index) => index);
  let seed = 42;
  const seededRandom = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31; // a fixed LCG keeps the test deterministic
    return seed / 2 ** 31;
  };
  const result = shuffled(items, seededRandom);
  expect([...result].sort((a, b) => a - b)).toEqual(items);
  expect(result).not.toEqual(items);
});

test('a run measures its targets in random order, each with all its routes side by side', () => {
  const targets = Array.from({ length: 50 }, (_, index) => `t${index}`);
  const routes = ['direct', 'socks', 'http', 'dns'];
  let seed = 7;
  const seededRandom = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const order = measurementOrder(targets, routes, seededRandom);
  expect(order).toHaveLength(targets.length * routes.length);
  const targetsInOrder = order.filter((_, index) => index % routes.length === 0).map((pair) => pair.target);
  // Every target once, and a new order: a censor's reaction to one does not always land on the same next one.
  expect([...targetsInOrder].sort()).toEqual([...targets].sort());
  expect(targetsInOrder).not.toEqual(targets);
  // A target's routes follow one another, so it is judged (and its evidence let go) soon after it starts.
  targetsInOrder.forEach((target, index) => {
    const block = order.slice(index * routes.length, (index + 1) * routes.length);
    expect(block).toEqual(routes.map((route) => ({ target, route })));
  });
});
