import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTarget } from '../../../src-main/shared/target.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import styles from './Consent.module.css';

export interface ConsentScreenProps {
  /** Records the answer; resolves false when it could not be kept. */
  onAccept: () => Promise<boolean>;
}

/**
 * The first screen: what Detour does, what measuring can reveal to whoever runs the
 * network, which neutral sites it contacts besides the user's own, what is kept and
 * that nothing is uploaded. Nothing else is reachable before the user accepts it.
 */
export function ConsentScreen({ onAccept }: ConsentScreenProps): React.JSX.Element {
  const { t } = useTranslation();
  const { settings } = useApp();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const accept = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    const accepted = await onAccept();
    // Accepted: this screen is gone. Not kept: say so, and let the user try again.
    if (!accepted) {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <Screen title={t('ui.consent.title')} className={styles.notice}>
      <p>{t('ui.consent.what')}</p>
      <h2>{t('ui.consent.risk-title')}</h2>
      <p className={styles.risk}>{t('ui.consent.risk')}</p>
      <p>{t('ui.consent.controls', { sites: controlHosts(settings.controls) })}</p>
      <h2>{t('ui.consent.stored-title')}</h2>
      <p>{t('ui.consent.stored')}</p>
      <p>{t('ui.consent.upload')}</p>
      <div className={styles.actions}>
        <Button variant="primary" size="large" disabled={busy} onClick={() => void accept()}>
          {t('ui.consent.accept')}
        </Button>
        {failed ? <p role="alert">{t('ui.consent.error')}</p> : null}
      </div>
    </Screen>
  );
}

/** The neutral sites by the names a person recognises: their hosts, each once. */
function controlHosts(controls: readonly string[]): string {
  const hosts = controls.map((url) => {
    const parsed = parseTarget(url);
    return parsed.ok && parsed.target.kind === 'url' ? parsed.target.host : url;
  });
  return [...new Set(hosts)].join(', ');
}
