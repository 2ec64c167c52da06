import { useTranslation } from 'react-i18next';
import type { PathVerdict } from '../../../src-main/shared/verdict.ts';
import type { Target } from '../../../src-main/shared/target.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { verdictLook } from '../../lib/words.ts';
import { routeName } from '../routes/route-text.ts';
import { cellKey, type RunView } from './run-store.ts';
import styles from './RunMatrix.module.css';

/** The cell the user opened: one target on one route. */
export interface OpenedCell {
  target: Target;
  route: string;
}

export interface RunMatrixProps {
  run: RunView;
  caption: string;
  /** Opens a finished cell's evidence; without it the cells are plain text. */
  onOpen?: (cell: OpenedCell) => void;
  /** A last column per target ("works through …"), for the result. */
  extraColumn?: { title: string; cell: (target: Target) => string };
}

/** How a target is named in the grid: as the user wrote it. */
export function targetLabel(target: Target): string {
  return target.input;
}

/**
 * Targets × routes, one row per target from the start, so nothing moves as results
 * arrive: each cell goes from waiting, to the step being measured, to its verdict,
 * always as a symbol and a word.
 */
export function RunMatrix({ run, caption, onOpen, extraColumn }: RunMatrixProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className={styles.scroller}>
      <table className={styles.matrix}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.siteColumn}>
              {t('ui.matrix.site')}
            </th>
            {run.routes.map((route) => (
              <th scope="col" key={route.name}>
                {routeName(t, route.name)}
              </th>
            ))}
            {extraColumn === undefined ? null : <th scope="col">{extraColumn.title}</th>}
          </tr>
        </thead>
        <tbody>
          {run.targets.map((target) => {
            const finished = run.finished.get(target.id);
            return (
              <tr key={target.id}>
                <th scope="row" title={targetLabel(target)}>
                  {targetLabel(target)}
                </th>
                {run.routes.map((route) => {
                  const verdict = finished?.verdict.paths.find((path) => path.path === route.name);
                  const step = run.measuring.get(cellKey(target.id, route.name));
                  return (
                    <td key={route.name}>
                      <Cell
                        finished={finished !== undefined}
                        verdict={verdict}
                        step={step}
                        label={(status) =>
                          t('ui.matrix.cell-label', {
                            target: targetLabel(target),
                            route: routeName(t, route.name),
                            status,
                          })
                        }
                        onOpen={onOpen === undefined ? undefined : () => onOpen({ target, route: route.name })}
                      />
                    </td>
                  );
                })}
                {extraColumn === undefined ? null : <td>{extraColumn.cell(target)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface CellProps {
  finished: boolean;
  verdict: PathVerdict | undefined;
  step: string | undefined;
  label: (status: string) => string;
  onOpen: (() => void) | undefined;
}

function Cell({ finished, verdict, step, label, onOpen }: CellProps): React.JSX.Element {
  const { t } = useTranslation();
  if (verdict !== undefined) {
    const look = verdictLook(t, verdict);
    const word = look.label;
    const badge = <StatusBadge tone={look.tone} icon={look.icon} label={word} />;
    if (onOpen === undefined) return badge;
    return (
      <button type="button" className={styles.cellButton} aria-label={label(word)} onClick={onOpen}>
        {badge}
      </button>
    );
  }
  if (finished) return <StatusBadge tone="neutral" icon="–" label={t('ui.cell.not-measured')} />;
  if (step !== undefined) return <StatusBadge tone="pending" icon="…" label={t(`ui.step.${step}`)} />;
  return <StatusBadge tone="pending" icon="·" label={t('ui.cell.waiting')} />;
}
