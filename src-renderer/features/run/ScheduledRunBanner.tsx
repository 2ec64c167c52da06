import { useTranslation } from 'react-i18next';
import type { RunView } from './run-store.ts';
import styles from './Progress.module.css';

/**
 * A scheduled check going on (or just done) in the background: one line above the
 * Start screen, never the screen itself, so the person can keep working.
 */
export function ScheduledRunBanner({ run }: { run: RunView }): React.JSX.Element {
  const { t } = useTranslation();
  const going = run.phase === 'running' || run.phase === 'cancelling';
  return (
    <p role="status" className={styles.banner}>
      <span aria-hidden="true">{going ? '⟳ ' : '✓ '}</span>
      {t(going ? 'trainer.schedule.banner-running' : 'trainer.schedule.banner-done')}
    </p>
  );
}
