import { describe, expect, test } from 'vitest';
import { shapeClientHello, strategyDialer } from '../../../../src-main/engine/paths/strategies/index.ts';
import { mixHostCase } from '../../../../src-main/engine/paths/strategies/http-hostcase.ts';
import { directDialer } from '../../../../src-main/engine/paths/direct.ts';
import { parseClientHelloSni } from '../../../../src-main/engine/tls-client-hello.ts';
import { clientHelloRecord } from './client-hello-fixture.ts';

const NAME = 'blocked.detour.test';
const hello = clientHelloRecord(NAME);

/** The TLS records in `bytes`, as [header, fragment] pairs. */
function records(bytes: Buffer): [Buffer, Buffer][] {
  const found: [Buffer, Buffer][] = [];
  for (let at = 0; at < bytes.length;) {
    const end = at + 5 + bytes.readUInt16BE(at + 3);
    found.push([bytes.subarray(at, at + 5), bytes.subarray(at + 5, end)]);
    at = end;
  }
  return found;
}

const joined = (segments: Uint8Array[]): Buffer => Buffer.concat(segments);

describe('shapeClientHello', () => {
  test('tls-split: one segment of records whose fragments rejoin into the very same message', () => {
    const segments = shapeClientHello(hello, { records: ['sni'], segments: [] });
    expect(segments).toHaveLength(1);
    const framed = records(joined(segments));
    expect(framed).toHaveLength(2);
    expect(Buffer.concat(framed.map(([, fragment]) => fragment))).toEqual(hello.subarray(5));
    for (const [, fragment] of framed) expect(fragment.includes(NAME)).toBe(false);
    expect(parseClientHelloSni(joined(segments))).toEqual({ complete: true, sni: NAME });
  });

  test('tcp-split: the record unchanged, in segments cut inside the name', () => {
    const segments = shapeClientHello(hello, { records: [], segments: ['sni', 1] });
    expect(segments.map((segment) => segment.length).slice(0, 1)).toEqual([6]);
    expect(segments).toHaveLength(3);
    expect(joined(segments)).toEqual(hello);
    for (const segment of segments) expect(Buffer.from(segment).includes(NAME)).toBe(false);
  });

  test('both: records first, then segments; a segment cut at a record cut falls on the record boundary', () => {
    const segments = shapeClientHello(hello, { records: ['sni'], segments: ['sni'] });
    expect(segments).toHaveLength(2);
    expect(records(joined(segments))).toHaveLength(2);
    const [first, second] = segments.map((segment) => Buffer.from(segment));
    expect(records(first ?? Buffer.alloc(0))).toHaveLength(1);
    expect(second?.[0]).toBe(0x16);
  });

  test('without SNI both fall back to a cut after the first byte of the message', () => {
    const bare = clientHelloRecord(null);
    const segments = shapeClientHello(bare, { records: ['sni'], segments: ['sni'] });
    expect(segments.map((segment) => segment.length)).toEqual([6, bare.length - 1]);
    expect(records(joined(segments)).map(([, fragment]) => fragment.length)).toEqual([1, bare.length - 6]);
  });
});

describe('strategyDialer', () => {
  test('fills in only the hooks its strategies need, over the base transport', () => {
    const base = directDialer();
    const hostcase = strategyDialer('hostcase', base, [{ kind: 'http-hostcase' }]);
    expect(hostcase.name).toBe('hostcase');
    expect(hostcase.tls).toBeUndefined();
    expect(hostcase.httpHost?.('blocked.detour.test')).toBe(mixHostCase('blocked.detour.test'));

    const decoy = strategyDialer('decoy', base, [{ kind: 'sni-decoy', decoy: 'decoy.example' }]);
    expect(decoy.httpHost).toBeUndefined();
    expect(decoy.tls?.servername?.(NAME)).toBe('decoy.example');
    expect(decoy.tls?.servername?.(null)).toBe('decoy.example');

    const split = strategyDialer('split', base, [{ kind: 'tls-split', at: 'sni' }]);
    expect(Object.keys(split.tls ?? {})).toEqual(['wrap']);
  });
});
