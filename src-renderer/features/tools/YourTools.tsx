import { useTranslation } from 'react-i18next';
import { toolEntries, toolWords } from '../../../src-main/shared/tools-view.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import styles from './Tools.module.css';

/**
 * "Your tools" in a run's result: each VPN configuration and bridge with a mark and its
 * state in plain words first, then why and what it works through. A tool still being
 * checked says so.
 */
export function YourTools({ report, running }: { report: Report; running: boolean }): React.JSX.Element | null {
  const { t } = useTranslation();
  const entries = toolEntries(report.plan.tools ?? null, report.tools ?? []);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="your-tools" className={styles.section}>
      <h2 id="your-tools">{t('tools.heading')}</h2>
      <ul className={styles.list}>
        {entries.map((entry) => {
          const words = toolWords(t, entry);
          const checking = running && entry.result === undefined;
          const kind =
            entry.kind === 'bridge' ? `${t('tools.kind.bridge')}, ${entry.technology}` : t('tools.kind.wireguard');
          return (
            <li key={`${entry.kind} ${entry.name}`} className={`${styles.tool} ${styles[words.tone] ?? ''}`}>
              <div className={styles.title}>
                <span aria-hidden="true" className={styles.mark}>
                  {checking ? '…' : words.mark}
                </span>
                <strong>{entry.name}</strong>{' '}
                <span className={styles.muted}>({[kind, entry.where].filter((part) => part !== '').join(', ')})</span>
              </div>
              <div className={styles.status}>
                {checking ? t('tools.checking') : words.status}
                {checking || words.confidence === '' ? null : (
                  <span className={styles.muted}> ({words.confidence})</span>
                )}
              </div>
              {checking ? null : <p className={styles.reason}>{words.reason}</p>}
              {words.through === '' ? null : <p className={styles.reason}>{words.through}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
