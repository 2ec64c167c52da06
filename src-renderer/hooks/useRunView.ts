import { useSyncExternalStore } from 'react';
import type { RunView } from '../features/run/run-store.ts';
import { useApp } from './useApp.ts';

/** The current run, re-rendered as its events arrive; null when there is none. */
export function useRunView(): RunView | null {
  const { runs } = useApp();
  return useSyncExternalStore(runs.subscribe, runs.getSnapshot);
}
