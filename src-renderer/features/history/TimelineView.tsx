import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import type { Timeline } from '../../../src-main/shared/ipc/history.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import { isBlocking } from '../../../src-main/shared/verdict.ts';
import { labelledName } from '../../../src-main/core/view/site-name.ts';
import { LookBadge } from '../../components/StatusBadge.tsx';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import styles from './History.module.css';
import { runVerdictLook } from './run-words.ts';
import { SpeedPatternView } from './SpeedPatternView.tsx';
import { blockingKinds, dayHourGrid, type GridKind } from './timeline-grid.ts';

type Loaded = { kind: 'loading' } | { kind: 'ready'; timeline: Timeline } | { kind: 'error'; error: IpcError };

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourText = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/**
 * The history over time, for repeated checks: one site's result in every check, in
 * time order, and a day × hour grid of when each kind of blocking was seen.
 */
export function TimelineView(): React.JSX.Element {
  const { t } = useTranslation();
  const { api } = useApp();
  const errorText = useIpcErrorText();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void api.runTimeline().then((answer) => {
      if (live)
        setLoaded(answer.ok ? { kind: 'ready', timeline: answer.value } : { kind: 'error', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (loaded.kind === 'loading') return <p role="status">{t('ui.loading')}</p>;
  if (loaded.kind === 'error') {
    return (
      <p role="alert" className={styles.alert}>
        {t('history.list.load-error', { reason: errorText(loaded.error) })}
      </p>
    );
  }
  const { timeline } = loaded;
  if (timeline.runs.length === 0 || timeline.targets.length === 0) return <p>{t('history.timeline.empty')}</p>;
  return (
    <>
      <p className={styles.intro}>{t('history.timeline.intro', { count: timeline.runs.length })}</p>
      <TargetTimeline timeline={timeline} />
      <BlockingGrid timeline={timeline} />
      <SpeedPatternView />
    </>
  );
}

/** One site across the checks: when, and its result on your connection (symbol and word). */
function TargetTimeline({ timeline }: { timeline: Timeline }): React.JSX.Element {
  const { t } = useTranslation();
  const { language } = useApp();
  const id = useId();
  // The first site that was ever blocked is the likeliest question.
  const first = timeline.targets.find((target) => target.statuses.some((s) => s !== null && isBlocking(s)));
  const [input, setInput] = useState(first?.input ?? timeline.targets[0]?.input ?? '');
  const target = timeline.targets.find((candidate) => candidate.input === input) ?? timeline.targets[0];

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('history.timeline.target-title')}</h2>
      <label htmlFor={`${id}-target`}>{t('history.timeline.target')}</label>
      <br />
      <select id={`${id}-target`} value={target?.input ?? ''} onChange={(event) => setInput(event.target.value)}>
        {timeline.targets.map((candidate) => (
          <option key={candidate.input} value={candidate.input}>
            {labelledName(t, candidate)}
          </option>
        ))}
      </select>
      {target === undefined ? null : (
        <VirtualTable
          caption={t('history.timeline.target-caption', { target: labelledName(t, target) })}
          tableClassName={styles.table}
          columns={3}
          count={timeline.runs.length}
          head={
            <>
              <th scope="col">{t('history.list.when')}</th>
              <th scope="col">{t('history.timeline.result')}</th>
              <th scope="col">{t('history.list.network')}</th>
            </>
          }
          row={(index) => {
            const run = timeline.runs[index];
            if (run === undefined) return null;
            const look = runVerdictLook(t, index < target.statuses.length ? target.statuses[index] : undefined);
            return {
              key: run.id,
              cells: (
                <>
                  <th scope="row">{formatDateTime(run.startedAt, language)}</th>
                  <td>
                    <LookBadge look={look} />
                  </td>
                  <td>{run.network ?? '—'}</td>
                </>
              ),
            };
          }}
        />
      )}
    </section>
  );
}

/** Day × hour: how many times the chosen kind of blocking was seen in each hour with a check. */
function BlockingGrid({ timeline }: { timeline: Timeline }): React.JSX.Element {
  const { t } = useTranslation();
  const { language } = useApp();
  const id = useId();
  const [kind, setKind] = useState<GridKind>('any');
  const kinds = blockingKinds(timeline);
  const days = dayHourGrid(timeline, kind);
  const kindWord = kind === 'any' ? t('history.timeline.any') : t(`status.${kind}`);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('history.timeline.grid-title')}</h2>
      <label htmlFor={`${id}-kind`}>{t('history.timeline.kind')}</label>
      <br />
      <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as GridKind)}>
        <option value="any">{t('history.timeline.any')}</option>
        {kinds.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <p className={styles.muted}>{t('history.timeline.grid-hint', { kind: kindWord })}</p>
      <VirtualTable
        caption={t('history.timeline.grid-caption', { kind: kindWord })}
        tableClassName={`${styles.table} ${styles.grid}`}
        columns={1 + HOURS.length}
        count={days.length}
        head={
          <>
            <th scope="col">{t('history.timeline.day')}</th>
            {HOURS.map((hour) => (
              <th scope="col" key={hour} abbr={hourText(hour)}>
                {String(hour).padStart(2, '0')}
              </th>
            ))}
          </>
        }
        row={(index) => {
          const day = days[index];
          if (day === undefined) return null;
          return {
            key: day.key,
            cells: (
              <>
                <th scope="row">{formatDate(day.date, language)}</th>
                {day.hours.map((cell, hour) => (
                  <td
                    key={hour}
                    className={cell !== null && cell.seen > 0 ? styles.seen : undefined}
                    title={
                      cell === null
                        ? t('history.timeline.no-check')
                        : t('history.timeline.cell', { count: cell.seen, runs: cell.runs, kind: kindWord })
                    }
                  >
                    {cell === null ? '' : cell.seen}
                  </td>
                ))}
              </>
            ),
          };
        }}
      />
    </section>
  );
}
