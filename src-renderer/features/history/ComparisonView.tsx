import { useTranslation } from 'react-i18next';
import type { ComparedRoute, ComparedTarget, Comparison } from '../../../src-main/shared/ipc/history.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { LookBadge } from '../../components/StatusBadge.tsx';
import { routeLabel, routeList } from '../../../src-main/core/view/labels.ts';
import styles from './History.module.css';
import { countsText, runVerdictLook } from './run-words.ts';

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
    t.changed || t.startedRestoring.length > 0 || t.stoppedRestoring.length > 0;
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
  const { before, after } = comparison.counts;
  const started = comparison.routes.filter((r) => r.before?.usable !== true && r.after?.usable === true);
  const stopped = comparison.routes.filter((r) => r.before?.usable === true && r.after?.usable !== true);
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
      <ScrollRegion className={styles.scroller} label={caption}>
        <table className={styles.table}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.matrix.site')}</th>
              <th scope="col">{beforeLabel}</th>
              <th scope="col">{afterLabel}</th>
              <th scope="col">{t('history.compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {changedFirst(comparison.targets).map((target, index) => (
              <tr key={`${target.input}-${index}`}>
                <th scope="row">{target.input}</th>
                <td>{side(target.before)}</td>
                <td>{side(target.after)}</td>
                <td>
                  <ChangeText target={target} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <RouteChanges title={t('history.compare.routes-started')} routes={started} />
      <RouteChanges title={t('history.compare.routes-stopped')} routes={stopped} />
      {started.length === 0 && stopped.length === 0 ? <p>{t('history.compare.routes-same')}</p> : null}
    </>
  );
}

function ChangeText({ target }: { target: ComparedTarget }): React.JSX.Element {
  const { t } = useTranslation();
  const routes = (names: readonly string[]) => routeList(t, names);
  const lines = [
    target.changed ? `≠ ${t('history.compare.changed')}` : `= ${t('history.compare.same')}`,
    target.startedRestoring.length > 0
      ? t('history.compare.now-through', { routes: routes(target.startedRestoring) })
      : null,
    target.stoppedRestoring.length > 0
      ? t('history.compare.no-longer-through', { routes: routes(target.stoppedRestoring) })
      : null,
  ].filter((line) => line !== null);
  return (
    <>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </>
  );
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
          <li key={route.path}>
            {routeLabel(t, route.path)}
            {route.before === null ? ` (${t('history.compare.route-new')})` : null}
            {route.after === null ? ` (${t('history.compare.route-gone')})` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
