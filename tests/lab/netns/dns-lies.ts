import * as dnsPacket from 'dns-packet';
import { z } from 'zod';
import { BOGON_ANSWER, SERVICES } from './inventory.ts';
import type { CensorRule } from './scenario.ts';

/**
 * The censor's lies about names: which names get which forged answer, and the DNS
 * messages that carry them (RFC 1035 §4.1). Used by censor.ts to build the table and
 * by router-dns.ts to answer from it.
 */

const lieSchema = z.discriminatedUnion('kind', [
  /**
   * An A (or AAAA, for an IPv6 address) record with `address`; the other family gets
   * NOERROR without records. `thenTheTruth`: the honest resolver's answer follows the
   * forged one, as when an on-path injector races the real resolver.
   */
  z.object({ kind: z.literal('address'), address: z.string().min(1), thenTheTruth: z.boolean() }),
  z.object({ kind: z.literal('nxdomain') }),
]);
export type Lie = z.infer<typeof lieSchema>;

/** Lies by lowercase name, without the final dot. */
export type LieTable = ReadonlyMap<string, Lie>;

const lieTableSchema = z.array(z.tuple([z.string(), lieSchema]));

/** The lies the DNS rules among `rules` tell; a name in several rules gets the last one's. */
export function lieTable(rules: readonly CensorRule[]): LieTable {
  return new Map(
    rules.flatMap((rule) => {
      const told = lieOf(rule);
      return told === undefined ? [] : told.names.map((name): [string, Lie] => [canonicalName(name), told.lie]);
    }),
  );
}

function lieOf(rule: CensorRule): { names: readonly string[]; lie: Lie } | undefined {
  const address = (forged: string, thenTheTruth = false): Lie => ({ kind: 'address', address: forged, thenTheTruth });
  switch (rule.kind) {
    case 'dns-forge':
      return { names: rule.names, lie: address(rule.address ?? SERVICES.sinkhole) };
    case 'dns-bogon':
      return { names: rule.names, lie: address(BOGON_ANSWER) };
    case 'dns-nxdomain':
      return { names: rule.names, lie: { kind: 'nxdomain' } };
    case 'dns-inject':
      return { names: rule.names, lie: address(rule.address ?? SERVICES.sinkhole, true) };
    default:
      return undefined;
  }
}

/** The table as a command-line argument for router-dns.ts. */
export function serializeLies(table: LieTable): string {
  return JSON.stringify([...table]);
}

export function parseLies(json: string): LieTable {
  return new Map(lieTableSchema.parse(JSON.parse(json)));
}

/**
 * Names compare case-insensitively (RFC 1035 §2.3.3), which a client's 0x20 mixed
 * case (draft-vixie-dnsext-dns0x20) relies on.
 */
function canonicalName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** What the router does with one query. */
export interface QueryPlan {
  /** Sent at once. */
  forged?: Buffer;
  /** The query goes to the honest resolver and its answer back to the client (after `forged`, when both). */
  relay: boolean;
}

/** A query the router cannot read, or has no lie for, is relayed as it came. */
export function planQuery(query: Buffer, lies: LieTable): QueryPlan {
  let packet: dnsPacket.DecodedPacket;
  try {
    packet = dnsPacket.decode(query);
  } catch {
    return { relay: true };
  }
  const question = packet.questions?.[0];
  const lie = question === undefined ? undefined : lies.get(canonicalName(question.name));
  if (question === undefined || lie === undefined) return { relay: true };
  return { forged: forgedReply(packet, question, lie), relay: lie.kind === 'address' && lie.thenTheTruth };
}

/** How long after a forged reply an injected lie's honest answer may follow (router-dns.ts). */
export const INJECTED_TRUTH_AFTER_MS = 50;

const RCODE_NXDOMAIN = 3;

/** The reply echoes the query's id, its recursion-desired flag and its question, in the case it was asked. */
function forgedReply(query: dnsPacket.DecodedPacket, question: dnsPacket.Question, lie: Lie): Buffer {
  const recursionDesired = (query.flags ?? 0) & dnsPacket.RECURSION_DESIRED;
  const rcode = lie.kind === 'nxdomain' ? RCODE_NXDOMAIN : 0;
  const answers: dnsPacket.Answer[] = [];
  if (lie.kind === 'address') {
    const type = lie.address.includes(':') ? 'AAAA' : 'A';
    if (question.type === type) answers.push({ type, name: question.name, ttl: 300, class: 'IN', data: lie.address });
  }
  return dnsPacket.encode({
    type: 'response',
    id: query.id ?? 0,
    flags: recursionDesired | dnsPacket.RECURSION_AVAILABLE | rcode,
    questions: [question],
    answers,
  });
}
