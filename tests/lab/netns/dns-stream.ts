import type { Socket } from 'node:net';

/** DNS over TCP: each message preceded by its length in two bytes (RFC 1035 §4.2.2, RFC 7766). */

export function frame(message: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(message.length);
  return Buffer.concat([length, message]);
}

/** Calls `onMessage` with each message read from `socket`, however its bytes are chunked. */
export function readMessages(socket: Socket, onMessage: (message: Buffer) => void): void {
  let buffered = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
      const end = 2 + buffered.readUInt16BE(0);
      onMessage(buffered.subarray(2, end));
      buffered = buffered.subarray(end);
    }
  });
}
