import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { readWireguardFile, ToolCollector } from '../engine/index.ts';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import { fail, ok, type IpcResult } from '../shared/ipc/result.ts';
import type { RunTools, WireguardConfigInfo } from '../shared/ipc/tools.ts';
import { DEFAULT_BRIDGE_TIMEOUT_MS, toolEndpointSchema, type ToolSecrets, type ToolsPlan } from '../shared/tools.ts';
import type { JsonFileStore } from './json-file-store.ts';

/**
 * The WireGuard configurations a person keeps for checking, in the main process. Detour
 * keeps where each file is, its name and its server, never its keys: the file is read
 * again for every run (a provider that rotates keys is followed), and a file that is
 * gone is said to be gone. The renderer sees the name and the server only.
 */
export const wireguardConfigsFileSchema = z.object({
  configs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      endpoint: toolEndpointSchema,
      peers: z.number().int().min(1),
      path: z.string(),
    }),
  ),
});
export type WireguardConfigsFile = z.infer<typeof wireguardConfigsFileSchema>;
export const NO_WIREGUARD_CONFIGS: WireguardConfigsFile = { configs: [] };

const MAX_CONFIGS = 32;

export interface ToolDependencies {
  wireguard: JsonFileStore<WireguardConfigsFile>;
  /** Asks the person for a configuration file (Electron's open dialog); absent where there is none (web mode). */
  chooseWireguardFile?: () => Promise<string | null>;
}

type ToolActions = Pick<ActionHandlers, 'listWireguardConfigs' | 'addWireguardConfig' | 'removeWireguardConfig'>;

export function createToolHandlers(dependencies: ToolDependencies | undefined): ToolActions {
  const store = dependencies?.wireguard;
  const list = async (): Promise<WireguardConfigInfo[]> =>
    store === undefined ? [] : (await store.read()).configs.map(({ path: _path, ...info }) => info);
  return {
    listWireguardConfigs: async () => ok(await list()),
    async addWireguardConfig({ path }) {
      if (store === undefined) return fail('unavailable', 'this host keeps no WireGuard configurations');
      const chosen = path ?? (await dependencies?.chooseWireguardFile?.());
      if (chosen === undefined) return fail('unavailable', 'no file dialog here: give the path');
      if (chosen === null) return ok({ kind: 'cancelled' });
      const read = await readWireguardFile(chosen);
      if (!read.ok) {
        const { code, line } = read.error;
        return ok({ kind: 'rejected', code, ...(line === undefined ? {} : { line }) });
      }
      const [first] = read.file.peers;
      if (first === undefined) return ok({ kind: 'rejected', code: 'no-endpoint' });
      if ((await store.read()).configs.length >= MAX_CONFIGS) return ok({ kind: 'rejected', code: 'too-many' });
      const config = {
        id: randomUUID(),
        name: read.file.name,
        endpoint: first.endpoint,
        peers: read.file.peers.length,
      };
      await store.update((file) => ({ configs: [...file.configs, { ...config, path: chosen }] }));
      return ok({ kind: 'added', config });
    },
    async removeWireguardConfig({ id }) {
      await store?.update((file) => ({ configs: file.configs.filter((config) => config.id !== id) }));
      return ok(await list());
    },
  };
}

/** The tools of a run, ready for the engine: the plan's part, and the keys and lines beside it. */
export interface RunToolInputs {
  plan?: ToolsPlan;
  secrets: ToolSecrets;
}

/**
 * Reads each configuration the run names, again, and the bridge lines it carries. A
 * configuration that can no longer be read refuses the run, naming it, rather than
 * being left out unseen; a bridge line the engine cannot take does the same.
 */
export async function toolsForRun(
  tools: RunTools | undefined,
  dependencies: ToolDependencies | undefined,
): Promise<IpcResult<RunToolInputs>> {
  const collector = new ToolCollector();
  const kept = dependencies === undefined ? [] : (await dependencies.wireguard.read()).configs;
  for (const id of tools?.wireguard ?? []) {
    const config = kept.find((candidate) => candidate.id === id);
    if (config === undefined) return fail('bad-request', `no WireGuard configuration ${id}`);
    const read = await readWireguardFile(config.path);
    if (!read.ok)
      return fail('bad-request', `the WireGuard configuration "${config.name}" cannot be read: ${read.error.code}`);
    collector.addWireguard({ ...read.file, name: config.name }, config.name);
  }
  (tools?.bridges ?? []).forEach((line, index) =>
    collector.addBridgeLines(line, () => ({ source: `bridge ${index + 1}` })),
  );
  const refused = collector.errors[0];
  if (refused !== undefined) return fail('bad-request', `${refused.source}: ${refused.code}`);
  const named = collector.wireguard.length + collector.bridges.length > 0;
  return ok({
    ...(named
      ? {
          plan: {
            wireguard: collector.wireguard,
            bridges: collector.bridges,
            bridgeTimeoutMs: DEFAULT_BRIDGE_TIMEOUT_MS,
          },
        }
      : {}),
    secrets: collector.secrets,
  });
}
