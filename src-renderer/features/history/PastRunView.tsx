import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunEntry } from '../../../src-main/shared/ipc/history.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { ResultScreen } from '../result/ResultScreen.tsx';
import type { RunView } from '../run/run-store.ts';
import styles from './History.module.css';
import { reportRunView } from './report-view.ts';
import { runTitle } from './run-words.ts';

type Loaded =
  { kind: 'loading' } | { kind: 'ready'; view: RunView; status: string } | { kind: 'error'; error: IpcError };

/** A past check in the Result view, as it was when it was saved; the way back leads to the history. */
export function PastRunView({ entry, onBack }: { entry: RunEntry; onBack: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { api, language } = useApp();
  const errorText = useIpcErrorText();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void api.openRun({ id: entry.id }).then((answer) => {
      if (!live) return;
      setLoaded(
        answer.ok
          ? { kind: 'ready', view: reportRunView(answer.value), status: answer.value.status }
          : { kind: 'error', error: answer.error },
      );
    });
    return () => {
      live = false;
    };
  }, [api, entry.id]);

  const back = t('history.open.back');
  if (loaded.kind !== 'ready') {
    return (
      <Screen title={runTitle(t, entry, language)}>
        {loaded.kind === 'loading' ? (
          <p role="status">{t('ui.loading')}</p>
        ) : (
          <p role="alert" className={styles.alert}>
            {t('history.open.error', { reason: errorText(loaded.error) })}
          </p>
        )}
        <Button onClick={onBack}>{back}</Button>
      </Screen>
    );
  }
  // The entry knows a run is interrupted (its writer is gone); the file may still say running.
  const unfinished = entry.status === 'interrupted' || loaded.status === 'interrupted' || loaded.status === 'running';
  const notice = [
    t('history.open.saved', { run: runTitle(t, entry, language) }),
    entry.network === undefined ? null : t('history.open.network', { network: entry.network }),
    unfinished ? t(entry.status === 'running' ? 'history.open.running' : 'history.open.interrupted') : null,
  ]
    .filter((part) => part !== null)
    .join(' ');
  return <ResultScreen run={loaded.view} past={{ historyId: entry.id, notice, backLabel: back, onBack }} />;
}
