import { describe, expect, test } from 'vitest';
import { readFirstRecord, splitRecord } from '../../../../src-main/engine/paths/strategies/tls-records.ts';
import { clientHelloRecord, record } from './client-hello-fixture.ts';

const hello = clientHelloRecord('blocked.detour.test');
const message = hello.subarray(5);

describe('readFirstRecord', () => {
  test('waits for every byte of the first record, then gives it and what follows', () => {
    for (let length = 0; length < hello.length; length += 1) {
      expect(readFirstRecord(hello.subarray(0, length)), `first ${length} bytes`).toEqual({ kind: 'incomplete' });
    }
    const next = Buffer.from([0x17, 0x03, 0x03]);
    const first = readFirstRecord(Buffer.concat([hello, next]));
    expect(first).toEqual({ kind: 'handshake', record: hello, rest: next });
  });

  test('leaves alone what is not a TLS handshake record, from the first byte that tells', () => {
    expect(readFirstRecord(Buffer.from('GET / HTTP/1.1\r\n'))).toEqual({ kind: 'not-handshake' });
    expect(readFirstRecord(Buffer.from([0x17, 0x03, 0x03, 0x00, 0x01, 0x00]))).toEqual({ kind: 'not-handshake' });
    expect(readFirstRecord(Buffer.from([0x16, 0x09]))).toEqual({ kind: 'not-handshake' });
    expect(readFirstRecord(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x00]))).toEqual({ kind: 'not-handshake' });
    expect(readFirstRecord(Buffer.from([0x16, 0x03, 0x01, 0x40, 0x01]))).toEqual({ kind: 'not-handshake' });
  });
});

describe('splitRecord', () => {
  test('frames the fragment as one record per piece, each with the original header bytes', () => {
    const { bytes } = splitRecord(record(message, [3, 3]), [10, 100]);
    expect(bytes.length).toBe(hello.length + 2 * 5);
    const view = Buffer.from(bytes);
    expect(view.subarray(0, 5)).toEqual(Buffer.from([0x16, 0x03, 0x03, 0x00, 10]));
    expect(view.subarray(5, 15)).toEqual(message.subarray(0, 10));
    expect(view.subarray(15, 20)).toEqual(Buffer.from([0x16, 0x03, 0x03, 0x00, 90]));
    expect(view.subarray(20, 110)).toEqual(message.subarray(10, 100));
    const last = message.length - 100;
    expect(view.subarray(110, 115)).toEqual(Buffer.from([0x16, 0x03, 0x03, last >> 8, last & 0xff]));
    expect(view.subarray(115)).toEqual(message.subarray(100));
  });

  test('without cuts the record is unchanged', () => {
    expect(Buffer.from(splitRecord(hello, []).bytes)).toEqual(hello);
  });

  test('maps message offsets to the wire: past one header per record before, onto a header at a cut', () => {
    const { bytes, wireOffset } = splitRecord(hello, [50]);
    expect(wireOffset(0)).toBe(5);
    expect(wireOffset(49)).toBe(54);
    expect(wireOffset(50)).toBe(55); // the second record's header
    expect(bytes[wireOffset(50)]).toBe(0x16);
    expect(wireOffset(51)).toBe(61);
    for (const offset of [0, 10, 49, 51, 200]) expect(bytes[wireOffset(offset)]).toBe(message[offset]);
    expect(splitRecord(hello, []).wireOffset(7)).toBe(12);
  });
});
