import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComparedRoute, ComparedTarget, Comparison } from '../../../src-main/shared/ipc/history.ts';
import { LookBadge } from '../../components/StatusBadge.tsx';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { routeLabel, routeList } from '../../../src-main/core/view/labels.ts';
import { labelledName } from '../../../src-main/core/view/site-name.ts';
import styles from './History.module.css';
import { countsText, runVerdictLook } from './run-words.ts';

/** Site, before, after, change. */
const COMPARE_COLUMNS = 4;

export interface ComparisonViewProps {
  comparison: Comparison;
  /** The two runs' names in the table's heads ("Before", "VPN off"…). */
  beforeLabel: string;
  afterLabel: string;
  caption: string;
}

/** Changed targets first, then the rest, each in its run's order. */
export function changedFirst(targets: readonly ComparedTarget[]): ComparedTarget[] {
  const moved = (t: ComparedTarget): boolean =>
    t.changed || t.startedRestoring.length > 0 || t.stoppedRestoring.length > 0 || t.notIncluded.length > 0;
  return [...targets.filter(moved), ...targets.filter((t) => !moved(t))];
}

/**
 * Two runs side by side: per target, the verdict before → after (symbol and word),
 * the changed ones first; then the routes that started or stopped working.
 */
export function ComparisonView({
  comparison,
  beforeLabel,
  afterLabel,
  caption,
}: ComparisonViewProps): React.JSX.Element {
  const { t } = useTranslation();
  const targets = useMemo(() => changedFirst(comparison.targets), [comparison.targets]);
  const { before, after } = comparison.counts;
  const routesThat = (change: ComparedRoute['change']) => comparison.routes.filter((r) => r.change === change);
  const started = routesThat('started');
  const stopped = routesThat('stopped');
  const side = (status: ComparedTarget['before']) => {
    const look = runVerdictLook(t, status === null ? undefined : status.status);
    return <LookBadge look={look} />;
  };

  // A check made offline or behind a login page judged nothing: its "0 blocked" would mislead.
  const cutOff = [before, after].some((counts) => counts.network === 'offline' || counts.network === 'captive');

  return (
    <>
      {cutOff ? (
        <ul>
          <li>{`${beforeLabel}: ${countsText(t, { counts: before })}`}</li>
          <li>{`${afterLabel}: ${countsText(t, { counts: after })}`}</li>
        </ul>
      ) : (
        <p>
          {t('history.compare.blocked', {
            before: before.blocked,
            beforeTotal: before.finished,
            after: after.blocked,
            afterTotal: after.finished,
          })}
        </p>
      )}
      <VirtualTable
        caption={caption}
        tableClassName={styles.table}
        columns={COMPARE_COLUMNS}
        count={targets.length}
        head={
          <>
            <th scope="col">{t('ui.matrix.site')}</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
            <th scope="col">{t('history.compare.change')}</th>
          </>
        }
        row={(index) => {
          const target = targets[index];
          if (target === undefined) return null;
          return {
            key: `${target.input}-${index}`,
            cells: (
              <>
                <th scope="row" title={target.label === undefined ? undefined : target.input}>
                  {labelledName(t, target)}
                </th>
                <td>{side(target.before)}</td>
                <td>{side(target.after)}</td>
                <td>
                  <ChangeText target={target} />
                </td>
              </>
            ),
          };
        }}
      />
      <RouteChanges title={t('history.compare.routes-started')} routes={started} />
      <RouteChanges title={t('history.compare.routes-stopped')} routes={stopped} />
      {started.length === 0 && stopped.length === 0 ? <p>{t('history.compare.routes-same')}</p> : null}
      <RouteChanges title={t('trainer.compare.routes-added')} routes={routesThat('added')} />
      <RouteChanges title={t('trainer.compare.routes-not-included')} routes={routesThat('not-included')} />
    </>
  );
}

function ChangeText({ target }: { target: ComparedTarget }): React.JSX.Element {
  const { t } = useTranslation();
  const routes = (names: readonly string[]) => routeList(t, names);
  const lines = [
    moveText(t, target),
    target.startedRestoring.length > 0
      ? t('history.compare.now-through', { routes: routes(target.startedRestoring) })
      : null,
    target.stoppedRestoring.length > 0
      ? t('history.compare.no-longer-through', { routes: routes(target.stoppedRestoring) })
      : null,
    target.notIncluded.length > 0 ? t('trainer.compare.not-included', { routes: routes(target.notIncluded) }) : null,
  ].filter((line) => line !== null);
  return (
    <>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </>
  );
}

/** Changed, the same kind of blocking seen in more or less detail (with both words), or the same. */
function moveText(t: TFunction, target: ComparedTarget): string {
  if (target.changed) return `≠ ${t('history.compare.changed')}`;
  const [before, after] = [target.before?.status, target.after?.status];
  if (!target.refined || typeof before !== 'string' || typeof after !== 'string') {
    return `= ${t('history.compare.same')}`;
  }
  const detail = t('trainer.compare.refined-detail', { before: t(`status.${before}`), after: t(`status.${after}`) });
  return `≈ ${t('trainer.compare.refined')} (${detail})`;
}

function RouteChanges({
  title,
  routes,
}: {
  title: string;
  routes: readonly ComparedRoute[];
}): React.JSX.Element | null {
  const { t } = useTranslation();
  if (routes.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {routes.map((route) => (
          <li key={route.path}>{routeLabel(t, route.path)}</li>
        ))}
      </ul>
    </section>
  );
}
