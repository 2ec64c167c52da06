import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { request } from 'undici';
import type { Failure, Stage } from '../../shared/failure.ts';
import type { DnsAnswer, ProbeResult } from '../../shared/observation.ts';
import type { Dialer } from '../paths/dialer.ts';
import type { ProbeContext } from './probe-context.ts';
import { scrubUrlSecrets, splitUrlText, type SplitUrl } from '../../shared/url-secrets.ts';
import type { DnsQuery, QueryType } from './dns-message.ts';
import { splitUserInfo } from '../basic-auth.ts';
import { dispatcherForDialer } from '../paths/undici-dispatcher.ts';
import { roundMs, startDeadline, type Deadline } from '../deadline.ts';
import { errorCode, failureFromError } from '../errors.ts';
import { answerFailureClass, encodeQuery, readResponse } from './dns-message.ts';
import { firstSystemAddress } from './dns-system.ts';
import { certificateFailure, handshakeFailure, type CertificateCheck } from './tls-failure.ts';

/**
 * DNS over HTTPS (RFC 8484): one POST of a wire-format query. Unlike the HTTP probe,
 * the server's certificate must verify: an answer from a server that cannot prove who
 * it is proves nothing, so an intercepted DoH connection fails at the `tls` stage.
 */

export interface DohQuery {
  name: string;
  qtype: QueryType;
  /**
   * The DoH endpoint, for example `https://dns.example/dns-query`, with any key it
   * needs: the observation records it masked (url-secrets.ts).
   */
  url: string;
}

/** DNS messages are at most 65535 bytes (RFC 8484 §6 keeps the wire format); a larger body is not one. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** OpenSSL's verification errors that mean "no trusted chain" (Node puts them in `code`). */
const TRUST_ERRORS = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
]);

export async function probeDoh(query: DohQuery, ctx: ProbeContext): Promise<ProbeResult<'doh'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  // RFC 8484 §4.1: id 0, so identical queries are identical requests (cache friendly).
  const dnsQuery: DnsQuery = { id: 0, name: query.name, qtype: query.qtype };
  let httpStatus: number | undefined;
  let answer: DnsAnswer | undefined;
  const secrets = splitUrlText(query.url);
  const result = (failure?: Failure): ProbeResult<'doh'> => ({
    probe: 'doh',
    startedAt: deadline.startedAt,
    durationMs: roundMs(deadline.elapsedMs()),
    url: secrets.shown,
    name: query.name,
    qtype: query.qtype,
    ...(httpStatus === undefined ? {} : { httpStatus }),
    ...(answer === undefined ? {} : { answer }),
    // An error's message may quote the URL it was asked: never with its key.
    ...(failure === undefined ? {} : { failure: withoutSecrets(failure, secrets) }),
  });

  // The stage a failure belongs to, advanced as the connection is made (an object: the
  // callbacks below move it on where the compiler's narrowing cannot see).
  const progress: { stage: Stage } = { stage: 'dns' };
  const secure = query.url.toLowerCase().startsWith('https:');
  // Every connection dialed, so the probe can wait until each is closed, including one
  // whose handshake failed (the dispatcher destroys it without waiting).
  const connections: { socket: Socket; closed: Promise<unknown> }[] = [];
  // undici reports a FIN and an RST alike (UND_ERR_SOCKET); the socket itself tells them apart.
  let peerReset = false;
  const stagedDialer: Dialer = {
    ...ctx.dialer,
    dialTcp: async (dialRequest) => {
      progress.stage = 'tcp';
      const socket = await ctx.dialer.dialTcp(dialRequest);
      connections.push({ socket, closed: new Promise((resolve) => socket.once('close', resolve)) });
      socket.on('error', (error) => {
        peerReset ||= errorCode(error) === 'ECONNRESET';
      });
      progress.stage = secure ? 'tls' : 'http';
      return socket;
    },
  };
  const agent = dispatcherForDialer(stagedDialer, {
    signal: deadline.signal,
    rejectUnauthorized: true,
    resolve: async (hostname, signal) => {
      progress.stage = 'dns';
      return firstSystemAddress(hostname, signal);
    },
  });
  // The query leaves once the connection is up: answers are timed from there.
  let sentAtMs = 0;
  agent.on('connect', () => {
    progress.stage = 'http';
    sentAtMs = deadline.elapsedMs();
  });

  try {
    const { url, authorization } = splitUserInfo(new URL(query.url));
    const response = await request(url, {
      dispatcher: agent,
      method: 'POST',
      headers: {
        'content-type': 'application/dns-message',
        accept: 'application/dns-message',
        ...(authorization === undefined ? {} : { authorization }),
      },
      body: encodeQuery(dnsQuery),
      signal: deadline.signal,
    });
    httpStatus = response.statusCode;
    if (httpStatus !== 200) {
      response.body.on('error', () => undefined).destroy();
      return result({
        stage: 'http',
        class: 'http-protocol',
        detail: `status ${httpStatus}`,
        afterMs: elapsed(deadline),
      });
    }
    progress.stage = 'read';
    const body = await readCapped(response.body, MAX_RESPONSE_BYTES);
    if (body === null) return result(malformed(`body-over-${MAX_RESPONSE_BYTES}-bytes`, deadline));
    const read = readResponse(body, dnsQuery);
    if (!read.ok) return result(malformed(read.rejection, deadline));
    answer = { afterMs: roundMs(deadline.elapsedMs() - sentAtMs), ...read.answer };
    const failureClass = answerFailureClass(answer, query.qtype);
    if (failureClass === undefined) return result();
    const detail = failureClass === 'unknown' ? { detail: answer.rcode } : {};
    return result({ stage: 'dns', class: failureClass, ...detail, afterMs: answer.afterMs });
  } catch (error) {
    const { stage } = progress;
    if (stage === 'tls') return result(tlsFailure(error, deadline));
    const failure = failureFromError(stage, error, deadline);
    const closedByPeer = failure.class === 'reset' && errorCode(error) === 'UND_ERR_SOCKET' && !peerReset;
    return result(closedByPeer ? { ...failure, class: 'eof' } : failure);
  } finally {
    await agent.destroy();
    for (const { socket } of connections) socket.destroy();
    await Promise.all(connections.map(({ closed }) => closed));
    deadline.dispose();
  }
}

function withoutSecrets(failure: Failure, secrets: SplitUrl): Failure {
  return failure.detail === undefined || !secrets.hasSecret
    ? failure
    : { ...failure, detail: scrubUrlSecrets(failure.detail, secrets) };
}

function elapsed(deadline: Deadline): number {
  return roundMs(deadline.elapsedMs());
}

function malformed(detail: string, deadline: Deadline): Failure {
  return { stage: 'dns', class: 'dns-malformed', detail, afterMs: elapsed(deadline) };
}

/** The body, or null when it is larger than `cap` (reading stops there). */
async function readCapped(body: Readable, cap: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > cap) return null; // leaving the loop destroys the body
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** A refused certificate is told apart from a handshake cut off by a middlebox. */
function tlsFailure(error: unknown, deadline: Deadline): Failure {
  const afterMs = elapsed(deadline);
  const code = errorCode(error) ?? '';
  const check: CertificateCheck | undefined =
    code === 'ERR_TLS_CERT_ALTNAME_INVALID'
      ? { trusted: true, nameMatches: false, nameError: code }
      : TRUST_ERRORS.has(code)
        ? { trusted: false, trustError: code, nameMatches: true }
        : undefined;
  const refused = deadline.expiredBy() === null && check !== undefined ? certificateFailure(check, afterMs) : undefined;
  return refused ?? handshakeFailure({ error, peerClosed: false, afterMs }, deadline);
}
