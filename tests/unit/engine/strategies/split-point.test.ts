import { describe, expect, test } from 'vitest';
import { midHostName, splitOffsets } from '../../../../src-main/engine/paths/strategies/split-point.ts';
import { clientHelloRecord, NAME_OFFSET, record } from './client-hello-fixture.ts';

const NAME = 'blocked.detour.test';

describe('midHostName', () => {
  test('is the middle of the host name, in message offsets', () => {
    const mid = midHostName(clientHelloRecord(NAME));
    expect(mid).toBe(NAME_OFFSET + Math.floor(NAME.length / 2));
  });

  test('finds the name in its extension, not where the same letters appear in the random bytes', () => {
    const sessionId = Buffer.alloc(32, 0xbb);
    Buffer.from(`\0\0${String.fromCharCode(NAME.length)}${NAME}`).copy(sessionId);
    const hello = clientHelloRecord(NAME, { sessionId });
    expect(hello.indexOf(NAME)).toBeLessThan(5 + NAME_OFFSET);
    expect(midHostName(hello)).toBe(NAME_OFFSET + Math.floor(NAME.length / 2));
  });

  test('is undefined without SNI, for another handshake message, and for a ClientHello longer than its record', () => {
    expect(midHostName(clientHelloRecord(null))).toBeUndefined();
    const serverHello = Buffer.from(clientHelloRecord(NAME));
    serverHello[5] = 2;
    expect(midHostName(serverHello)).toBeUndefined();
    const message = clientHelloRecord(NAME).subarray(5);
    expect(midHostName(record(message.subarray(0, message.length - 1)))).toBeUndefined();
  });
});

describe('splitOffsets', () => {
  const hello = clientHelloRecord(NAME);
  const length = hello.length - 5;

  test('cuts at the SNI so that neither side holds the whole name', () => {
    const [cut] = splitOffsets(hello, ['sni']);
    const message = hello.subarray(5);
    expect(message.subarray(0, cut).includes(NAME)).toBe(false);
    expect(message.subarray(cut).includes(NAME)).toBe(false);
    expect(message.includes(NAME)).toBe(true);
  });

  test('falls back to byte 1, as zapret does, when there is no name to split', () => {
    expect(splitOffsets(clientHelloRecord(null), ['sni'])).toEqual([1]);
    expect(splitOffsets(record(hello.subarray(5, 60)), ['sni', 30])).toEqual([1, 30]);
  });

  test('sorts, removes duplicates and clamps fixed offsets inside the message', () => {
    expect(splitOffsets(hello, [100, 20, 100])).toEqual([20, 100]);
    expect(splitOffsets(hello, [16_384])).toEqual([length - 1]);
  });

  test('gives no cut in a one-byte fragment', () => {
    expect(splitOffsets(record(Buffer.from([0x01])), ['sni', 5])).toEqual([]);
  });
});
