import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../hooks/useApp.ts';
import styles from './History.module.css';

/** Where the history lives on this computer, for Settings: a folder a person can find and empty. */
export function HistoryLocation(): React.JSX.Element | null {
  const { t } = useTranslation();
  const { api } = useApp();
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.historyLocation().then((answer) => {
      if (live && answer.ok) setFolder(answer.value.folder);
    });
    return () => {
      live = false;
    };
  }, [api]);
  if (folder === null) return null;
  return (
    <p>
      {t('history.location')} <span className={styles.folder}>{folder}</span>
    </p>
  );
}
