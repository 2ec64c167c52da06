import type { Deadline } from '../deadline.ts';
import type { Failure } from '../../shared/failure.ts';
import { errorCode, failureFromError } from '../errors.ts';
import { ROUTE_FAILURE_CLASSES } from '../../core/judge/route-health.ts';

/**
 * Classifies how a TLS handshake ended, for the `tls` stage. `afterMs` is measured
 * from the ClientHello (the start of the stage), so a verdict can compare how soon a
 * reset came with the TCP connect time: an injected reset arrives within about one RTT.
 */

/** TLS alert descriptions (RFC 8446 §6, RFC 7301 §3.2), for a readable `detail`. */
const ALERT_NAMES: Readonly<Record<number, string>> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  22: 'record_overflow',
  40: 'handshake_failure',
  42: 'bad_certificate',
  43: 'unsupported_certificate',
  44: 'certificate_revoked',
  45: 'certificate_expired',
  46: 'certificate_unknown',
  47: 'illegal_parameter',
  48: 'unknown_ca',
  49: 'access_denied',
  50: 'decode_error',
  51: 'decrypt_error',
  70: 'protocol_version',
  71: 'insufficient_security',
  80: 'internal_error',
  86: 'inappropriate_fallback',
  90: 'user_canceled',
  109: 'missing_extension',
  110: 'unsupported_extension',
  112: 'unrecognized_name',
  113: 'bad_certificate_status_response',
  115: 'unknown_psk_identity',
  116: 'certificate_required',
  120: 'no_application_protocol',
};

export interface HandshakeEnd {
  error: unknown;
  /** The peer closed its side (FIN) before the handshake finished. */
  peerClosed: boolean;
  /** Milliseconds since the ClientHello. */
  afterMs: number;
}

/**
 * Node reports a FIN and an RST before the handshake alike, as ECONNRESET ("Client
 * network socket disconnected…"), so the caller watches for the FIN itself. OONI
 * calls the first eof_error and the second connection_reset; censors use both.
 */
export function handshakeFailure({ error, peerClosed, afterMs }: HandshakeEnd, deadline: Deadline): Failure {
  const generic = failureFromError('tls', error, deadline);
  if (generic.class === 'timeout' || generic.class === 'cancelled') return { ...generic, afterMs };
  // The route failed under the handshake (a key's server reset it): the route's, not the site's.
  if (ROUTE_FAILURE_CLASSES.has(generic.class)) return { ...generic, afterMs };
  // What OpenSSL read (an alert, garbage) says more than the FIN that may have followed it.
  const alert = receivedAlert(error);
  if (alert !== undefined) return { stage: 'tls', class: 'tls-alert', detail: alert, afterMs };
  const code = errorCode(error);
  if (code?.startsWith('ERR_SSL_') === true) return { stage: 'tls', class: 'tls-protocol', detail: code, afterMs };
  if (peerClosed) return { stage: 'tls', class: 'eof', afterMs };
  return { ...generic, afterMs };
}

/**
 * `alert 40 (handshake_failure)` when the peer sent an alert. OpenSSL appends
 * "SSL alert number N" to the message of every alert it receives.
 */
function receivedAlert(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const number = /SSL alert number (\d+)/.exec(message)?.[1];
  if (number !== undefined) {
    const name = ALERT_NAMES[Number(number)];
    return name === undefined ? `alert ${number}` : `alert ${number} (${name})`;
  }
  const code = errorCode(error);
  return code !== undefined && /^ERR_SSL_.*_ALERT_/.test(code) ? code : undefined;
}

export interface CertificateCheck {
  trusted: boolean;
  trustError?: string;
  nameMatches: boolean;
  /** Code of the name check's error, for example ERR_TLS_CERT_ALTNAME_INVALID. */
  nameError?: string;
}

const EXPIRY_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/**
 * The probe completes handshakes with any certificate so it can record the chain, but a
 * certificate a browser would refuse still makes the TLS stage fail. An untrusted chain
 * is reported before a name mismatch: it is the stronger sign of interception.
 */
export function certificateFailure(check: CertificateCheck, afterMs: number): Failure | undefined {
  if (!check.trusted) {
    const expired = check.trustError !== undefined && EXPIRY_ERRORS.has(check.trustError);
    return {
      stage: 'tls',
      class: expired ? 'cert-expired' : 'cert-untrusted',
      ...(check.trustError === undefined ? {} : { detail: check.trustError }),
      afterMs,
    };
  }
  if (!check.nameMatches) {
    return {
      stage: 'tls',
      class: 'cert-name-mismatch',
      ...(check.nameError === undefined ? {} : { detail: check.nameError }),
      afterMs,
    };
  }
  return undefined;
}
