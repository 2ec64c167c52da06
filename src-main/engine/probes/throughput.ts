import type { ProbeResult } from '../../shared/observation.ts';
import type { Failure } from '../../shared/failure.ts';
import type { ProbeContext } from './probe-context.ts';
import { roundMs, startDeadline, type Deadline } from '../deadline.ts';
import { openHttpSession, readBody, type Answered, type HttpSession } from './http-request.ts';

export interface ThroughputTarget {
  url: string;
  /** The address to connect to for the URL's host (the one the engine measured). */
  address?: string;
  /** Stop after this many bytes (a success). */
  maxBytes?: number;
  /** Stop this long after the response headers (a success). */
  maxMs?: number;
  /** No data for this long before the end is a stall. */
  stallMs?: number;
  sampleEveryMs?: number;
}

type Limits = Required<Omit<ThroughputTarget, 'url' | 'address'>>;

const DEFAULTS: Limits = { maxBytes: 8 * 1024 * 1024, maxMs: 4000, stallMs: 2000, sampleEveryMs: 250 };
const MAX_REDIRECTS = 10;

type Sample = ProbeResult<'throughput'>['samples'][number];

interface Transfer {
  bytes: number;
  bytesPerSecond: number;
  samples: Sample[];
  stalledAtBytes?: number;
  failure?: Failure;
}

/**
 * Downloads a URL for a few seconds, counting bytes as they arrive (and keeping none),
 * to tell throttling apart from blocking: a censor that slows a flow shows as a low
 * rate, one that freezes it after ~16 KB (reported in Russia for foreign hosting) as a stall.
 * Reaching maxMs or maxBytes is a success.
 */
export async function probeThroughput(target: ThroughputTarget, ctx: ProbeContext): Promise<ProbeResult<'throughput'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const session = openHttpSession(ctx.dialer, deadline, ctx.resolveHost);
  const base = { probe: 'throughput' as const, startedAt: deadline.startedAt, url: target.url };
  try {
    const answer = await session.get({
      url: target.url,
      ...(target.address === undefined ? {} : { address: target.address }),
      maxRedirects: MAX_REDIRECTS,
    });
    if (answer.failure !== undefined) {
      const durationMs = roundMs(deadline.elapsedMs());
      return { ...base, bytes: 0, bytesPerSecond: 0, samples: [], durationMs, failure: answer.failure };
    }
    // Options the caller left out keep their default (exactOptionalPropertyTypes: never undefined).
    const transfer = await measure(answer, { ...DEFAULTS, ...target }, session, deadline);
    return { ...base, ...transfer, durationMs: roundMs(deadline.elapsedMs()) };
  } finally {
    await session.close();
    deadline.dispose();
  }
}

/**
 * Times are taken at chunk arrival and measured from the response headers (the first
 * response byte). Timers only decide when to stop (maxMs, stall), never what is measured.
 */
async function measure(answer: Answered, limits: Limits, session: HttpSession, deadline: Deadline): Promise<Transfer> {
  const sinceHeaders = (): number => deadline.elapsedMs() - answer.headersAtMs;
  const sampler = cumulativeSampler(limits.sampleEveryMs);
  let lastChunkMs = 0;
  let stalled = false;
  const stallTimer = setTimeout(() => {
    stalled = true;
    reading.stop();
  }, limits.stallMs);
  const maxTimer = setTimeout(() => reading.stop(), limits.maxMs);
  const reading = readBody(answer.body, deadline.signal, (chunk) => {
    lastChunkMs = sinceHeaders();
    sampler.add(chunk.length, lastChunkMs);
    stallTimer.refresh();
    return sampler.total() < limits.maxBytes;
  });
  const end = await reading.done;
  clearTimeout(stallTimer);
  clearTimeout(maxTimer);
  const bytes = sampler.total();
  const transfer = {
    bytes,
    // From the headers to the last byte; at least 1 ms, for a body that came in one piece.
    bytesPerSecond: Math.round((bytes * 1000) / Math.max(lastChunkMs, 1)),
    samples: sampler.finish(sinceHeaders()),
  };
  if (end.kind === 'failed') {
    return { ...transfer, failure: session.readFailure(end.error, answer) };
  }
  if (!stalled) return transfer;
  const failure: Failure = { stage: 'read', class: 'stall', afterMs: roundMs(deadline.elapsedMs()) };
  return { ...transfer, stalledAtBytes: bytes, failure };
}

/**
 * Cumulative bytes at every multiple of `everyMs`, from chunk arrival times: the
 * sample at T counts the bytes that had arrived by T. A last sample marks the end.
 */
function cumulativeSampler(everyMs: number): {
  add(bytes: number, atMs: number): void;
  total(): number;
  finish(atMs: number): Sample[];
} {
  const samples: Sample[] = [];
  let total = 0;
  let nextAtMs = everyMs;
  const catchUp = (atMs: number): void => {
    for (; nextAtMs < atMs; nextAtMs += everyMs) samples.push({ atMs: roundMs(nextAtMs), bytes: total });
  };
  return {
    add: (bytes, atMs) => {
      catchUp(atMs);
      total += bytes;
    },
    total: () => total,
    finish: (atMs) => {
      catchUp(atMs);
      // The end can round to the time of the last interval sample: then that sample is the end.
      const end = { atMs: roundMs(atMs), bytes: total };
      if (samples.at(-1)?.atMs === end.atMs) samples[samples.length - 1] = end;
      else samples.push(end);
      return samples;
    },
  };
}
