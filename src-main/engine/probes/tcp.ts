import type { ProbeResult } from '../../shared/observation.ts';
import type { ProbeContext } from './probe-context.ts';
import { roundMs, startDeadline } from '../deadline.ts';
import { failureFromError } from '../errors.ts';

export interface TcpEndpoint {
  /** An IP address (the engine probes each resolved address on its own). */
  address: string;
  port: number;
}

/**
 * Connects to one address through the path's dialer and hangs up at once: the
 * outcome of the three-way handshake is the whole measurement (OONI's tcpconnect).
 * Refused, reset, unreachable and timeout are told apart by the socket error.
 */
export async function probeTcp(endpoint: TcpEndpoint, ctx: ProbeContext): Promise<ProbeResult<'tcp'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const base = { probe: 'tcp', startedAt: deadline.startedAt, address: endpoint.address, port: endpoint.port } as const;
  try {
    const socket = await ctx.dialer.dialTcp({ host: endpoint.address, port: endpoint.port, signal: deadline.signal });
    const connectMs = roundMs(deadline.elapsedMs());
    socket.destroy();
    return { ...base, durationMs: connectMs, connectMs };
  } catch (error) {
    const failure = failureFromError('tcp', error, deadline);
    return { ...base, durationMs: roundMs(deadline.elapsedMs()), failure };
  } finally {
    deadline.dispose();
  }
}
