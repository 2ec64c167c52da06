import { useEffect, useState } from 'react';
import { observationsOn } from '../../../src-main/core/view/cells.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import type { Observation } from '../../../src-main/shared/observation.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { useApp } from '../../hooks/useApp.ts';
import type { OpenedCell } from '../run/RunMatrix.tsx';
import { cellKey } from '../run/run-store.ts';

export type CellObservations =
  { kind: 'loading' } | { kind: 'ready'; observations: Observation[] } | { kind: 'error'; error: IpcError };

/**
 * The observations behind an opened cell. A run in the app holds them in its report;
 * a past run comes without them (a run of 10,000 sites holds tens of megabytes of
 * them) and a cell's are read from the history when it is opened (runObservations).
 * `historyId`: the past run's id in the history.
 */
export function useCellObservations(
  report: Report,
  cell: OpenedCell | null,
  historyId: string | undefined,
): CellObservations {
  const { api } = useApp();
  const targetId = cell?.target.id;
  const route = cell?.route;
  const wanted =
    historyId === undefined || targetId === undefined || route === undefined ? null : cellKey(targetId, route);
  const [fetched, setFetched] = useState<{ cell: string; answer: CellObservations } | null>(null);

  useEffect(() => {
    if (historyId === undefined || targetId === undefined || route === undefined) return;
    let live = true;
    void api.runObservations({ id: historyId, targetId, path: route }).then((answer) => {
      if (!live) return;
      setFetched({
        cell: cellKey(targetId, route),
        answer: answer.ok ? { kind: 'ready', observations: answer.value } : { kind: 'error', error: answer.error },
      });
    });
    return () => {
      live = false;
    };
  }, [api, historyId, targetId, route]);

  if (targetId === undefined || route === undefined) return { kind: 'ready', observations: [] };
  if (wanted === null) return { kind: 'ready', observations: observationsOn(report, targetId, route) };
  // An answer for the cell opened before this one is not this cell's.
  return fetched?.cell === wanted ? fetched.answer : { kind: 'loading' };
}
