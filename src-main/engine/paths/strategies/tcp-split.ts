import type { Socket } from 'node:net';

/**
 * The ClientHello written as several TCP segments, for middleboxes that look for the
 * SNI in one packet without reassembling the stream (GoodbyeDPI `-e`, zapret
 * `--dpi-desync=multisplit` / tpws `--split-pos`).
 *
 * A socket gives no guarantee that separate writes leave as separate segments. As
 * zapret's tpws documentation puts it, with TCP_NODELAY set and an empty send buffer
 * the system sends each write at once; a write made while earlier data still waits in
 * the buffer is coalesced with it. So each piece is written only once the previous
 * one has been taken by the kernel (its write callback), and one event-loop turn later,
 * with an I/O poll between: by then Nagle-free TCP has sent it, and a receiver on this
 * machine (the lab's censors) has had its chance to read it on its own, as a DPI box
 * on the path sees it as a packet of its own.
 */

/** Cuts `bytes` at `offsets` (ascending, distinct); offsets outside (0, length) are ignored. */
export function cutIntoSegments(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const inside = offsets.filter((offset) => offset > 0 && offset < bytes.length);
  const bounds = [0, ...inside, bytes.length];
  return bounds.slice(1).map((end, index) => bytes.subarray(bounds[index], end));
}

/**
 * Writes `segments` one after another, each in its own write once the previous has
 * gone out. Resolves when the last has been written; rejects with the socket's write
 * error. Stops early, without error, once `wanted()` turns false (the stream was
 * destroyed while it waited).
 */
export async function writeSegments(
  socket: Socket,
  segments: readonly Uint8Array[],
  wanted: () => boolean,
): Promise<void> {
  for (const [index, segment] of segments.entries()) {
    if (index > 0) {
      await afterIoPoll();
      if (!wanted()) return;
    }
    await written(socket, segment);
  }
}

function written(socket: Socket, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Resolves after the event loop has run an I/O poll phase. An immediate runs in the
 * loop's next check phase, which may come right after the current poll phase with no
 * poll in between; a second immediate, queued from the first, runs a whole iteration
 * later, and every iteration polls for I/O before its check phase.
 */
function afterIoPoll(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
