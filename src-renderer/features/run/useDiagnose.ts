import { useState } from 'react';
import type { PlanEntry } from '../../../src-main/shared/plan.ts';
import { ok, type IpcResult } from '../../../src-main/shared/ipc/result.ts';
import { catalogSource } from '../../../src-main/shared/ipc/targets.ts';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { runRoutes } from '../routes/route-text.ts';

/**
 * Starts a run over the chosen list (the user's own sites, or the region pack chosen
 * on the start screen) and the user's routes; while it starts, `starting`; if
 * refused, the reason in words.
 */
export function useDiagnose(): { diagnose: () => Promise<void>; starting: boolean; error: string | null } {
  const { api, runs, lists, settings, navigate } = useApp();
  const errorText = useIpcErrorText();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** A region pack's targets as the engine has them now, each naming the pack as a report would. */
  const packTargets = async (region: string): Promise<IpcResult<PlanEntry[]>> => {
    const answer = await api.listTargetCatalog({ region });
    if (!answer.ok) return answer;
    return ok(answer.value.entries.map(({ input, name }) => ({ input, source: catalogSource(region, name) })));
  };

  const diagnose = async (): Promise<void> => {
    setStarting(true);
    setError(null);
    const { region } = settings;
    const targets: IpcResult<PlanEntry[]> =
      region === undefined
        ? ok(lists.targets.map(({ input, source }) => ({ input, source })))
        : await packTargets(region);
    const refused = targets.ok ? await runs.start({ targets: targets.value, routes: runRoutes(lists) }) : targets.error;
    setStarting(false);
    if (refused === null) navigate('home');
    else setError(errorText(refused));
  };
  return { diagnose, starting, error };
}
