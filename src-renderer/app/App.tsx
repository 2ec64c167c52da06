import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LANGUAGES, pickLanguage, type Language } from '../../src-main/shared/i18n/languages.ts';
import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { IpcError } from '../../src-main/shared/ipc/result.ts';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  NO_CONSENT,
  type Settings,
  type SettingsChange,
} from '../../src-main/shared/ipc/settings.ts';
import { ConsentScreen } from '../features/consent/ConsentScreen.tsx';
import { HistoryScreen } from '../features/history/HistoryScreen.tsx';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { ResultScreen } from '../features/result/ResultScreen.tsx';
import { ProgressScreen } from '../features/run/ProgressScreen.tsx';
import { ScheduledRunBanner } from '../features/run/ScheduledRunBanner.tsx';
import { useScheduledRun } from '../features/run/useScheduledRun.ts';
import { createRunStore } from '../features/run/run-store.ts';
import { WorkshopScreen } from '../features/sharing/WorkshopScreen.tsx';
import { RoutesScreen } from '../features/routes/RoutesScreen.tsx';
import { SettingsScreen } from '../features/settings/SettingsScreen.tsx';
import { TargetsScreen } from '../features/targets/TargetsScreen.tsx';
import { AppContext, type AppContextValue, type ScreenName } from '../hooks/useApp.ts';
import { useRunView } from '../hooks/useRunView.ts';
import { listsOf, settingsListStore } from '../lib/saved-lists.ts';
import styles from './App.module.css';
import { createUiI18n } from './i18n.ts';
import { LANGUAGE_NAMES } from './languages.ts';

export interface AppProps {
  api: DetourApi;
  /** The user's preferred languages (navigator.languages), for the very first start. */
  preferredLanguages?: readonly string[];
}

interface Boot {
  consented: boolean;
  settings: Settings;
}

/**
 * The app: the risk notice until the user accepts it, then the screens. Everything it
 * knows comes through `api` (window.detour, or web mode's HTTP client).
 */
export function App({ api, preferredLanguages = navigator.languages }: AppProps): React.JSX.Element {
  const [language, setLanguageState] = useState<Language>(() => pickLanguage(preferredLanguages));
  const [i18n] = useState(() => createUiI18n(language));
  const [boot, setBoot] = useState<Boot | null>(null);
  const [listsError, setListsError] = useState<IpcError | null>(null);
  // The screens read the lists from this store, never from `settings` (whose lists are as at start).
  const [store] = useState(() => settingsListStore(api, (answer) => setListsError(answer.ok ? null : answer.error)));
  const lists = useSyncExternalStore(store.subscribe, store.get);
  const [runs] = useState(() => createRunStore(api));
  const [screen, setScreen] = useState<ScreenName>('home');

  const switchLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const theme = boot?.settings.theme ?? 'system';
  useEffect(() => {
    // global.css: the colours follow the root's color-scheme; "system" leaves it to the computer.
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  useEffect(() => runs.connect(), [runs]);

  useEffect(() => {
    let live = true;
    void Promise.all([api.getConsent(), api.getSettings()]).then(([consentAnswer, settingsAnswer]) => {
      if (!live) return;
      const consent = consentAnswer.ok ? consentAnswer.value : NO_CONSENT;
      const stored = settingsAnswer.ok ? settingsAnswer.value : null;
      // Before the first answer to the notice, an untouched setting is no choice yet:
      // speak the computer's language instead.
      const untouched = stored === null || (consent.decidedAt === undefined && stored.language === 'en');
      const chosen = untouched ? pickLanguage(preferredLanguages) : stored.language;
      switchLanguage(chosen);
      if (stored !== null) store.load(listsOf(stored));
      setBoot({ consented: consent.riskNoticeAccepted, settings: stored ?? { ...DEFAULT_SETTINGS, language: chosen } });
    });
    return () => {
      live = false;
    };
    // The preferred languages count at start only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, store, switchLanguage]);

  const setLanguage = useCallback(
    (next: Language) => {
      switchLanguage(next);
      void api.setSettings({ language: next }).then((answer) => {
        if (answer.ok) setBoot((current) => (current === null ? current : { ...current, settings: answer.value }));
      });
    },
    [api, switchLanguage],
  );

  const changeSettings = useCallback(
    async (change: SettingsChange): Promise<IpcError | null> => {
      const before = boot?.settings;
      if (before === undefined) return { code: 'internal' };
      // Shown at once; put back if the main process refuses it.
      setBoot((current) =>
        current === null ? current : { ...current, settings: applySettingsChange(before, change) },
      );
      const answer = await api.setSettings(change);
      const kept = answer.ok ? answer.value : before;
      setBoot((current) => (current === null ? current : { ...current, settings: kept }));
      return answer.ok ? null : answer.error;
    },
    [api, boot],
  );

  const accept = useCallback(async (): Promise<boolean> => {
    const answer = await api.setConsent({ riskNoticeAccepted: true });
    if (!answer.ok || !answer.value.riskNoticeAccepted) return false;
    // The language read the notice in becomes the user's choice.
    if (boot !== null && boot.settings.language !== language) setLanguage(language);
    setBoot((current) => (current === null ? current : { ...current, consented: true }));
    return true;
  }, [api, boot, language, setLanguage]);

  const context = useMemo<AppContextValue | null>(
    () =>
      boot === null
        ? null
        : {
            api,
            runs,
            lists,
            updateLists: store.update,
            settings: boot.settings,
            changeSettings,
            settingsSaved: (settings) => setBoot((current) => (current === null ? current : { ...current, settings })),
            language,
            setLanguage,
            navigate: setScreen,
          },
    [api, runs, lists, store, boot, changeSettings, language, setLanguage],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <div className={styles.app}>
        <Frame
          language={language}
          onLanguage={context === null ? switchLanguage : setLanguage}
          nav={boot?.consented === true ? { screen, onScreen: setScreen } : null}
        >
          {context === null ? (
            <Loading />
          ) : (
            <AppContext.Provider value={context}>
              {listsError === null ? null : <ListsSaveError error={listsError} />}
              {boot?.consented === true ? <Screens screen={screen} /> : <ConsentScreen onAccept={accept} />}
            </AppContext.Provider>
          )}
        </Frame>
      </div>
    </I18nextProvider>
  );
}

/** The lists on screen are not the ones kept: said once, until a later save works. */
function ListsSaveError({ error }: { error: IpcError }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p role="alert" className={styles.alert}>
      {t('ui.lists.save-error', { reason: t(`ui.error.${error.code}`) })}
    </p>
  );
}

function Loading(): React.JSX.Element {
  const { t } = useTranslation();
  return <p role="status">{t('ui.loading')}</p>;
}

const NAV: readonly ScreenName[] = ['home', 'targets', 'routes', 'history', 'workshop', 'settings'];

/** Each screen's word in the navigation: the sharing and history catalogs name their own. */
function navKey(name: ScreenName): string {
  if (name === 'history') return 'history.nav';
  if (name === 'workshop') return 'sharing.nav.workshop';
  return `ui.nav.${name}`;
}

interface FrameProps {
  language: Language;
  onLanguage: (language: Language) => void;
  /** The screens' navigation, once the notice is accepted. */
  nav: { screen: ScreenName; onScreen: (screen: ScreenName) => void } | null;
  children: React.ReactNode;
}

function Frame({ language, onLanguage, nav, children }: FrameProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <a className={styles.skip} href="#main">
        {t('ui.skip-to-content')}
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>{t('ui.app.name')}</span>
        {nav === null ? null : (
          <nav className={styles.nav} aria-label={t('ui.nav.label')}>
            <ul>
              {NAV.map((name) => (
                <li key={name}>
                  <button
                    type="button"
                    className={styles.navButton}
                    aria-current={nav.screen === name ? 'page' : undefined}
                    onClick={() => nav.onScreen(name)}
                  >
                    {t(navKey(name))}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className={styles.language}>
          <label htmlFor="app-language">{t('ui.settings.language')}</label>
          <select id="app-language" value={language} onChange={(event) => onLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** The screen chosen in the navigation; "Diagnose" shows the run while there is one. */
function Screens({ screen }: { screen: ScreenName }): React.JSX.Element {
  const run = useRunView();
  // A schedule's run goes on in the background: the Start screen stays, with a line saying so.
  const scheduled = useScheduledRun(run);
  switch (screen) {
    case 'routes':
      return <RoutesScreen />;
    case 'targets':
      return <TargetsScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'workshop':
      return <WorkshopScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'home':
      if (run === null) return <HomeScreen />;
      if (scheduled === true) {
        return (
          <>
            <ScheduledRunBanner run={run} />
            <HomeScreen />
          </>
        );
      }
      if (run.phase === 'running' || run.phase === 'cancelling') return <ProgressScreen run={run} />;
      return <ResultScreen run={run} />;
  }
}
