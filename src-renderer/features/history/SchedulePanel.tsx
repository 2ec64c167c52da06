import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '../../../src-main/shared/i18n/dates.ts';
import { MAX_EVERY_MINUTES, MAX_FOR_HOURS, type ScheduleStatus } from '../../../src-main/shared/ipc/history.ts';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { useRunView } from '../../hooks/useRunView.ts';
import { useRunRequest } from '../run/useDiagnose.ts';
import styles from './History.module.css';

function whole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

/**
 * "Repeat every N minutes for H hours": the main process runs the check on that
 * schedule (±10% at random, so the checks do not fall in step with anything on the
 * network), each one saved in the history, also while no window is open.
 */
export function SchedulePanel(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, language } = useApp();
  const errorText = useIpcErrorText();
  const runRequest = useRunRequest();
  const run = useRunView();
  const [status, setStatus] = useState<ScheduleStatus | null>(null);
  const [every, setEvery] = useState('30');
  const [hours, setHours] = useState('24');
  const [invalid, setInvalid] = useState<{ every: boolean; hours: boolean; order: boolean }>({
    every: false,
    hours: false,
    order: false,
  });
  const [problem, setProblem] = useState<string | null>(null);

  // Asked again whenever a run starts or ends: the schedule's runs are runs like any other.
  const runKey = `${run?.runId ?? ''}:${run?.phase ?? ''}`;
  useEffect(() => {
    let live = true;
    void api.getScheduleStatus().then((answer) => {
      if (live && answer.ok) setStatus(answer.value);
    });
    return () => {
      live = false;
    };
  }, [api, runKey]);

  const start = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setProblem(null);
    const everyMinutes = whole(every, 1, MAX_EVERY_MINUTES);
    const forHours = whole(hours, 1, MAX_FOR_HOURS);
    const order = everyMinutes !== null && forHours !== null && everyMinutes >= forHours * 60;
    setInvalid({ every: everyMinutes === null, hours: forHours === null, order });
    if (everyMinutes === null || forHours === null || order) return;
    const request = await runRequest();
    if (!request.ok) {
      setProblem(t('history.schedule.error', { reason: errorText(request.error) }));
      return;
    }
    if (request.value.targets.length === 0) {
      setProblem(t('ui.home.targets-needed'));
      return;
    }
    const answer = await api.startSchedule({ everyMinutes, forHours, run: request.value });
    if (answer.ok) setStatus(answer.value);
    else setProblem(t('history.schedule.error', { reason: errorText(answer.error) }));
  };

  const stop = async (): Promise<void> => {
    const answer = await api.stopSchedule();
    if (answer.ok) setStatus(answer.value);
    else setProblem(t('history.schedule.error', { reason: errorText(answer.error) }));
  };

  return (
    <section className={styles.panel} aria-labelledby="home-schedule">
      <h2 id="home-schedule">{t('history.schedule.title')}</h2>
      {status?.state === 'on' ? (
        <>
          <p role="status">
            {t('history.schedule.on', {
              count: status.everyMinutes,
              until: formatDateTime(status.endsAt, language),
            })}{' '}
            {t('history.schedule.runs-done', { count: status.runsDone })}{' '}
            {status.nextRunAt === undefined ? null : t('history.schedule.next', { time: formatTime(status.nextRunAt) })}
          </p>
          {status.skipped === undefined ? null : (
            <p>{t('history.schedule.skipped', { reason: errorText({ code: status.skipped }) })}</p>
          )}
          <p className={styles.muted}>{t('history.schedule.keep-open')}</p>
          <Button onClick={() => void stop()}>{t('history.schedule.stop')}</Button>
        </>
      ) : (
        <form onSubmit={(event) => void start(event)} noValidate>
          <p>{t('history.schedule.intro')}</p>
          <div className={styles.inline}>
            <TextField
              className={styles.number}
              label={t('history.schedule.every')}
              inputMode="numeric"
              value={every}
              error={invalid.every ? t('ui.settings.out-of-range', { min: 1, max: MAX_EVERY_MINUTES }) : null}
              onChange={(event) => setEvery(event.target.value)}
            />
            <TextField
              className={styles.number}
              label={t('history.schedule.for')}
              inputMode="numeric"
              value={hours}
              error={invalid.hours ? t('ui.settings.out-of-range', { min: 1, max: MAX_FOR_HOURS }) : null}
              onChange={(event) => setHours(event.target.value)}
            />
          </div>
          {invalid.order ? (
            <p role="alert" className={styles.alert}>
              {t('history.schedule.too-short')}
            </p>
          ) : null}
          {status?.state === 'off' && status.runsDone !== undefined ? (
            <p role="status">
              {status.stoppedBy === undefined
                ? t('history.schedule.over', { count: status.runsDone })
                : t('history.schedule.stopped', { reason: errorText({ code: status.stoppedBy }) })}
            </p>
          ) : null}
          <Button type="submit">{t('history.schedule.start')}</Button>
        </form>
      )}
      {problem === null ? null : (
        <p role="alert" className={styles.alert}>
          {problem}
        </p>
      )}
    </section>
  );
}
