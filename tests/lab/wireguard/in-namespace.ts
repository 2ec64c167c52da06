import { fileURLToPath } from 'node:url';
import { labProcesses } from '../netns/lab-processes.ts';
import { IP, NAMESPACE_PREFIX, newLabId, removeNamespace } from '../netns/netns.ts';

/**
 * Runs a WireGuard script (wireguard-netns.ts) inside a network namespace of its own,
 * where wireguard-go can create its TUN device and everything talks over that
 * namespace's loopback. The namespace is named like a lab's (`dtr-<id>-x`), so one left
 * behind by a killed process is removed by the lab's stale-lab sweep.
 */
const SCRIPT = fileURLToPath(new URL('./wireguard-netns.ts', import.meta.url));

export async function runInWireguardNamespace(command: 'derive' | 'interop', timeoutMs: number): Promise<unknown> {
  const namespace = `${NAMESPACE_PREFIX}${newLabId()}-x`;
  const processes = labProcesses(IP);
  try {
    await processes.host(IP, ['netns', 'add', namespace]);
    await processes.host(IP, ['-n', namespace, 'link', 'set', 'lo', 'up']);
    const result = await processes.execIn(namespace, process.execPath, [SCRIPT, command], { timeoutMs });
    if (result.code !== 0)
      throw new Error(`wireguard-netns.ts ${command} exited with ${String(result.code)}:\n${result.stderr}`);
    return JSON.parse(result.stdout) as unknown;
  } finally {
    await processes.close();
    await removeNamespace(namespace);
  }
}
