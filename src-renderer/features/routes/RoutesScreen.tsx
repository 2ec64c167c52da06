import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSpec } from '../../../src-main/shared/path.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { failureText } from '../../lib/words.ts';
import { describeRoute } from './route-text.ts';
import styles from './Routes.module.css';
import { RouteForm } from './RouteForm.tsx';
import { ToolsPanel } from '../tools/ToolsPanel.tsx';

type TestState =
  { kind: 'testing' } | { kind: 'usable'; ms: number } | { kind: 'unverified' } | { kind: 'failed'; text: string };

/** The routes to compare: add, change, test and remove them; the local tricks on or off. */
export function RoutesScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lists, updateLists } = useApp();
  const errorText = useIpcErrorText();
  const [stored, setStored] = useState<ReadonlySet<string>>(new Set());
  const [tests, setTests] = useState<Readonly<Record<string, TestState>>>({});
  const [editing, setEditing] = useState<PathSpec | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const strategiesId = useId();
  const listId = useId();

  useEffect(() => {
    let live = true;
    void api.listRouteCredentials().then((answer) => {
      if (live && answer.ok) setStored(new Set(answer.value.filter((state) => state.auth).map((state) => state.route)));
    });
    return () => {
      live = false;
    };
  }, [api]);

  const test = async (route: PathSpec): Promise<void> => {
    setTests((current) => ({ ...current, [route.name]: { kind: 'testing' } }));
    const answer = await api.testRoute({ route });
    let state: TestState;
    if (!answer.ok) state = { kind: 'failed', text: errorText(answer.error) };
    else if (answer.value.status === 'usable') state = { kind: 'usable', ms: answer.value.elapsedMs };
    else if (answer.value.status === 'unverified') state = { kind: 'unverified' };
    else {
      const { failure } = answer.value;
      state = { kind: 'failed', text: failure === undefined ? t('ui.routes.test-unknown') : failureText(t, failure) };
    }
    setTests((current) => ({ ...current, [route.name]: state }));
  };

  const remove = async (route: PathSpec): Promise<void> => {
    updateLists((current) => ({ ...current, routes: current.routes.filter((r) => r.name !== route.name) }));
    if (editing?.name === route.name) setEditing(null);
    setAnnouncement(t('ui.routes.removed', { name: route.name }));
    if (stored.has(route.name)) {
      await api.forgetRouteCredentials({ route: route.name });
      setStored((current) => new Set([...current].filter((name) => name !== route.name)));
    }
  };

  const saved = (spec: PathSpec, previous: PathSpec | null, password: 'saved' | 'forgotten' | 'kept'): void => {
    updateLists((current) => ({
      ...current,
      routes:
        previous === null
          ? [...current.routes, spec]
          : current.routes.map((route) => (route.name === previous.name ? spec : route)),
    }));
    setStored((current) => {
      const next = new Set(current);
      if (previous !== null && previous.name !== spec.name) next.delete(previous.name);
      if (password === 'saved') next.add(spec.name);
      if (password === 'forgotten') next.delete(spec.name);
      return next;
    });
    setTests((current) => Object.fromEntries(Object.entries(current).filter(([name]) => name !== spec.name)));
    setEditing(null);
    setAnnouncement(t('ui.routes.saved', { name: spec.name }));
  };

  return (
    <Screen title={t('ui.routes.title')}>
      <p className={styles.intro}>{t('ui.routes.intro')}</p>
      <p role="status">{announcement}</p>
      <h2 id={listId}>{t('ui.routes.list')}</h2>
      {lists.routes.length === 0 ? (
        <p>{t('ui.routes.empty')}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={listId}>
          {lists.routes.map((route) => (
            <RouteItem
              key={route.name}
              route={route}
              passwordSaved={stored.has(route.name)}
              test={tests[route.name]}
              onTest={() => void test(route)}
              onEdit={() => setEditing(route)}
              onRemove={() => void remove(route)}
            />
          ))}
        </ul>
      )}
      <label className={styles.check} htmlFor={strategiesId}>
        <input
          id={strategiesId}
          type="checkbox"
          checked={lists.strategies}
          aria-describedby={`${strategiesId}-hint`}
          onChange={(event) => {
            const strategies = event.target.checked;
            updateLists((current) => ({ ...current, strategies }));
          }}
        />
        {t('ui.routes.strategies')}
      </label>
      <p id={`${strategiesId}-hint`} className={styles.muted}>
        {t('ui.routes.strategies-hint')}
      </p>
      <RouteForm
        key={editing?.name ?? '(new)'}
        editing={editing}
        stored={stored}
        onSaved={saved}
        onCancel={() => setEditing(null)}
      />
      <ToolsPanel />
    </Screen>
  );
}

interface RouteItemProps {
  route: PathSpec;
  passwordSaved: boolean;
  test: TestState | undefined;
  onTest: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

function RouteItem({ route, passwordSaved, test, onTest, onEdit, onRemove }: RouteItemProps): React.JSX.Element {
  const { t } = useTranslation();
  const needsPassword = route.kind === 'proxy' && route.auth;
  const isKey = route.kind === 'shadowsocks';
  return (
    <li className={styles.route}>
      <div>
        <div className={styles.routeName}>{route.name}</div>
        <div className={styles.muted}>{describeRoute(t, route)}</div>
        {isKey ? (
          <div className={passwordSaved ? styles.ok : styles.error}>
            <span aria-hidden="true">{passwordSaved ? '✓ ' : '✕ '}</span>
            {passwordSaved ? t('ui.routes.key-saved') : t('ui.routes.key-missing')}
          </div>
        ) : null}
        {needsPassword ? (
          <div className={passwordSaved ? styles.ok : styles.error}>
            {passwordSaved ? t('ui.routes.password-saved') : t('ui.routes.password-missing')}
          </div>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button
          onClick={onTest}
          disabled={test?.kind === 'testing'}
          aria-label={t('ui.routes.test-label', { name: route.name })}
        >
          {t('ui.routes.test')}
        </Button>
        <Button onClick={onEdit} aria-label={t('ui.routes.edit-label', { name: route.name })}>
          {t('ui.routes.edit')}
        </Button>
        <Button variant="danger" onClick={onRemove} aria-label={t('ui.routes.remove-label', { name: route.name })}>
          {t('ui.routes.remove')}
        </Button>
      </div>
      <p className={styles.result} role="status">
        {test?.kind === 'testing' ? t('ui.routes.testing') : null}
        {test?.kind === 'usable' ? (
          <span className={styles.ok}>
            <span aria-hidden="true">✓ </span>
            {t('ui.routes.test-ok', { seconds: (test.ms / 1000).toFixed(1) })}
          </span>
        ) : null}
        {test?.kind === 'unverified' ? (
          <span>
            <span aria-hidden="true">? </span>
            {t('ui.routes.test-unverified')}
          </span>
        ) : null}
        {test?.kind === 'failed' ? (
          <span className={styles.error}>
            <span aria-hidden="true">✕ </span>
            {t('ui.routes.test-failed', { reason: test.text })}
          </span>
        ) : null}
      </p>
    </li>
  );
}
