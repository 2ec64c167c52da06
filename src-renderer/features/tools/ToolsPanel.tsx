import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridgeLinesOf, parseBridgeLine } from '../../../src-main/shared/bridge-line.ts';
import type { AddWireguardConfigOutcome, WireguardConfigInfo } from '../../../src-main/shared/ipc/tools.ts';
import { endpointText } from '../../../src-main/shared/tools-view.ts';
import { Button } from '../../components/Button.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import styles from './Tools.module.css';
import { useWireguardConfigs } from './useWireguardConfigs.ts';

/**
 * "Your VPN and Tor bridges", on the routes screen: WireGuard configuration files (read
 * by the main process, which shows only their names and servers here), Tor bridge
 * lines pasted as text, and where Tor is. Each is checked with every run.
 */
export function ToolsPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tools.panel.title')}</h2>
      <p>{t('tools.panel.intro')}</p>
      <WireguardConfigs />
      <BridgeLines />
      <TorPath />
    </section>
  );
}

function WireguardConfigs(): React.JSX.Element {
  const { t } = useTranslation();
  const { api } = useApp();
  const errorText = useIpcErrorText();
  const [configs, setConfigs] = useWireguardConfigs();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Web mode has no file dialog for this process: the person types the path instead.
  const [askPath, setAskPath] = useState(false);
  const [path, setPath] = useState('');
  const listId = useId();

  const outcomeWords = (outcome: AddWireguardConfigOutcome): void => {
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind === 'added') {
      setConfigs([...(configs ?? []), outcome.config]);
      setMessage(t('tools.panel.added', { name: outcome.config.name }));
      setProblem(null);
      setPath('');
      return;
    }
    const reason = t(`tools.input-error.${outcome.code}`);
    setProblem(
      outcome.line === undefined
        ? t('tools.panel.rejected', { reason })
        : t('tools.panel.rejected-line', { reason, line: outcome.line }),
    );
  };

  const add = async (given?: string): Promise<void> => {
    setMessage('');
    const answer = await api.addWireguardConfig(given === undefined ? {} : { path: given });
    if (answer.ok) outcomeWords(answer.value);
    else if (answer.error.code === 'unavailable' && given === undefined) setAskPath(true);
    else setProblem(errorText(answer.error));
  };

  const remove = async (config: WireguardConfigInfo): Promise<void> => {
    const answer = await api.removeWireguardConfig({ id: config.id });
    if (answer.ok) setConfigs(answer.value);
    setMessage(t('tools.panel.removed', { name: config.name }));
  };

  return (
    <div>
      <h3 id={listId}>{t('tools.panel.wireguard')}</h3>
      <p role="status">{message}</p>
      {configs !== null && configs.length === 0 ? <p>{t('tools.panel.wireguard-empty')}</p> : null}
      <ul className={styles.configs} aria-labelledby={listId}>
        {(configs ?? []).map((config) => (
          <li key={config.id} className={styles.config}>
            <span>
              <strong>{config.name}</strong> <span className={styles.muted}>{endpointText(config.endpoint)}</span>
              {config.peers > 1 ? (
                <span className={styles.muted}> · {t('tools.panel.peers', { count: config.peers })}</span>
              ) : null}
            </span>
            <Button
              variant="danger"
              onClick={() => void remove(config)}
              aria-label={t('tools.panel.remove-label', { name: config.name })}
            >
              {t('tools.panel.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <p className={styles.muted}>{t('tools.panel.keys-note')}</p>
      {askPath ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim() !== '') void add(path.trim());
          }}
        >
          <TextField
            label={t('tools.panel.path-label')}
            hint={t('tools.panel.path-hint')}
            value={path}
            onChange={(event) => setPath(event.target.value)}
            error={problem}
            spellCheck={false}
          />
          <div className={styles.actions}>
            <Button type="submit">{t('tools.panel.add-path')}</Button>
          </div>
        </form>
      ) : (
        <div className={styles.actions}>
          <Button onClick={() => void add()}>{t('tools.panel.add-file')}</Button>
          {problem === null ? null : (
            <p role="alert" className={styles.error}>
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function BridgeLines(): React.JSX.Element {
  const { t } = useTranslation();
  const { lists, updateLists } = useApp();
  const [text, setText] = useState(() => lists.bridges.join('\n'));
  const [message, setMessage] = useState('');
  const problems = bridgeLinesOf(text).flatMap(({ text: line, line: number }) => {
    const parsed = parseBridgeLine(line);
    return parsed.ok
      ? []
      : [t('tools.panel.bridge-error', { line: number, reason: t(`tools.input-error.${parsed.code}`) })];
  });
  const save = (): void => {
    const bridges = bridgeLinesOf(text).map(({ text: line }) => line);
    updateLists((current) => ({ ...current, bridges }));
    setMessage(t('tools.panel.bridges-saved', { count: bridges.length }));
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length === 0) save();
      }}
    >
      <h3>{t('tools.panel.bridges')}</h3>
      <TextAreaField
        label={t('tools.panel.bridges-label')}
        hint={t('tools.panel.bridges-hint')}
        value={text}
        rows={4}
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setMessage('');
        }}
        error={problems.length === 0 ? null : problems.join(' ')}
      />
      <div className={styles.actions}>
        <Button type="submit" disabled={problems.length > 0}>
          {t('tools.panel.bridges-save')}
        </Button>
        <p role="status">{message}</p>
      </div>
    </form>
  );
}

function TorPath(): React.JSX.Element {
  const { t } = useTranslation();
  const { settings, changeSettings } = useApp();
  const errorText = useIpcErrorText();
  const [path, setPath] = useState(settings.torPath ?? '');
  const [message, setMessage] = useState('');
  const save = async (): Promise<void> => {
    const trimmed = path.trim();
    const refused = await changeSettings({ torPath: trimmed === '' ? null : trimmed });
    setMessage(refused === null ? t('tools.panel.tor-saved') : errorText(refused));
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        label={t('tools.panel.tor-path')}
        hint={t('tools.panel.tor-path-hint')}
        value={path}
        spellCheck={false}
        onChange={(event) => {
          setPath(event.target.value);
          setMessage('');
        }}
      />
      <div className={styles.actions}>
        <Button type="submit">{t('tools.panel.tor-save')}</Button>
        <p role="status">{message}</p>
      </div>
    </form>
  );
}
