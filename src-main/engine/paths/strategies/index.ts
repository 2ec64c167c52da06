import type { SplitAt, Strategy } from '../../../shared/path.ts';
import type { Dialer, TlsShaping } from '../dialer.ts';
import { mixHostCase } from './http-hostcase.ts';
import { shapingStream } from './shaping-stream.ts';
import { splitOffsets } from './split-point.ts';
import { cutIntoSegments } from './tcp-split.ts';
import { splitRecord } from './tls-records.ts';

/**
 * Local circumvention strategies as a Dialer over another (the direct route): the
 * transport is `base`'s, and the strategies only change what the probes send through
 * it, by the Dialer's `tls` and `httpHost` hooks. Any subset composes: the ClientHello
 * is first re-framed into records (tls-split), then the result cut into TCP segments
 * (tcp-split); sni-decoy changes the name the TLS client puts in it; http-hostcase the
 * Host header of plain HTTP.
 */
export function strategyDialer(name: string, base: Dialer, strategies: readonly Strategy[]): Dialer {
  const tls = tlsShaping(strategies);
  return {
    name,
    ...(base.resolvesNames === undefined ? {} : { resolvesNames: base.resolvesNames }),
    dialTcp: (request) => base.dialTcp(request),
    openUdp: (request) => base.openUdp(request),
    ...(tls === undefined ? {} : { tls }),
    ...(strategies.some((strategy) => strategy.kind === 'http-hostcase') ? { httpHost: mixHostCase } : {}),
  };
}

/** Where the ClientHello is cut: into records, then (positions in the original message) into segments. */
export interface HelloSplits {
  records: readonly SplitAt[];
  segments: readonly SplitAt[];
}

/**
 * The segments to write for the client's first record: the record re-framed at the
 * record splits, then cut at the segment splits. Every position is resolved against
 * the original ClientHello (see split-point.ts), so a segment split at `sni` cuts the
 * name even after the records around it have moved.
 */
export function shapeClientHello(record: Uint8Array, splits: HelloSplits): Uint8Array[] {
  const reframed = splitRecord(record, splitOffsets(record, splits.records));
  const segmentCuts = splitOffsets(record, splits.segments).map((offset) => reframed.wireOffset(offset));
  return cutIntoSegments(reframed.bytes, segmentCuts);
}

function tlsShaping(strategies: readonly Strategy[]): TlsShaping | undefined {
  const splits: HelloSplits = {
    records: strategies.flatMap((strategy) => (strategy.kind === 'tls-split' ? [strategy.at] : [])),
    segments: strategies.flatMap((strategy) => (strategy.kind === 'tcp-split' ? [strategy.at] : [])),
  };
  // The first decoy wins: one ClientHello carries one name.
  const decoy = strategies.find((strategy) => strategy.kind === 'sni-decoy')?.decoy;
  const reshapes = splits.records.length > 0 || splits.segments.length > 0;
  if (!reshapes && decoy === undefined) return undefined;
  return {
    wrap: (socket) => {
      if (!reshapes) return socket;
      // Without Nagle's algorithm each write leaves at once, as a segment of its own.
      if (splits.segments.length > 0) socket.setNoDelay(true);
      return shapingStream(socket, (record) => shapeClientHello(record, splits));
    },
    // The decoy goes out even for a target without SNI: it is what the route is about.
    ...(decoy === undefined ? {} : { servername: () => decoy }),
  };
}
