import { z } from 'zod';

/**
 * Where a measurement failed. `read` is a failure after the response started
 * (the body stalled or was cut), which is how throttling and mid-stream resets show.
 */
export const STAGES = ['dns', 'tcp', 'tls', 'http', 'read', 'udp'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

/**
 * What kind of failure it was. The names follow OONI's failure strings
 * (df-007-errors in ooni/spec) in kebab-case, so a Detour report can be compared
 * with OONI and Censored Planet data.
 */
export const FAILURE_CLASSES = [
  'timeout', // no answer before the deadline (OONI generic_timeout_error)
  'reset', // TCP RST received (connection_reset)
  'refused', // RST in answer to SYN (connection_refused)
  'eof', // the peer closed the connection cleanly where data was expected (eof_error)
  'host-unreachable', // ICMP host unreachable (host_unreachable)
  'network-unreachable', // no route, ICMP net unreachable (network_unreachable)
  'address-unavailable', // a local address cannot be used (EADDRNOTAVAIL)
  'nxdomain', // the name does not exist (dns_nxdomain_error)
  'no-answer', // the name exists but has no address of the asked type (dns_no_answer)
  'servfail', // the resolver failed (dns_server_misbehaving)
  'dns-refused', // the resolver refused the query (dns_refused_error)
  'dns-malformed', // the answer could not be parsed or does not match the query
  'bogon', // the answer is a private, reserved or loopback address where a public one is expected
  'cert-untrusted', // the chain does not lead to a trusted root (ssl_unknown_authority)
  'cert-name-mismatch', // the certificate is not valid for the name (ssl_invalid_hostname)
  'cert-expired', // the certificate is outside its validity (ssl_invalid_certificate)
  'tls-alert', // the server (or a middlebox) answered with a TLS alert (ssl_failed_handshake)
  'tls-protocol', // the handshake failed for another protocol reason (ssl_failed_handshake)
  'http-protocol', // the response was not valid HTTP
  'http-headers-too-large', // the response's headers went on past the client's limit (16 KiB): a flood, not a page
  'redirect-loop', // a redirect pointed back to a URL already visited
  'too-many-redirects', // more than the allowed number of redirects
  'truncated', // fewer body bytes than Content-Length announced
  'stall', // data stopped arriving for longer than the stall window
  'proxy-unreachable', // the route's proxy itself cannot be reached (the route is broken, not the target)
  'proxy-auth', // the proxy refused our credentials, or wants some and we have none
  'proxy-protocol', // the proxy answered something that is not its protocol
  'proxy-refused', // the proxy refused to connect to the target by its own rules (SOCKS reply 2, HTTP 403)
  'proxy-upstream', // the proxy works but reports it could not reach the target (SOCKS reply 1, HTTP 500/502/503)
  'proxy-reset', // the route's server connection was reset right after our handshake, before any answer (a server or censor rejecting it)
  'proxy-config', // the route's configuration (an Outline dynamic key's address) could not be fetched; `cause` says how
  'udp-unsupported', // this route cannot carry UDP: not measurable here, which is not a failure of the target
  'cancelled', // the user cancelled the run
  'unknown', // anything else; `detail` keeps the raw code
] as const;
export const failureClassSchema = z.enum(FAILURE_CLASSES);
export type FailureClass = z.infer<typeof failureClassSchema>;

export const failureSchema = z.object({
  stage: stageSchema,
  class: failureClassSchema,
  /** The raw code behind the class, for example `ECONNRESET` or `alert 40`. */
  detail: z.string().optional(),
  /**
   * For a route's own failure that has one underneath (a dynamic key's address failing
   * to fetch: `proxy-config`), what happened there: `nxdomain`, `reset`, `timeout`….
   */
  cause: failureClassSchema.optional(),
  /** Milliseconds from the start of the stage to the failure. */
  afterMs: z.number().nonnegative().optional(),
});
export type Failure = z.infer<typeof failureSchema>;
