import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { pickLanguage } from '../../src-main/shared/i18n/languages.ts';
import { Screen } from '../components/Screen.tsx';
import styles from './MissingPreloadScreen.module.css';
import { createUiI18n } from './i18n.ts';

export interface MissingPreloadScreenProps {
  /** The user's preferred languages (navigator.languages): the settings cannot be read without the bridge. */
  preferredLanguages?: readonly string[];
}

/**
 * What the desktop app shows when its preload did not run (window.detour is missing):
 * nothing else could work, because the window has no other way to the engine, so it
 * says that plainly instead of screens whose every action fails.
 */
export function MissingPreloadScreen({
  preferredLanguages = navigator.languages,
}: MissingPreloadScreenProps): React.JSX.Element {
  const [i18n] = useState(() => createUiI18n(pickLanguage(preferredLanguages)));
  return (
    <I18nextProvider i18n={i18n}>
      <Explanation />
    </I18nextProvider>
  );
}

function Explanation(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <main className={styles.page} lang={i18n.language}>
      <Screen title={t('ui.preload.title')}>
        <p className={styles.problem}>
          <span aria-hidden="true">✗ </span>
          {t('ui.preload.explain')}
        </p>
        <p>{t('ui.preload.what-to-do', { command: 'npm start' })}</p>
        <p className={styles.detail}>{t('ui.preload.detail', { name: 'window.detour' })}</p>
      </Screen>
    </main>
  );
}
