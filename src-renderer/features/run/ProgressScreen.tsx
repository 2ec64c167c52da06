import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { YourTools } from '../tools/YourTools.tsx';
import { RunMatrix } from './RunMatrix.tsx';
import type { RunView } from './run-store.ts';
import styles from './Progress.module.css';
import { timeLeftMs, timeLeftText } from './time-left.ts';

/** A run as it goes: how many targets are done, each cell as its result arrives, and Cancel. */
export function ProgressScreen({ run }: { run: RunView }): React.JSX.Element {
  const { t } = useTranslation();
  const { runs } = useApp();
  const errorText = useIpcErrorText();
  const [error, setError] = useState<string | null>(null);
  const total = Math.max(run.total, run.report?.targets.length ?? 0);
  const cancelling = run.phase === 'cancelling';

  const cancel = async (): Promise<void> => {
    const refused = await runs.cancel();
    setError(refused === null ? null : errorText(refused));
  };

  return (
    <Screen title={t('ui.progress.title')}>
      <div className={styles.bar}>
        <p className={styles.count} role="status">
          {t('ui.progress.count', { done: run.done, total })}
        </p>
        <progress
          className={styles.progress}
          max={Math.max(total, 1)}
          value={run.done}
          aria-label={t('ui.progress.bar')}
        />
        {run.startedAt === null ? null : <TimeLeft startedAt={run.startedAt} finished={run.done} total={total} />}
        <Button variant="danger" onClick={() => void cancel()} disabled={cancelling}>
          {cancelling ? t('ui.progress.cancelling') : t('ui.progress.cancel')}
        </Button>
      </div>
      {error === null ? null : <p role="alert">{error}</p>}
      {run.report === null || run.report.targets.length === 0 ? null : (
        <RunMatrix report={run.report} measuring={run.measuring} caption={t('ui.progress.matrix')} />
      )}
      {run.report === null ? null : <YourTools report={run.report} running />}
    </Screen>
  );
}

/** One second: the guess is in whole minutes, a second is ample for it to keep up. */
const TICK_MS = 1000;

/** The guess of the time left, once a few targets are finished; a clock ticks it down between them. */
function TimeLeft({ startedAt, finished, total }: { startedAt: string; finished: number; total: number }) {
  const { t } = useTranslation();
  const { language } = useApp();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const left = timeLeftMs(now - Date.parse(startedAt), finished, total);
  return left === null ? null : <p className={styles.timeLeft}>{timeLeftText(t, language, left)}</p>;
}
