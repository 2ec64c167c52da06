import { createHash } from 'node:crypto';
import type { ProbeResult } from '../../shared/observation.ts';
import type { Failure } from '../../shared/failure.ts';
import type { ProbeContext } from './probe-context.ts';
import { roundMs, startDeadline } from '../deadline.ts';
import { pageTitle } from './html-title.ts';
import { openHttpSession, readBody, type Answered, type HttpSession } from './http-request.ts';

export interface HttpTarget {
  url: string;
  /** The address to connect to for the URL's host (the one the engine measured). */
  address?: string;
  maxRedirects?: number;
  /** How much of the body to keep for the hash and title; reading stops there. */
  bodyCapBytes?: number;
}

const DEFAULT_MAX_REDIRECTS = 10;
const DEFAULT_BODY_CAP_BYTES = 512 * 1024;

type Body = NonNullable<ProbeResult<'http'>['body']>;

/**
 * GETs a URL like a browser (OONI's web_connectivity HTTP step): follows redirects,
 * records status, headers and time to headers, and fingerprints the body (SHA-256 and
 * title of its first `bodyCapBytes`) so it can be compared with a control. Certificates
 * are not judged here (the TLS probe does), so a block page behind an interceptor's
 * certificate is still fetched.
 */
export async function probeHttp(target: HttpTarget, ctx: ProbeContext): Promise<ProbeResult<'http'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const session = openHttpSession(ctx.dialer, deadline, ctx.resolveHost);
  try {
    const answer = await session.get({
      url: target.url,
      ...(target.address === undefined ? {} : { address: target.address }),
      maxRedirects: target.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    });
    const base = {
      probe: 'http' as const,
      startedAt: deadline.startedAt,
      url: target.url,
      finalUrl: answer.finalUrl,
      redirects: answer.redirects,
      headers: answer.headers ?? {},
      ...(answer.status === undefined ? {} : { status: answer.status }),
    };
    if (answer.failure !== undefined) {
      return { ...base, durationMs: roundMs(deadline.elapsedMs()), failure: answer.failure };
    }
    const { body, failure } = await readCapped(
      answer,
      target.bodyCapBytes ?? DEFAULT_BODY_CAP_BYTES,
      session,
      deadline.signal,
    );
    return {
      ...base,
      headersMs: answer.headersMs,
      body,
      durationMs: roundMs(deadline.elapsedMs()),
      ...(failure === undefined ? {} : { failure }),
    };
  } finally {
    await session.close();
    deadline.dispose();
  }
}

/**
 * Reads the body up to the cap and then hangs up, so a 2 GB answer costs about the cap.
 * A body cut short keeps what arrived: bytes against Content-Length shows where it stopped.
 */
async function readCapped(
  answer: Answered,
  cap: number,
  session: HttpSession,
  signal: AbortSignal,
): Promise<{ body: Body; failure?: Failure }> {
  const hash = createHash('sha256');
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let bytes = 0;
  const reading = readBody(answer.body, signal, (chunk) => {
    bytes += chunk.length;
    const part = chunk.subarray(0, cap - keptBytes);
    hash.update(part);
    kept.push(part);
    keptBytes += part.length;
    // Stop at the first byte past the cap: a body of exactly `cap` bytes is not capped.
    return part.length === chunk.length;
  });
  const end = await reading.done;
  const title = pageTitle(Buffer.concat(kept), answer.headers['content-type']);
  const body: Body = {
    bytes,
    capped: end.kind === 'stopped',
    sha256: hash.digest('hex'),
    ...(answer.contentLength === undefined ? {} : { contentLength: answer.contentLength }),
    ...(title === undefined ? {} : { title }),
  };
  if (end.kind !== 'failed') return { body };
  return { body, failure: session.readFailure(end.error, answer) };
}
