import type { Observation } from '../shared/observation.ts';
import type { Plan } from '../shared/plan.ts';

/**
 * What the terminal shows at the end of a run needs a few facts of the observations
 * (an HTTP status, that a STUN server answered, whether a resolver ever did), and
 * the report keeps the observations in its journal, not in memory
 * (engine/report/run-recording.ts). So the CLI keeps its own copies of the
 * observations the table and the set-up warnings read, without the parts neither
 * shows (headers, certificates, throughput samples, the observations of other routes' probes): a run of 10,000
 * sites then holds kilobytes per site here, not the whole run.
 */
export function terminalObservation(plan: Plan, observation: Observation): Observation | null {
  const wide = plan.paths.length > 1;
  switch (observation.probe) {
    case 'http':
      // The table reads the status and the body's size: the URLs, headers and hops stay in the report.
      return { ...observation, url: '', finalUrl: '', headers: {}, redirects: [] };
    case 'stun':
      return observation;
    case 'tls':
      return wide ? null : { ...observation, certificates: [] };
    case 'throughput':
      return wide ? null : { ...observation, samples: [] };
    case 'dns-system':
    case 'tcp':
      return wide ? null : observation;
    case 'dns-udp':
    case 'dns-tcp':
      return plan.options.resolver === undefined ? null : { ...observation, laterAnswers: [] };
    case 'doh':
      return plan.options.dohUrl === undefined ? null : observation;
  }
}
