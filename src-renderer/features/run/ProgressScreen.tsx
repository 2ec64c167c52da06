import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { YourTools } from '../tools/YourTools.tsx';
import { RunMatrix } from './RunMatrix.tsx';
import type { RunView } from './run-store.ts';
import styles from './Progress.module.css';

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
