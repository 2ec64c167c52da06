import type { DetailedPeerCertificate } from 'node:tls';
import type { CertificateInfo } from '../../shared/observation.ts';

/**
 * Turns the peer certificate Node reports into plain data, leaf first. Node completes
 * the chain with issuers from the trust store, so a trusted chain ends at its root.
 */
export function certificateChain(leaf: DetailedPeerCertificate): CertificateInfo[] {
  const chain: CertificateInfo[] = [];
  const seen = new Set<string>();
  let current: DetailedPeerCertificate | undefined = leaf;
  // A self-signed certificate is its own issuer: stop at the first repeat.
  while (current !== undefined && isCertificate(current) && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    chain.push(describeCertificate(current));
    current = current.issuerCertificate;
  }
  return chain;
}

/** getPeerCertificate() returns an empty object when the peer sent no certificate. */
export function isCertificate(certificate: DetailedPeerCertificate): boolean {
  return typeof certificate.fingerprint256 === 'string';
}

/**
 * The fingerprint is kept as Node and `openssl x509 -fingerprint -sha256` print it:
 * 32 upper-case hex bytes joined by colons, so users can compare it by eye.
 */
function describeCertificate(certificate: DetailedPeerCertificate): CertificateInfo {
  return {
    subject: distinguishedName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    subjectAltNames: subjectAltNames(certificate.subjectaltname),
    validFrom: isoDate(certificate.valid_from),
    validTo: isoDate(certificate.valid_to),
    serialNumber: certificate.serialNumber,
    fingerprintSha256: certificate.fingerprint256,
  };
}

/**
 * `CN=foo, O=bar` in the order Node gives the attributes, with the characters that are
 * special in that syntax escaped (RFC 4514 §2.4). Repeated attributes appear once each.
 */
function distinguishedName(name: object | undefined): string {
  if (name === undefined) return '';
  const escape = (value: string): string => value.replace(/[,+"\\<>;]/g, '\\$&');
  return Object.entries(name as Record<string, string | string[]>)
    .flatMap(([key, values]) => (Array.isArray(values) ? values : [values]).map((value) => `${key}=${escape(value)}`))
    .join(', ');
}

/**
 * Node's `subjectaltname` is `DNS:a, IP Address:1.2.3.4`, with values that contain
 * separators JSON-quoted (since the fix for CVE-2021-44532). Returned as `DNS:a`,
 * `IP:1.2.3.4`: the prefixes OpenSSL's own configuration syntax uses. IPv6 addresses
 * stay as OpenSSL prints them (`0:0:0:0:0:0:0:1`).
 */
function subjectAltNames(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  const entries = text.matchAll(/([^:,][^:]*?):("(?:[^"\\]|\\.)*"|[^,]*)(?:, |$)/g);
  return [...entries].map(([, kind = '', value = '']) => {
    const plain = value.startsWith('"') ? (JSON.parse(value) as string) : value;
    return `${kind.trim() === 'IP Address' ? 'IP' : kind.trim()}:${plain}`;
  });
}

/** OpenSSL's `Jan  2 03:04:05 2026 GMT` as ISO 8601; kept as given if it does not parse. */
function isoDate(text: string): string {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}
