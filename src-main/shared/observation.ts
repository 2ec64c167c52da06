import { z } from 'zod';
import { failureSchema } from './failure.ts';

/**
 * Observations are the raw facts a probe measured, as plain data. Every view and
 * every verdict is derived from them, so they keep what was seen (answers, chains,
 * timings) rather than conclusions. A missing `failure` means the probe succeeded.
 */
const observationBase = {
  /** Unique within a run, for example `o17`; verdicts cite these as evidence. */
  id: z.string(),
  targetId: z.string(),
  /** The name of the path (route) the probe ran over, for example `direct`. */
  path: z.string(),
  /** ISO 8601 wall-clock time the probe started. */
  startedAt: z.string(),
  /** Measured by the engine with performance.now(), not taken from a library. */
  durationMs: z.number().nonnegative(),
  failure: failureSchema.optional(),
  /**
   * The id of the observation this one measured again, later, with nothing else in
   * flight to the site: a timeout that might have been a jam is judged on both.
   */
  retestOf: z.string().optional(),
};

export const resolvedAddressSchema = z.object({
  address: z.string(),
  family: z.union([z.literal(4), z.literal(6)]),
  /** Private, loopback, link-local or reserved: never the address of a public site. */
  bogon: z.boolean(),
});
export type ResolvedAddress = z.infer<typeof resolvedAddressSchema>;

export const dnsRecordSchema = z.object({
  name: z.string(),
  type: z.string(),
  ttl: z.number().int().nonnegative(),
  /** The record's data as text: an address, a CNAME target, … */
  data: z.string(),
  bogon: z.boolean().optional(),
});
export type DnsRecord = z.infer<typeof dnsRecordSchema>;

export const dnsAnswerSchema = z.object({
  /** When this answer arrived, in ms after the query was sent. */
  afterMs: z.number().nonnegative(),
  rcode: z.string(),
  records: z.array(dnsRecordSchema),
});
export type DnsAnswer = z.infer<typeof dnsAnswerSchema>;

export const dnsSystemObservationSchema = z.object({
  ...observationBase,
  probe: z.literal('dns-system'),
  name: z.string(),
  addresses: z.array(resolvedAddressSchema),
});

export const dnsWireObservationSchema = z.object({
  ...observationBase,
  probe: z.enum(['dns-udp', 'dns-tcp']),
  /** `ip:port` of the resolver asked. */
  resolver: z.string(),
  name: z.string(),
  qtype: z.enum(['A', 'AAAA']),
  /** The name as sent, in mixed letter case (the 0x20 check, draft-vixie-dnsext-dns0x20). */
  queryName: z.string(),
  /** The first answer that matched the query id. */
  answer: dnsAnswerSchema.optional(),
  /** Further answers to the same query id inside the listening window: on-path injectors race the resolver. */
  laterAnswers: z.array(dnsAnswerSchema),
  /** True when an answer echoed the question with the letter case changed: something rewrote it. */
  caseMismatch: z.boolean(),
});

export const dohObservationSchema = z.object({
  ...observationBase,
  probe: z.literal('doh'),
  url: z.string(),
  name: z.string(),
  qtype: z.enum(['A', 'AAAA']),
  httpStatus: z.number().int().optional(),
  answer: dnsAnswerSchema.optional(),
});

export const tcpObservationSchema = z.object({
  ...observationBase,
  probe: z.literal('tcp'),
  address: z.string(),
  port: z.number().int(),
  connectMs: z.number().nonnegative().optional(),
});

export const certificateSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  subjectAltNames: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string(),
  serialNumber: z.string(),
  fingerprintSha256: z.string(),
});
export type CertificateInfo = z.infer<typeof certificateSchema>;

export const tlsObservationSchema = z.object({
  ...observationBase,
  probe: z.literal('tls'),
  address: z.string(),
  port: z.number().int(),
  sni: z.string().nullable(),
  alpnOffered: z.array(z.string()),
  alpn: z.string().nullable().optional(),
  tlsVersion: z.string().optional(),
  cipher: z.string().optional(),
  connectMs: z.number().nonnegative().optional(),
  handshakeMs: z.number().nonnegative().optional(),
  /** Leaf first. */
  certificates: z.array(certificateSchema),
  /** The chain leads to a trusted root (system roots plus NODE_EXTRA_CA_CERTS). */
  trusted: z.boolean().optional(),
  /** OpenSSL's reason when not trusted, for example `SELF_SIGNED_CERT_IN_CHAIN`. */
  trustError: z.string().optional(),
  /** The leaf is valid for the name (RFC 6125 matching, as Node's checkServerIdentity). */
  nameMatches: z.boolean().optional(),
});

export const redirectHopSchema = z.object({
  url: z.string(),
  status: z.number().int(),
  location: z.string(),
});

export const httpObservationSchema = z.object({
  ...observationBase,
  probe: z.literal('http'),
  url: z.string(),
  /** The URL of the last request made, after redirects. */
  finalUrl: z.string(),
  redirects: z.array(redirectHopSchema),
  status: z.number().int().optional(),
  headers: z.record(z.string(), z.string()),
  /** Time to the response headers of the last request. */
  headersMs: z.number().nonnegative().optional(),
  body: z
    .object({
      /** Bytes received (all of them, also past the cap). */
      bytes: z.number().int().nonnegative(),
      /** Content-Length announced by the server, when there was one. */
      contentLength: z.number().int().nonnegative().optional(),
      /** Reading stopped at the cap; the rest was not downloaded. */
      capped: z.boolean(),
      /** SHA-256 of the kept part (at most the cap), hex. */
      sha256: z.string(),
      title: z.string().optional(),
    })
    .optional(),
});

export const throughputSampleSchema = z.object({
  atMs: z.number().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

export const throughputObservationSchema = z.object({
  ...observationBase,
  probe: z.literal('throughput'),
  url: z.string(),
  bytes: z.number().int().nonnegative(),
  bytesPerSecond: z.number().nonnegative(),
  /** Cumulative bytes over time from the first response byte. */
  samples: z.array(throughputSampleSchema),
  /** Byte offset where data stopped arriving for the stall window, if it did. */
  stalledAtBytes: z.number().int().nonnegative().optional(),
});

export const stunObservationSchema = z.object({
  ...observationBase,
  probe: z.literal('stun'),
  /** `host:port` as given. */
  server: z.string(),
  address: z.string(),
  port: z.number().int(),
  /** Binding Requests sent (RFC 8489 §6.2.1 retransmissions included). */
  requestsSent: z.number().int().nonnegative(),
  rttMs: z.number().nonnegative().optional(),
  mappedAddress: z
    .object({ address: z.string(), port: z.number().int(), family: z.union([z.literal(4), z.literal(6)]) })
    .optional(),
});

export const observationSchema = z.discriminatedUnion('probe', [
  dnsSystemObservationSchema,
  dnsWireObservationSchema,
  dohObservationSchema,
  tcpObservationSchema,
  tlsObservationSchema,
  httpObservationSchema,
  throughputObservationSchema,
  stunObservationSchema,
]);
export type Observation = z.infer<typeof observationSchema>;
export type ProbeName = Observation['probe'];
export type ObservationOf<P extends ProbeName> = Extract<Observation, { probe: P }>;
/** What a probe returns: the observation without the fields the engine fills in. */
export type ProbeResult<P extends ProbeName> = Omit<ObservationOf<P>, 'id' | 'targetId' | 'path'>;
/** Any probe's result (Omit distributed over the union). */
export type AnyProbeResult = Observation extends infer O
  ? O extends Observation
    ? Omit<O, 'id' | 'targetId' | 'path'>
    : never
  : never;
