import { useCallback, useEffect, useState } from 'react';
import type { RunEntry } from '../../../src-main/shared/ipc/history.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import { useApp } from '../../hooks/useApp.ts';

export type RunsState =
  { kind: 'loading' } | { kind: 'ready'; runs: readonly RunEntry[] } | { kind: 'error'; error: IpcError };

/** The history's runs, newest first, and a way to read them again after a change. */
export function useRuns(): { state: RunsState; reload: () => Promise<void> } {
  const { api } = useApp();
  const [state, setState] = useState<RunsState>({ kind: 'loading' });
  const reload = useCallback(async () => {
    const answer = await api.listRuns();
    setState(answer.ok ? { kind: 'ready', runs: answer.value } : { kind: 'error', error: answer.error });
  }, [api]);
  useEffect(() => {
    let live = true;
    void api.listRuns().then((answer) => {
      if (live) setState(answer.ok ? { kind: 'ready', runs: answer.value } : { kind: 'error', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [api]);
  return { state, reload };
}
