import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTarget } from '../../../src-main/shared/target.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { regionName } from '../targets/catalog.ts';
import { defaultPlace, ELSEWHERE, useStarter } from '../targets/starter.ts';
import styles from './Consent.module.css';

export interface ConsentScreenProps {
  /** Records the answer; resolves false when it could not be kept. */
  onAccept: () => Promise<boolean>;
}

/**
 * The first screen: what Detour does, what measuring can reveal to whoever runs the
 * network, which neutral sites it contacts besides the user's own, what is kept and
 * that nothing is uploaded. Nothing else is reachable before the user accepts it.
 * With no list of their own yet, it also asks once where the user is: accepting fills
 * the list with that region's pack and the global messengers and calls, so the first
 * Diagnose gives an answer at once.
 */
export function ConsentScreen({ onAccept }: ConsentScreenProps): React.JSX.Element {
  const { t } = useTranslation();
  const { settings, lists, updateLists, language } = useApp();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [chosenPlace, setChosenPlace] = useState<string | null>(null);
  const placeId = useId();
  // Asked once: a list of one's own (from an earlier version, or kept) is never replaced.
  const asks = lists.targets.length === 0 && settings.region === undefined;
  const global = useStarter(ELSEWHERE);
  const regions = global.kind === 'ready' ? global.regions : [];
  // Until the user picks, the place follows the language the notice is read in.
  const place = chosenPlace ?? defaultPlace(language, regions);
  const starter = useStarter(place);

  const accept = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    if (asks && starter.kind === 'ready' && starter.targets.length > 0) {
      const first = starter.targets;
      updateLists((current) => (current.targets.length === 0 ? { ...current, targets: first } : current));
    }
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
      {asks && regions.length > 0 ? (
        <div className={styles.place}>
          <label htmlFor={placeId}>{t('start.place')}</label>
          <select
            id={placeId}
            value={place}
            aria-describedby={`${placeId}-hint`}
            onChange={(event) => setChosenPlace(event.target.value)}
          >
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {regionName(t, region)}
              </option>
            ))}
            <option value={ELSEWHERE}>{t('start.place.elsewhere')}</option>
          </select>
          <p id={`${placeId}-hint`} className={styles.hint}>
            {t('start.place-hint')}
          </p>
        </div>
      ) : null}
      <div className={styles.actions}>
        {/* The first list comes with the answer: wait the moment it takes to read it (a failure does not hold it up). */}
        <Button
          variant="primary"
          size="large"
          disabled={busy || (asks && starter.kind === 'loading')}
          onClick={() => void accept()}
        >
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
