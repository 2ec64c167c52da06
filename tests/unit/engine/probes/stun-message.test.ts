import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import {
  decodeBindingResponse,
  decodeStunMessage,
  encodeBindingRequest,
  MAGIC_COOKIE,
  MESSAGE_TYPE,
  newTransactionId,
} from '../../../../src-main/engine/probes/stun-message.ts';

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex');

// RFC 5769 §2.2 and §2.3, byte for byte (their FINGERPRINT and MESSAGE-INTEGRITY check out).
const VECTOR_TRANSACTION = hex('b7e7a701 bc34d686 fa87dfae');
const IPV4_RESPONSE = hex(`
  0101003c 2112a442 b7e7a701 bc34d686 fa87dfae
  8022000b 74657374 20766563 746f7220
  00200008 0001a147 e112a643
  00080014 2b91f599 fd9e90c3 8c7489f9 2af9ba53 f06be7d7
  80280004 c07d4c96`);
const IPV6_RESPONSE = hex(`
  01010048 2112a442 b7e7a701 bc34d686 fa87dfae
  8022000b 74657374 20766563 746f7220
  00200014 0002a147 0113a9fa a5d3f179 bc25f4b5 bed2b9d9
  00080014 a382954e 4be67bf1 1784c97c 8292c275 bfe3ed41
  80280004 c8fb0b4c`);

/** A response to VECTOR_TRANSACTION with the given attributes and no FINGERPRINT. */
function response(type: number, attributes: string): Buffer {
  const body = hex(attributes);
  const header = Buffer.alloc(20);
  header.writeUInt16BE(type, 0);
  header.writeUInt16BE(body.length, 2);
  header.writeUInt32BE(MAGIC_COOKIE, 4);
  VECTOR_TRANSACTION.copy(header, 8);
  return Buffer.concat([header, body]);
}

describe('Binding Request', () => {
  test('round trips through the decoder with its transaction id and a valid FINGERPRINT', () => {
    const transactionId = newTransactionId();
    const request = encodeBindingRequest(transactionId);
    expect(request.length).toBe(28);
    const decoded = decodeStunMessage(request);
    // Decoding succeeds only if the FINGERPRINT is the last attribute and matches.
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.type).toBe(MESSAGE_TYPE.bindingRequest);
    expect(decoded.value.transactionId.equals(transactionId)).toBe(true);
    expect(decoded.value.attributes.map((attribute) => attribute.type)).toEqual([0x8028]);
  });

  test('an independent implementation (@msimerson/stun) accepts it, FINGERPRINT included', () => {
    const library = createRequire(import.meta.url)('@msimerson/stun') as {
      decode(message: Buffer): { type: number; transactionId: Buffer };
      validateFingerprint(message: unknown): boolean;
    };
    const transactionId = newTransactionId();
    const decoded = library.decode(encodeBindingRequest(transactionId));
    expect(decoded.type).toBe(MESSAGE_TYPE.bindingRequest);
    expect(decoded.transactionId.equals(transactionId)).toBe(true);
    expect(library.validateFingerprint(decoded)).toBe(true);
  });

  test('transaction ids are 96 random bits', () => {
    const first = newTransactionId();
    expect(first.length).toBe(12);
    expect(first.equals(newTransactionId())).toBe(false);
  });
});

describe('Binding Response, RFC 5769 vectors', () => {
  test('§2.2 IPv4: XOR-MAPPED-ADDRESS is 192.0.2.1:32853', () => {
    expect(decodeBindingResponse(IPV4_RESPONSE, VECTOR_TRANSACTION)).toEqual({
      ok: true,
      value: { kind: 'success', mappedAddress: { family: 4, address: '192.0.2.1', port: 32853 } },
    });
  });

  test('§2.3 IPv6: XOR-MAPPED-ADDRESS is [2001:db8:1234:5678:11:2233:4455:6677]:32853', () => {
    expect(decodeBindingResponse(IPV6_RESPONSE, VECTOR_TRANSACTION)).toEqual({
      ok: true,
      value: {
        kind: 'success',
        mappedAddress: { family: 6, address: '2001:db8:1234:5678:11:2233:4455:6677', port: 32853 },
      },
    });
  });

  test('a flipped bit anywhere before the FINGERPRINT is caught', () => {
    const tampered = Buffer.from(IPV4_RESPONSE);
    tampered[24] = (tampered[24] ?? 0) ^ 0x01; // inside SOFTWARE
    expect(decodeBindingResponse(tampered, VECTOR_TRANSACTION)).toEqual({ ok: false, rejection: 'bad-fingerprint' });
  });

  test('an answer to another transaction is rejected', () => {
    expect(decodeBindingResponse(IPV4_RESPONSE, newTransactionId())).toEqual({
      ok: false,
      rejection: 'wrong-transaction',
    });
  });
});

describe('Binding Response, other attributes', () => {
  test('falls back to MAPPED-ADDRESS (RFC 3489 servers), not XORed', () => {
    const legacy = response(MESSAGE_TYPE.bindingSuccess, '00010008 00010d96 c0000201');
    expect(decodeBindingResponse(legacy, VECTOR_TRANSACTION)).toEqual({
      ok: true,
      value: { kind: 'success', mappedAddress: { family: 4, address: '192.0.2.1', port: 3478 } },
    });
  });

  test('prefers XOR-MAPPED-ADDRESS over MAPPED-ADDRESS', () => {
    const both = response(MESSAGE_TYPE.bindingSuccess, '00010008 00010d96 0a000001 00200008 0001a147 e112a643');
    const decoded = decodeBindingResponse(both, VECTOR_TRANSACTION);
    expect(decoded.ok && decoded.value.kind === 'success' && decoded.value.mappedAddress?.address).toBe('192.0.2.1');
  });

  test('compresses the longest run of zero groups in IPv6 (RFC 5952)', () => {
    // ::1 XORed with cookie + VECTOR_TRANSACTION
    const loopback = response(MESSAGE_TYPE.bindingSuccess, '00200014 0002a147 2112a442 b7e7a701 bc34d686 fa87dfaf');
    const decoded = decodeBindingResponse(loopback, VECTOR_TRANSACTION);
    expect(decoded.ok && decoded.value.kind === 'success' && decoded.value.mappedAddress?.address).toBe('::1');
  });

  test('a success without a mapped address is still a success', () => {
    expect(decodeBindingResponse(response(MESSAGE_TYPE.bindingSuccess, ''), VECTOR_TRANSACTION)).toEqual({
      ok: true,
      value: { kind: 'success' },
    });
  });

  test('reads ERROR-CODE from an error response', () => {
    // 420 Unknown Attribute: class 4, number 20, 17-byte reason padded to 20
    const error = response(MESSAGE_TYPE.bindingError, '00090015 00000414 556e6b6e 6f776e20 41747472 69627574 65000000');
    expect(decodeBindingResponse(error, VECTOR_TRANSACTION)).toEqual({
      ok: true,
      value: { kind: 'error', code: 420, reason: 'Unknown Attribute' },
    });
  });

  test('an error response without ERROR-CODE is malformed', () => {
    expect(decodeBindingResponse(response(MESSAGE_TYPE.bindingError, ''), VECTOR_TRANSACTION)).toEqual({
      ok: false,
      rejection: 'bad-attribute',
    });
  });

  test('a request is not a response', () => {
    expect(decodeBindingResponse(response(MESSAGE_TYPE.bindingRequest, ''), VECTOR_TRANSACTION)).toEqual({
      ok: false,
      rejection: 'not-binding-response',
    });
  });

  test('an address of unknown family or wrong size is malformed', () => {
    for (const attribute of [
      '00200008 0003a147 e112a643',
      '00200004 0001a147',
      '00200014 0001a147 e112a643 00000000 00000000 00000000',
    ]) {
      expect(decodeBindingResponse(response(MESSAGE_TYPE.bindingSuccess, attribute), VECTOR_TRANSACTION)).toEqual({
        ok: false,
        rejection: 'bad-attribute',
      });
    }
  });
});

describe('garbage and truncation', () => {
  test.each([
    { name: 'empty', datagram: Buffer.alloc(0), rejection: 'too-short' },
    { name: 'a truncated header', datagram: IPV4_RESPONSE.subarray(0, 19), rejection: 'too-short' },
    { name: 'a truncated message', datagram: IPV4_RESPONSE.subarray(0, 76), rejection: 'bad-length' },
    { name: 'trailing bytes', datagram: Buffer.concat([IPV4_RESPONSE, Buffer.alloc(4)]), rejection: 'bad-length' },
    {
      name: 'a DNS query',
      datagram: hex('123401000001000000000000076578616d706c6503636f6d0000010001'),
      rejection: 'bad-cookie',
    },
    { name: 'an HTTP request', datagram: Buffer.from('GET / HTTP/1.1\r\nHost: a\r\n\r\n'), rejection: 'not-stun' },
    {
      name: 'an RFC 3489 message (no cookie)',
      datagram: response(MESSAGE_TYPE.bindingSuccess, '').fill(0, 4, 8),
      rejection: 'bad-cookie',
    },
    {
      name: 'an attribute running past the end',
      datagram: response(MESSAGE_TYPE.bindingSuccess, '00200010 0001a147'),
      rejection: 'bad-attribute',
    },
    {
      name: 'a length not a multiple of 4',
      datagram: response(MESSAGE_TYPE.bindingSuccess, '802200 01 74'),
      rejection: 'bad-length',
    },
    {
      name: 'FINGERPRINT not last',
      datagram: response(MESSAGE_TYPE.bindingSuccess, '80280004 00000000 00010008 00010d96 c0000201'),
      rejection: 'bad-fingerprint',
    },
  ])('$name is rejected as $rejection', ({ datagram, rejection }) => {
    expect(decodeBindingResponse(datagram, VECTOR_TRANSACTION)).toEqual({ ok: false, rejection });
  });

  test('every truncation of a valid response is rejected without throwing', () => {
    for (let length = 0; length < IPV6_RESPONSE.length; length += 1) {
      expect(decodeBindingResponse(IPV6_RESPONSE.subarray(0, length), VECTOR_TRANSACTION).ok).toBe(false);
    }
  });

  test('random bytes never throw', () => {
    for (let round = 0; round < 500; round += 1) {
      const datagram = Buffer.concat([IPV4_RESPONSE.subarray(0, 8), newTransactionId().subarray(0, (round % 12) + 1)]);
      expect(() => decodeBindingResponse(datagram, VECTOR_TRANSACTION)).not.toThrow();
    }
  });
});
