import { useState } from 'react';
import type { PlanEntry } from '../../../src-main/shared/plan.ts';
import { ok, type IpcResult } from '../../../src-main/shared/ipc/result.ts';
import { catalogSource } from '../../../src-main/shared/ipc/targets.ts';
import { useApp } from '../../hooks/useApp.ts';
import type { StartRunRequest } from './run-store.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { runRoutes } from '../routes/route-text.ts';

/**
 * The run the start screen would start now: the chosen list (the user's own sites, or
 * the region pack chosen on the start screen), the user's routes and tools. A
 * schedule repeats this same request.
 */
export function useRunRequest(): () => Promise<IpcResult<StartRunRequest>> {
  const { api, lists, settings } = useApp();

  /** A region pack's targets as the engine has them now, each naming the pack as a report would. */
  const packTargets = async (region: string): Promise<IpcResult<PlanEntry[]>> => {
    const answer = await api.listTargetCatalog({ region });
    if (!answer.ok) return answer;
    return ok(
      answer.value.entries.map(({ input, name, label }) => ({ input, source: catalogSource(region, name), label })),
    );
  };

  return async () => {
    const { region } = settings;
    const targets: IpcResult<PlanEntry[]> =
      region === undefined
        ? ok(
            lists.targets.map(({ input, source, label }) => ({
              input,
              source,
              ...(label === undefined ? {} : { label }),
            })),
          )
        : await packTargets(region);
    if (!targets.ok) return targets;
    // "Your tools": every kept WireGuard configuration and bridge line is checked with the run.
    const configs = await api.listWireguardConfigs();
    const wireguard = configs.ok ? configs.value.map((config) => config.id) : [];
    const tools = wireguard.length + lists.bridges.length === 0 ? {} : { tools: { wireguard, bridges: lists.bridges } };
    return ok({ targets: targets.value, routes: runRoutes(lists), ...tools });
  };
}

/**
 * Starts a run over the chosen list and the user's routes (useRunRequest); while it
 * starts, `starting`; if refused, the reason in words. Once started, the start screen
 * shows it, unless `stay` (a flow that shows the run itself, such as the VPN check).
 */
export function useDiagnose(options: { stay?: boolean } = {}): {
  diagnose: () => Promise<boolean>;
  starting: boolean;
  error: string | null;
} {
  const { runs, navigate } = useApp();
  const runRequest = useRunRequest();
  const errorText = useIpcErrorText();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const diagnose = async (): Promise<boolean> => {
    setStarting(true);
    setError(null);
    const request = await runRequest();
    const refused = request.ok ? await runs.start(request.value) : request.error;
    setStarting(false);
    if (refused === null && options.stay !== true) navigate('home');
    if (refused !== null) setError(errorText(refused));
    return refused === null;
  };
  return { diagnose, starting, error };
}
