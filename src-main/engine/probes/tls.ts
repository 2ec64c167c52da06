import { checkServerIdentity, connect, type TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import type { ProbeResult } from '../../shared/observation.ts';
import type { ProbeContext } from './probe-context.ts';
import { roundMs, startDeadline, type Deadline } from '../deadline.ts';
import { errorCode, failureFromError } from '../errors.ts';
import { routeErrorOf } from '../paths/proxy-error.ts';
import { certificateChain, isCertificate } from './tls-certificate.ts';
import { certificateFailure, handshakeFailure, type HandshakeEnd } from './tls-failure.ts';

export interface TlsTarget {
  /** The IP address to connect to. */
  address: string;
  port: number;
  /** The name sent in the ClientHello; null sends none (an IP-literal target). */
  sni: string | null;
  /** ALPN protocols offered; by default what a browser offers. */
  alpn?: string[];
}

const BROWSER_ALPN = ['h2', 'http/1.1'];

/**
 * Dials TCP through the path's dialer, then performs a TLS handshake the way a
 * browser would (SNI, ALPN), recording the chain and timings. The handshake accepts
 * any certificate so the chain of an interceptor is recorded too; an untrusted or
 * wrong certificate is then reported as a `tls` failure (cert-*).
 */
export async function probeTls(target: TlsTarget, ctx: ProbeContext): Promise<ProbeResult<'tls'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const alpnOffered = target.alpn ?? BROWSER_ALPN;
  const shaping = ctx.dialer.tls;
  // A strategy may send another name (sni-decoy); the observation records the one sent,
  // while the certificate is still checked against the target's own name below.
  const sni = shaping?.servername ? shaping.servername(target.sni) : target.sni;
  const base = {
    probe: 'tls' as const,
    startedAt: deadline.startedAt,
    address: target.address,
    port: target.port,
    sni,
    alpnOffered,
    certificates: [],
  };
  let raw: Socket;
  try {
    raw = await ctx.dialer.dialTcp({ host: target.address, port: target.port, signal: deadline.signal });
  } catch (error) {
    const failure = failureFromError('tcp', error, deadline);
    deadline.dispose();
    return { ...base, durationMs: roundMs(deadline.elapsedMs()), failure };
  }
  const connectMs = roundMs(deadline.elapsedMs());
  const tlsStartMs = deadline.elapsedMs();
  const secure = connect({
    // A strategy's stream reshapes the ClientHello on its way to the socket.
    socket: shaping === undefined ? raw : shaping.wrap(raw),
    ALPNProtocols: alpnOffered,
    ...(sni === null ? {} : { servername: sni }),
    // Accept any certificate so its chain is recorded; trust and name are judged below.
    rejectUnauthorized: false,
    // Node folds its own name check into `authorized` (defaulting the name to "localhost"
    // when there is no SNI); we keep trust and name apart.
    checkServerIdentity: () => undefined,
  });
  try {
    const end = await handshake(secure, deadline, tlsStartMs);
    if (end !== undefined) {
      return {
        ...base,
        connectMs,
        durationMs: roundMs(deadline.elapsedMs()),
        failure: handshakeFailure({ ...end, error: routeErrorOf(raw) ?? end.error }, deadline),
      };
    }
    const handshakeMs = roundMs(deadline.elapsedMs() - tlsStartMs);
    const peer = secure.getPeerCertificate(true);
    const nameError = isCertificate(peer) ? checkServerIdentity(target.sni ?? target.address, peer) : undefined;
    const check = {
      trusted: secure.authorized,
      // Typed as Error, but Node sets OpenSSL's code string here (null when trusted).
      ...(secure.authorized ? {} : { trustError: String(secure.authorizationError) }),
      nameMatches: isCertificate(peer) && nameError === undefined,
      ...(nameError === undefined ? {} : { nameError: errorCode(nameError) ?? nameError.message }),
    };
    const failure = certificateFailure(check, handshakeMs);
    const cipher = secure.getCipher();
    return {
      ...base,
      connectMs,
      handshakeMs,
      durationMs: roundMs(deadline.elapsedMs()),
      tlsVersion: secure.getProtocol() ?? undefined,
      cipher: cipher.standardName ?? cipher.name,
      alpn: typeof secure.alpnProtocol === 'string' ? secure.alpnProtocol : null,
      certificates: certificateChain(peer),
      trusted: check.trusted,
      ...(check.trustError === undefined ? {} : { trustError: check.trustError }),
      nameMatches: check.nameMatches,
      ...(failure === undefined ? {} : { failure }),
    };
  } finally {
    secure.destroy();
    raw.destroy();
    deadline.dispose();
  }
}

/**
 * Waits for the handshake: resolves undefined once it completed, or how it ended
 * otherwise (error, FIN, deadline). The FIN is seen as the TLS socket's 'end', which
 * Node emits just before turning it into an ECONNRESET error.
 */
function handshake(secure: TLSSocket, deadline: Deadline, tlsStartMs: number): Promise<HandshakeEnd | undefined> {
  return new Promise((resolve) => {
    let peerClosed = false;
    const ended = (error: unknown): HandshakeEnd => ({
      error,
      peerClosed,
      afterMs: roundMs(deadline.elapsedMs() - tlsStartMs),
    });
    const onAbort = (): void => resolve(ended(deadline.signal.reason));
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    const settle = (outcome: HandshakeEnd | undefined): void => {
      deadline.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    secure.once('end', () => {
      peerClosed = true;
    });
    // Stays attached: the socket is destroyed right after, and a late error must not go unhandled.
    secure.on('error', (error) => settle(ended(error)));
    secure.once('secureConnect', () => settle(undefined));
    if (deadline.signal.aborted) onAbort();
  });
}
