import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeOn, verdictOn } from '../../../src-main/core/view/cells.ts';
import { routeLabel } from '../../../src-main/core/view/labels.ts';
import { targetNamer } from '../../../src-main/core/view/site-name.ts';
import { cellLook, type Look } from '../../../src-main/core/view/verdict-look.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import type { Target } from '../../../src-main/shared/target.ts';
import type { TargetVerdict } from '../../../src-main/shared/verdict.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { SpacerRow } from '../../components/SpacerRow.tsx';
import { LookBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import { useVirtualRows } from '../../hooks/useVirtualRows.ts';
import { cellKey } from './run-store.ts';
import styles from './RunMatrix.module.css';

/** The cell the user opened: one target on one route. */
export interface OpenedCell {
  target: Target;
  route: string;
}

export interface RunMatrixProps {
  report: Report;
  /** The probe each cell (cellKey) is at, while the run goes on. */
  measuring?: ReadonlyMap<string, string>;
  caption: string;
  /** Opens a finished cell's evidence; without it the cells are plain text. */
  onOpen?: (cell: OpenedCell) => void;
  /**
   * A column per target right after its name ("works through …"), for the result: what
   * opens a site is read first, before the route-by-route cells, however narrow the window.
   */
  extraColumn?: { title: string; cell: (target: Target, verdict: TargetVerdict | undefined) => string };
}

/**
 * Targets × routes, one row per target from the start, so nothing moves as results
 * arrive: each cell goes from waiting, to the step being measured, to its verdict,
 * always as a symbol and a word. Only the rows on screen are drawn (a run may have
 * 10,000 sites); the header and the site column stay in view as the grid scrolls.
 */
export function RunMatrix({ report, measuring, caption, onOpen, extraColumn }: RunMatrixProps): React.JSX.Element {
  const { t } = useTranslation();
  const { targets, plan } = report;
  const nameOf = useMemo(() => targetNamer(t, { plan }), [t, plan]);
  const { setScroller, indexes, before, after, measure } = useVirtualRows(targets.length);
  const columns = 1 + plan.paths.length + (extraColumn === undefined ? 0 : 1);
  return (
    // The progress grid has nothing to focus: its box takes the focus itself. The
    // result's cells are buttons, which scroll it as they are reached.
    <ScrollRegion ref={setScroller} className={styles.scroller} label={caption} focusable={onOpen === undefined}>
      {/* aria-rowcount: the header row and every target, drawn or not. */}
      <table className={styles.matrix} aria-rowcount={targets.length + 1}>
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={styles.siteColumn}>
              {t('ui.matrix.site')}
            </th>
            {extraColumn === undefined ? null : (
              <th scope="col" className={styles.worksColumn}>
                {extraColumn.title}
              </th>
            )}
            {plan.paths.map((route) => (
              <th scope="col" key={route.name}>
                {routeLabel(t, route.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={before} columns={columns} />
          {indexes.map((index) => {
            const row = targets[index];
            if (row === undefined) return null;
            const { target, outcomes, verdict } = row;
            return (
              <tr key={target.id} ref={measure} data-index={index} aria-rowindex={index + 2}>
                <th scope="row" title={target.input}>
                  {nameOf(target)}
                </th>
                {extraColumn === undefined ? null : (
                  <td className={styles.worksColumn}>{extraColumn.cell(target, verdict)}</td>
                )}
                {plan.paths.map((route) => {
                  const judged = verdictOn(verdict, route.name);
                  const step = measuring?.get(cellKey(target.id, route.name));
                  return (
                    <td key={route.name}>
                      <Cell
                        look={verdict === undefined ? undefined : cellLook(t, judged, outcomeOn(outcomes, route.name))}
                        opens={judged !== undefined}
                        step={step}
                        label={(status) =>
                          t('ui.matrix.cell-label', {
                            target: nameOf(target),
                            route: routeLabel(t, route.name),
                            status,
                          })
                        }
                        onOpen={onOpen === undefined ? undefined : () => onOpen({ target, route: route.name })}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          <SpacerRow height={after} columns={columns} />
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface CellProps {
  /** The finished target's verdict on this route, or why it has none; undefined while it is not finished. */
  look: Look | undefined;
  /** Whether the cell has a verdict whose evidence can be opened. */
  opens: boolean;
  step: string | undefined;
  label: (status: string) => string;
  onOpen: (() => void) | undefined;
}

function Cell({ look, opens, step, label, onOpen }: CellProps): React.JSX.Element {
  const { t } = useTranslation();
  if (look !== undefined) {
    const badge = <LookBadge look={look} />;
    if (onOpen === undefined || !opens) return badge;
    return (
      <button type="button" className={styles.cellButton} aria-label={label(look.word)} onClick={onOpen}>
        {badge}
      </button>
    );
  }
  if (step !== undefined) return <StatusBadge tone="pending" icon="…" label={t(`ui.step.${step}`)} />;
  return <StatusBadge tone="pending" icon="·" label={t('ui.cell.waiting')} />;
}
