import { createServer, type AddressInfo } from 'node:net';
import { connect } from 'node:tls';
import { describe, expect, test } from 'vitest';
import { parseClientHelloSni } from '../../../src-main/engine/tls-client-hello.ts';

/** The first TLS record Node's own client sends, read by a plain TCP server on loopback. */
async function captureClientHello(servername: string | null): Promise<Buffer> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const captured = new Promise<Buffer>((resolve) => {
    server.once('connection', (socket) => {
      let received = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        if (received.length >= 5 && received.length >= 5 + received.readUInt16BE(3)) {
          socket.destroy();
          resolve(received.subarray(0, 5 + received.readUInt16BE(3)));
        }
      });
    });
  });
  const client = connect({ host: '127.0.0.1', port, ...(servername === null ? {} : { servername }) });
  client.on('error', () => undefined);
  try {
    return await captured;
  } finally {
    client.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Re-frames a single-record ClientHello as two records split at `at` bytes of the handshake message. */
function splitIntoTwoRecords(hello: Buffer, at: number): Buffer {
  const message = hello.subarray(5);
  const record = (fragment: Buffer): Buffer =>
    Buffer.concat([Buffer.from([0x16, 0x03, 0x01, fragment.length >> 8, fragment.length & 0xff]), fragment]);
  return Buffer.concat([record(message.subarray(0, at)), record(message.subarray(at))]);
}

describe('parseClientHelloSni', () => {
  test('reads the SNI of a real ClientHello', async () => {
    expect(parseClientHelloSni(await captureClientHello('blocked.detour.test'))).toEqual({
      complete: true,
      sni: 'blocked.detour.test',
    });
  });

  test('gives null for a ClientHello without SNI', async () => {
    expect(parseClientHelloSni(await captureClientHello(null))).toEqual({ complete: true, sni: null });
  });

  test('asks for more bytes on every truncation of the ClientHello', async () => {
    const hello = await captureClientHello('detour.test');
    for (let length = 0; length < hello.length; length += 1) {
      expect(parseClientHelloSni(hello.subarray(0, length)), `first ${length} bytes`).toEqual({ complete: false });
    }
  });

  test('reassembles a ClientHello split over two records, wherever the split falls', async () => {
    const hello = await captureClientHello('detour.test');
    for (const at of [1, 3, 4, 40, hello.length - 10]) {
      expect(parseClientHelloSni(splitIntoTwoRecords(hello, at)), `split at ${at}`).toEqual({
        complete: true,
        sni: 'detour.test',
      });
    }
    const split = splitIntoTwoRecords(hello, 40);
    expect(parseClientHelloSni(split.subarray(0, split.length - 1))).toEqual({ complete: false });
  });

  test('ignores bytes after the ClientHello', async () => {
    const hello = await captureClientHello('detour.test');
    expect(parseClientHelloSni(Buffer.concat([hello, Buffer.from('trailing')]))).toEqual({
      complete: true,
      sni: 'detour.test',
    });
  });

  test('gives null for a stream that is not TLS, from its first byte', () => {
    expect(parseClientHelloSni(Buffer.from('GET / HTTP/1.1\r\nHost: detour.test\r\n\r\n'))).toEqual({
      complete: true,
      sni: null,
    });
    expect(parseClientHelloSni(Buffer.from('G'))).toEqual({ complete: true, sni: null });
    expect(parseClientHelloSni(Buffer.from([0x16, 0x09]))).toEqual({ complete: true, sni: null });
  });

  test('gives null for another handshake message or an empty record', async () => {
    const hello = await captureClientHello('detour.test');
    const serverHello = Buffer.from(hello);
    serverHello[5] = 2;
    expect(parseClientHelloSni(serverHello)).toEqual({ complete: true, sni: null });
    expect(parseClientHelloSni(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x00]))).toEqual({ complete: true, sni: null });
  });

  test('gives null when a length inside the ClientHello overruns it', async () => {
    const hello = await captureClientHello('detour.test');
    // record(5) + handshake header(4) + version(2) + random(32), then the variable-length fields
    const sessionId = 5 + 4 + 2 + 32;
    const cipherSuites = sessionId + 1 + hello[sessionId]!;
    const compression = cipherSuites + 2 + hello.readUInt16BE(cipherSuites);
    const extensions = compression + 1 + hello[compression]!;
    const corrupt = Buffer.from(hello);
    corrupt.writeUInt16BE(hello.length - extensions, extensions); // two bytes longer than what follows
    expect(parseClientHelloSni(corrupt)).toEqual({ complete: true, sni: null });
    corrupt.writeUInt16BE(hello.length - extensions - 2, extensions); // the true length parses again
    expect(parseClientHelloSni(corrupt)).toEqual({ complete: true, sni: 'detour.test' });
  });
});
