import { useTranslation } from 'react-i18next';
import type { WireguardConfigInfo } from '../../../src-main/shared/ipc/tools.ts';
import { Button } from '../../components/Button.tsx';
import { useApp } from '../../hooks/useApp.ts';
import styles from './Tools.module.css';

/** On the start screen: which of the user's own tools a run checks, and the way to add or change them. */
export function ToolsSummary({ configs }: { configs: readonly WireguardConfigInfo[] | null }): React.JSX.Element {
  const { t } = useTranslation();
  const { lists, navigate } = useApp();
  const wireguard = configs?.length ?? 0;
  const bridges = lists.bridges.length;
  return (
    <div>
      <h3>{t('tools.panel.title')}</h3>
      <p className={styles.muted}>
        {wireguard + bridges === 0
          ? t('tools.summary.none')
          : t('tools.summary.some', {
              wireguard: t('tools.summary.wireguard', { count: wireguard }),
              bridges: t('tools.summary.bridges', { count: bridges }),
            })}
      </p>
      <Button onClick={() => navigate('routes')}>{t('tools.summary.change')}</Button>
    </div>
  );
}
