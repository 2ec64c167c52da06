import { expect, test } from 'vitest';
import { EventChannel } from '../../../src-main/engine/event-channel.ts';

async function collect<T>(channel: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of channel) items.push(item);
  return items;
}

test('delivers items pushed before and after the reader started, in order, then ends', async () => {
  const channel = new EventChannel<number>();
  channel.push(1);
  const reading = collect(channel);
  channel.push(2);
  await Promise.resolve();
  channel.push(3);
  channel.close();
  channel.push(4);
  expect(await reading).toEqual([1, 2, 3]);
});

test('a failure given to close reaches the reader after the queued items', async () => {
  const channel = new EventChannel<string>();
  const seen: string[] = [];
  channel.push('a');
  channel.close({ error: new Error('engine broke') });
  await expect(
    (async () => {
      for await (const item of channel) seen.push(item);
    })(),
  ).rejects.toThrow('engine broke');
  expect(seen).toEqual(['a']);
});
