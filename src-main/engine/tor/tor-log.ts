import type { BootstrapPhase } from '../../shared/tools.ts';

/**
 * What tor's notice log (`Log notice stdout`) says about starting through a bridge,
 * one line at a time. The bootstrap lines are the BOOTSTRAP status events of
 * control-spec.txt §5.5.2 ("Bootstrapped 15% (handshake_done): Handshake with a relay
 * done"); the rest are tor's own warnings. Nothing from a line is kept but these
 * codes: tor's lines name the bridge's address and fingerprint.
 */
export type TorLogEvent =
  /** A bootstrap phase reached. */
  | { kind: 'phase'; phase: BootstrapPhase }
  /**
   * Bootstrapping is stuck, with tor's reason (control-spec's REASON: DONE, CONNECTREFUSED,
   * IDENTITY, CONNECTRESET, TIMEOUT, NOROUTE, IOERROR, RESOURCELIMIT, MISC, PT_MISSING).
   */
  | { kind: 'problem'; reason: string }
  /** The pluggable transport could not reach the bridge; its SOCKS error in words. */
  | { kind: 'transport-failed'; why: string }
  /**
   * A directory server (the bridge: it is the only relay tor talks to) answered that it
   * has no consensus: a bridge with no Tor network behind it.
   */
  | { kind: 'no-consensus' }
  /** tor will not run (a configuration it rejects, a missing program). */
  | { kind: 'error' };

const BOOTSTRAPPED = /\[notice\] Bootstrapped (\d{1,3})% \(([a-z_]{1,40})\)/;
const PROBLEM = /\[warn\] Problem bootstrapping\. .*; ([A-Z_]{2,20}); count \d+;/;
const TRANSPORT_FAILED = /\[warn\] Proxy Client: unable to connect .*\("([a-zA-Z ]{1,60})"\)/;
const NO_CONSENSUS = /\[warn\] Received http status code 404 .* while fetching consensus/;
const ERROR = /\[err\]/;

export function readTorLogLine(line: string): TorLogEvent | null {
  const phase = BOOTSTRAPPED.exec(line);
  if (phase !== null) {
    const percent = Math.min(100, Number(phase[1]));
    return { kind: 'phase', phase: { percent, tag: phase[2] ?? '' } };
  }
  const problem = PROBLEM.exec(line);
  if (problem !== null) return { kind: 'problem', reason: problem[1] ?? 'MISC' };
  const transport = TRANSPORT_FAILED.exec(line);
  if (transport !== null) return { kind: 'transport-failed', why: transport[1] ?? '' };
  if (NO_CONSENSUS.test(line)) return { kind: 'no-consensus' };
  if (ERROR.test(line)) return { kind: 'error' };
  return null;
}

/** The phases that mean a connection to the bridge itself is open (not only to the local transport plugin). */
export const CONNECTED_PERCENT = 10;
/** handshake_done: Tor's handshake with the bridge completed. */
export const HANDSHAKE_DONE_PERCENT = 15;
