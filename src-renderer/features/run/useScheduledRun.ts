import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../hooks/useApp.ts';
import type { RunView } from './run-store.ts';

/**
 * Whether the run the app shows was started by a schedule: asked of the main process
 * whenever a run starts or ends, and remembered, so the run stays a background one
 * after it finished (the schedule then no longer names it). Null while not known.
 */
export function useScheduledRun(run: RunView | null): boolean | null {
  const { api } = useApp();
  const scheduled = useRef(new Set<string>());
  const [known, setKnown] = useState<{ runId: string; scheduled: boolean } | null>(null);
  const runId = run?.runId ?? null;
  const phase = run?.phase ?? null;

  useEffect(() => {
    if (runId === null) return;
    if (scheduled.current.has(runId)) {
      setKnown({ runId, scheduled: true });
      return;
    }
    let live = true;
    void api.getScheduleStatus().then((answer) => {
      if (!live) return;
      const ours = answer.ok && answer.value.state === 'on' && answer.value.runId === runId;
      if (ours) scheduled.current.add(runId);
      setKnown({ runId, scheduled: ours });
    });
    return () => {
      live = false;
    };
  }, [api, runId, phase]);

  if (runId === null || known?.runId !== runId) return null;
  return known.scheduled;
}
