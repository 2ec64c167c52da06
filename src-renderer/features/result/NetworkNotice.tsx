import { useTranslation } from 'react-i18next';
import type { NetworkState } from '../../../src-main/shared/verdict.ts';
import { Button } from '../../components/Button.tsx';
import { useApp } from '../../hooks/useApp.ts';
import styles from './Result.module.css';

/** Whether a run judged nothing at all: offline, or a login page answered for everything. */
export function isCutOff(network: NetworkState | undefined): boolean {
  return network === 'offline' || network === 'captive';
}

/**
 * What the network itself was like, said before anything about the sites: offline,
 * behind a login page, or reaching none of the neutral sites (so less certain), with
 * the way to choose other neutral sites. Nothing when the network reached them.
 */
export function NetworkNotice({ network, unverifiedRoutes }: { network: NetworkState; unverifiedRoutes: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const limited = network === 'limited' || unverifiedRoutes;
  if (!isCutOff(network) && !limited) return null;
  const [icon, title] =
    network === 'offline'
      ? ['⊘', t('ui.network.offline')]
      : network === 'captive'
        ? ['⚠', t('ui.network.captive')]
        : ['?', t('ui.network.limited')];
  return (
    <section className={styles.notice} aria-labelledby="result-network">
      <h2 id="result-network" className={styles.noticeTitle}>
        <span aria-hidden="true">{icon} </span>
        {title}
      </h2>
      {isCutOff(network) ? null : <p>{t('ui.network.limited-hint')}</p>}
      {network === 'captive' ? null : (
        <Button onClick={() => navigate('settings')}>{t('ui.network.change-controls')}</Button>
      )}
    </section>
  );
}
