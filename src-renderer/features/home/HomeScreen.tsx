import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetectedToolInfo } from '../../../src-main/shared/ipc/routes.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { routeLabel } from '../../../src-main/core/view/labels.ts';
import { describeRoute, DIRECT_ROUTE } from '../routes/route-text.ts';
import { SchedulePanel } from '../history/SchedulePanel.tsx';
import { packLabel, useTargetCatalog } from '../targets/catalog.ts';
import { useDiagnose } from '../run/useDiagnose.ts';
import { ToolsSummary } from '../tools/ToolsSummary.tsx';
import { StarterOffer } from './StarterOffer.tsx';
import { useWireguardConfigs } from '../tools/useWireguardConfigs.ts';
import styles from './Home.module.css';

/** The start: one large Diagnose button, which list will be checked and which routes are compared. */
export function HomeScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { lists, settings, navigate } = useApp();
  const { diagnose, starting, error } = useDiagnose();
  const offer = useRef<HTMLDivElement>(null);
  const [emptyWarning, setEmptyWarning] = useState(false);
  const [configs] = useWireguardConfigs();
  const count = lists.targets.length;
  const ownList = settings.region === undefined;
  // With only tools (a VPN configuration, bridges) and no site, a run checks the tools alone.
  const tools = (configs?.length ?? 0) + lists.bridges.length;

  const start = (): void => {
    // Nothing to check: the lists on offer are where to go, not an error (without any, say so).
    if (ownList && count === 0 && tools === 0) {
      if (offer.current === null) setEmptyWarning(true);
      else offer.current.focus();
      return;
    }
    void diagnose();
  };

  return (
    <Screen title={t('ui.home.title')}>
      <p className={styles.intro}>{t('ui.home.intro')}</p>
      <div className={styles.diagnose}>
        <Button variant="primary" size="large" onClick={start} disabled={starting}>
          {starting ? t('ui.home.starting') : t('ui.home.diagnose')}
        </Button>
        {ownList && count === 0 && tools === 0 ? <StarterOffer ref={offer} /> : null}
        {emptyWarning && ownList && count === 0 && tools === 0 ? (
          <p role="alert" className={styles.alert}>
            {t('ui.home.targets-needed')}
          </p>
        ) : null}
        {error === null ? null : (
          <p role="alert" className={styles.alert}>
            {t('ui.home.start-error', { reason: error })}
          </p>
        )}
      </div>
      <div className={styles.panels}>
        <section className={styles.panel} aria-labelledby="home-targets">
          <h2 id="home-targets">{t('ui.home.targets-title')}</h2>
          <ListChoice />
          <div className={styles.actions}>
            <Button onClick={() => navigate('targets')}>{t('ui.home.targets-edit')}</Button>
          </div>
        </section>
        <section className={styles.panel} aria-labelledby="home-routes">
          <h2 id="home-routes">{t('ui.home.routes-title')}</h2>
          <ul className={styles.routes}>
            <li>
              <strong>{routeLabel(t, DIRECT_ROUTE.name)}</strong>{' '}
              <span className={styles.muted}>{describeRoute(t, DIRECT_ROUTE)}</span>
            </li>
            {lists.routes.map((route) => (
              <li key={route.name}>
                <strong>{route.name}</strong> <span className={styles.muted}>{describeRoute(t, route)}</span>
              </li>
            ))}
            {lists.strategies ? (
              <li>
                <strong>{t('ui.route.strategies')}</strong>
              </li>
            ) : null}
          </ul>
          {lists.routes.length === 0 ? <p>{t('ui.home.routes-empty')}</p> : null}
          <div className={styles.actions}>
            <Button onClick={() => navigate('routes')}>
              {lists.routes.length === 0 ? t('ui.home.routes-add') : t('ui.home.routes-edit')}
            </Button>
          </div>
          <LocalTools />
          <ToolsSummary configs={configs} />
        </section>
      </div>
      <SchedulePanel />
    </Screen>
  );
}

/**
 * Which list a run checks: the user's own sites, or one of Detour's region packs
 * ("Azerbaijan: sites reported blocked"). The choice is kept in the settings.
 */
function ListChoice(): React.JSX.Element {
  const { t } = useTranslation();
  const { lists, settings, changeSettings } = useApp();
  const errorText = useIpcErrorText();
  const catalog = useTargetCatalog(undefined);
  const [saveError, setSaveError] = useState<string | null>(null);
  const groupId = useId();
  const regions = catalog.kind === 'ready' ? catalog.catalog.regions : [];
  const pack = regions.find((region) => region.code === settings.region);
  const count = lists.targets.length;

  const choose = async (region: string | null): Promise<void> => {
    setSaveError(null);
    const refused = await changeSettings({ region });
    if (refused !== null) setSaveError(t('ui.settings.error', { reason: errorText(refused) }));
  };

  // A pack this version no longer has (a settings file from another one): back to the user's own sites.
  const stale = catalog.kind === 'ready' && settings.region !== undefined && pack === undefined;
  const repaired = useRef(false);
  useEffect(() => {
    if (!stale || repaired.current) return;
    repaired.current = true;
    void changeSettings({ region: null });
  }, [stale, changeSettings]);

  const option = (value: string | null, label: string, size: number) => {
    const id = `${groupId}-${value ?? 'mine'}`;
    return (
      <div key={id} className={styles.choice}>
        <input
          type="radio"
          id={id}
          name={`${groupId}-list`}
          checked={(value ?? undefined) === settings.region}
          aria-describedby={`${id}-size`}
          onChange={() => void choose(value)}
        />
        <label htmlFor={id}>{label}</label>
        <span id={`${id}-size`} className={styles.muted}>
          {t('ui.home.list-size', { count: size })}
        </span>
      </div>
    );
  };

  return (
    <>
      {regions.length === 0 ? null : (
        <fieldset className={styles.choices}>
          <legend>{t('ui.home.list-choice')}</legend>
          {option(null, t('ui.home.list-mine'), count)}
          {regions.map((region) => option(region.code, packLabel(t, region), region.count))}
        </fieldset>
      )}
      {saveError === null ? null : (
        <p role="alert" className={styles.alert}>
          {saveError}
        </p>
      )}
      {pack === undefined ? (
        <p>{count === 0 ? t('ui.home.targets-empty') : t('ui.home.targets-count', { count })}</p>
      ) : (
        <p>{t('ui.home.pack-count', { count: pack.count, list: packLabel(t, pack) })}</p>
      )}
    </>
  );
}

/** "Look for Tor/VPN tools on this computer": each one found is offered, never used silently. */
function LocalTools(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lists, updateLists } = useApp();
  const errorText = useIpcErrorText();
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'looking' }
    | { kind: 'found'; tools: DetectedToolInfo[] }
    | { kind: 'error'; text: string }
  >({ kind: 'idle' });

  const look = async (): Promise<void> => {
    setState({ kind: 'looking' });
    const answer = await api.detectLocalTools();
    setState(answer.ok ? { kind: 'found', tools: answer.value } : { kind: 'error', text: errorText(answer.error) });
  };

  const added = (tool: DetectedToolInfo): boolean => lists.routes.some((route) => route.name === tool.spec.name);
  const add = (tool: DetectedToolInfo): void =>
    updateLists((current) =>
      current.routes.some((route) => route.name === tool.spec.name)
        ? current
        : { ...current, routes: [...current.routes, tool.spec] },
    );

  return (
    <div className={styles.actions}>
      <Button onClick={() => void look()} disabled={state.kind === 'looking'}>
        {state.kind === 'looking' ? t('ui.home.detecting') : t('ui.home.detect')}
      </Button>
      <div role="status" className={styles.statusLine}>
        {state.kind === 'error' ? <p className={styles.alert}>{state.text}</p> : null}
        {state.kind === 'found' && state.tools.length === 0 ? <p>{t('ui.home.detect-none')}</p> : null}
        {state.kind === 'found' && state.tools.length > 0 ? (
          <p>{t('ui.home.detect-found', { count: state.tools.length })}</p>
        ) : null}
      </div>
      {state.kind === 'found' && state.tools.length > 0 ? (
        <ul className={styles.tools}>
          {state.tools.map((tool) => (
            <li key={tool.spec.name}>
              <span>
                {t('ui.home.detect-tool', { name: tool.candidate.name, port: tool.candidate.port })}
                {tool.needsAuth ? <span className={styles.muted}> {t('ui.home.detect-needs-auth')}</span> : null}
              </span>
              {added(tool) ? (
                <span>{t('ui.home.detect-added')}</span>
              ) : (
                <Button onClick={() => add(tool)}>{t('ui.home.detect-add', { name: tool.candidate.name })}</Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
