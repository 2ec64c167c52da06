/**
 * Starts tor through a bridge that never answers and exits this process outright
 * (process.exit, no await) once tor is connecting, printing tor's temporary folder
 * first: the runner's exit hook must still stop tor and remove the folder.
 *   exit-mid-run.ts <port of a SYN blackhole on 127.0.0.1>
 */
import { findTor } from '../../../src-main/engine/tor/find-tor.ts';
import { runTor } from '../../../src-main/engine/tor/tor-run.ts';

const install = findTor();
if (install === null) throw new Error('no tor');
void runTor({
  install,
  line: `127.0.0.1:${process.argv[2] ?? ''}`,
  transport: 'vanilla',
  signal: new AbortController().signal,
  timeoutMs: 60_000,
  onPhase: () => {
    console.log('connecting');
    process.exit(0);
  },
});
