import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CONTROLS } from '../../../src-main/shared/controls.ts';
import { DEFAULT_CONTROL_URLS } from '../../../src-main/shared/ipc/settings.ts';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import {
  addControl,
  controlSourceKey,
  removeControl,
  type ControlChange,
  type ControlMessage,
} from './control-list.ts';
import styles from './Settings.module.css';

/**
 * The neutral sites (controls) every run and every route test measures first: Detour's
 * own set with why each is there, the user's additions, and the way back to the
 * defaults. Each change is kept at once; one line says what happened or what is wrong.
 */
export function ControlsEditor(): React.JSX.Element {
  const { t } = useTranslation();
  const { settings, changeSettings } = useApp();
  const errorText = useIpcErrorText();
  const [draft, setDraft] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const listId = useId();

  const say = (message: ControlMessage): string =>
    t(message.key, { ...message.params, ...(message.reason === undefined ? {} : { reason: t(message.reason) }) });

  const keep = async (controls: readonly string[], done: string): Promise<boolean> => {
    const error = await changeSettings({ controls: [...controls] });
    setStatus(
      error === null
        ? { ok: true, text: done }
        : { ok: false, text: t('ui.controls.error.save', { reason: errorText(error) }) },
    );
    return error === null;
  };

  const apply = async (change: ControlChange, done: (url: string) => string): Promise<boolean> => {
    if (!change.ok) {
      setStatus({ ok: false, text: say(change.error) });
      return false;
    }
    return keep(change.controls, done(change.url));
  };

  const add = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const change = addControl(settings.controls, draft);
    if (!change.ok) {
      setFieldError(say(change.error));
      setStatus(null);
      return;
    }
    setFieldError(null);
    if (await apply(change, (url) => t('ui.controls.added', { url }))) setDraft('');
  };

  return (
    <section className={styles.group} aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`} className={styles.groupTitle}>
        {t('ui.controls.title')}
      </h2>
      <p>{t('ui.controls.intro')}</p>
      <ul className={styles.controls} aria-label={t('ui.controls.list')}>
        {settings.controls.map((url) => (
          <li key={url} className={styles.control}>
            <div>
              <div className={styles.controlUrl}>{url}</div>
              <div className={styles.muted}>{t(controlSourceKey(url))}</div>
            </div>
            <Button
              variant="danger"
              aria-label={t('ui.controls.remove-label', { url })}
              onClick={() =>
                void apply(removeControl(settings.controls, url), (removed) =>
                  t('ui.controls.removed', { url: removed }),
                )
              }
            >
              {t('ui.controls.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form className={styles.addControl} onSubmit={(event) => void add(event)} noValidate>
        <TextField
          label={t('ui.controls.add-label')}
          hint={t('ui.controls.add-hint', { max: MAX_CONTROLS })}
          value={draft}
          inputMode="url"
          spellCheck={false}
          error={fieldError}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit">{t('ui.controls.add')}</Button>
      </form>
      <Button onClick={() => void keep(DEFAULT_CONTROL_URLS, t('ui.controls.reset-done'))}>
        {t('ui.controls.reset')}
      </Button>
      <p role="status" className={status?.ok === false ? styles.error : undefined}>
        {status?.text}
      </p>
    </section>
  );
}
