import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunEntry } from '../../../src-main/shared/ipc/history.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { CompareView } from './CompareView.tsx';
import styles from './History.module.css';
import { PastRunView } from './PastRunView.tsx';
import { RunList } from './RunList.tsx';
import { TimelineView } from './TimelineView.tsx';
import { VpnCheck } from './VpnCheck.tsx';

type Part = 'list' | 'compare' | 'vpn' | 'timeline';
const PARTS: readonly Part[] = ['list', 'compare', 'vpn', 'timeline'];

/**
 * Past checks: the list (open, name, label, delete), two of them compared, the
 * guided VPN check, and the timeline of repeated checks. An opened check is shown
 * in the Result view, with the way back to the list.
 */
export function HistoryScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const [part, setPart] = useState<Part>('list');
  const [opened, setOpened] = useState<RunEntry | null>(null);

  if (opened !== null) return <PastRunView entry={opened} onBack={() => setOpened(null)} />;
  return (
    <Screen title={t('history.title')}>
      <nav aria-label={t('history.parts')}>
        <ul className={styles.tabs}>
          {PARTS.map((name) => (
            <li key={name}>
              <Button
                className={styles.tab}
                aria-current={part === name ? 'page' : undefined}
                onClick={() => setPart(name)}
              >
                {t(`history.part.${name}`)}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`history.part.${part}`)}</h2>
      {part === 'list' ? <RunList onOpen={setOpened} /> : null}
      {part === 'compare' ? <CompareView /> : null}
      {part === 'vpn' ? <VpnCheck /> : null}
      {part === 'timeline' ? <TimelineView /> : null}
    </Screen>
  );
}
