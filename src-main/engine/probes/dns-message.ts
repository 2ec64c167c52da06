import { randomInt } from 'node:crypto';
import * as dnsPacket from 'dns-packet';
import type { DnsAnswer, DnsRecord } from '../../shared/observation.ts';
import type { FailureClass } from '../../shared/failure.ts';
import { isBogon } from '../../shared/bogon.ts';

/**
 * DNS messages (RFC 1035 §4) for the wire and DoH probes: building the query and
 * judging whether a message is the answer to it. Transport is the callers' business.
 */

export type QueryType = 'A' | 'AAAA';

export interface DnsQuery {
  id: number;
  /** The name exactly as sent, letter case included. */
  name: string;
  qtype: QueryType;
}

/** Why a message was not taken as the answer to our query. */
export type Rejection = 'unparsable' | 'not-a-response' | 'wrong-id' | 'wrong-question';

export type ReadResponse =
  { ok: true; answer: Omit<DnsAnswer, 'afterMs'>; caseMismatch: boolean } | { ok: false; rejection: Rejection };

/** A random 16-bit query id (RFC 5452 §4.3: ids must be unpredictable). */
export function randomQueryId(): number {
  return randomInt(0x10000);
}

/**
 * Randomises the letter case of `name` (the 0x20 bit, draft-vixie-dnsext-dns0x20).
 * Resolvers echo the question byte for byte, so a changed case in the answer shows
 * that something on the path rewrote it; many injectors answer with a normalised name.
 */
export function randomiseCase(name: string): string {
  return name.replace(/[a-z]/gi, (letter) => (randomInt(2) === 0 ? letter.toLowerCase() : letter.toUpperCase()));
}

/** A recursive query (RD set) for one name and type. */
export function encodeQuery(query: DnsQuery): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id: query.id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type: query.qtype, name: query.name, class: 'IN' }],
  });
}

/**
 * Decodes `message` and checks it answers `query`: a response with the same id and the
 * same single question (names compared without regard to case, RFC 4343).
 */
export function readResponse(message: Buffer, query: DnsQuery): ReadResponse {
  let decoded: dnsPacket.DecodedPacket & { rcode?: string };
  try {
    decoded = dnsPacket.decode(message);
  } catch {
    return { ok: false, rejection: 'unparsable' };
  }
  if (!decoded.flag_qr) return { ok: false, rejection: 'not-a-response' };
  if (decoded.id !== query.id) return { ok: false, rejection: 'wrong-id' };
  const question = decoded.questions?.length === 1 ? decoded.questions[0] : undefined;
  if (question?.type !== query.qtype || question.name.toLowerCase() !== bareName(query.name).toLowerCase()) {
    return { ok: false, rejection: 'wrong-question' };
  }
  const records = (decoded.answers ?? []).flatMap(recordOf);
  return {
    ok: true,
    answer: { rcode: decoded.rcode ?? 'NOERROR', records },
    caseMismatch: question.name !== bareName(query.name),
  };
}

/**
 * The failure class an answer means, or undefined when it holds an address of the
 * asked type. NXDOMAIN, SERVFAIL and REFUSED follow OONI's dns_* failures; any other
 * error rcode is `unknown` (the caller keeps the rcode in `detail`).
 */
export function answerFailureClass(answer: Omit<DnsAnswer, 'afterMs'>, qtype: QueryType): FailureClass | undefined {
  switch (answer.rcode) {
    case 'NOERROR':
      return answer.records.some((record) => record.type === qtype) ? undefined : 'no-answer';
    case 'NXDOMAIN':
      return 'nxdomain';
    case 'SERVFAIL':
      return 'servfail';
    case 'REFUSED':
      return 'dns-refused';
    default:
      return 'unknown';
  }
}

/** dns-packet decodes names without the trailing dot of the root. */
function bareName(name: string): string {
  return name.endsWith('.') && name.length > 1 ? name.slice(0, -1) : name;
}

function recordOf(record: dnsPacket.Answer): DnsRecord[] {
  // OPT is EDNS(0) signalling (RFC 6891), not data; it belongs in the additional section anyway.
  if (record.type === 'OPT') return [];
  const data = record.data;
  const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('hex') : JSON.stringify(data);
  const isAddress = record.type === 'A' || record.type === 'AAAA';
  return [
    {
      name: record.name,
      type: record.type,
      ttl: record.ttl ?? 0,
      data: text,
      ...(isAddress ? { bogon: isBogon(text) } : {}),
    },
  ];
}
