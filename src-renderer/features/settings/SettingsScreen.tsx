import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src-main/shared/i18n/languages.ts';
import { settingsSchema, THEMES, type Theme } from '../../../src-main/shared/ipc/settings.ts';
import { LANGUAGE_NAMES } from '../../app/languages.ts';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { HistoryLocation } from '../history/HistoryLocation.tsx';
import { ControlsEditor } from './ControlsEditor.tsx';
import styles from './Settings.module.css';

interface NumberField {
  key: 'timeoutSeconds' | 'concurrency' | 'historyRetentionDays';
  min: number;
  max: number;
}

/** The figures as the user types them; the timeout in whole seconds, which people read more easily. */
const FIELDS: readonly NumberField[] = [
  { key: 'timeoutSeconds', min: 1, max: 120 },
  { key: 'concurrency', min: 1, max: 512 },
  { key: 'historyRetentionDays', min: 0, max: 3650 },
];

type Draft = Record<NumberField['key'], string>;

function readWhole(text: string, field: NumberField): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= field.min && value <= field.max ? value : null;
}

/**
 * Language (switches at once), the measuring figures, how long results are kept, the
 * neutral sites measured first, and where data lives.
 */
export function SettingsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, settings, settingsSaved, changeSettings, language, setLanguage } = useApp();
  const errorText = useIpcErrorText();
  const [draft, setDraft] = useState<Draft>({
    timeoutSeconds: String(Math.max(1, Math.round(settings.timeoutMs / 1000))),
    concurrency: String(settings.concurrency),
    historyRetentionDays: String(settings.historyRetentionDays),
  });
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const values = FIELDS.map((field) => [field, readWhole(draft[field.key], field)] as const);
    const bad = new Set(values.filter(([, value]) => value === null).map(([field]) => field.key));
    setInvalid(bad);
    if (bad.size > 0) {
      setStatus(null);
      return;
    }
    const figure = (key: NumberField['key']): number => values.find(([field]) => field.key === key)?.[1] ?? 0;
    const change = {
      timeoutMs: figure('timeoutSeconds') * 1000,
      concurrency: figure('concurrency'),
      historyRetentionDays: figure('historyRetentionDays'),
    };
    // The contract's own bounds decide; the fields above only say them in the user's units.
    const checked = settingsSchema
      .pick({ timeoutMs: true, concurrency: true, historyRetentionDays: true })
      .safeParse(change);
    if (!checked.success) {
      setStatus({ ok: false, text: errorText({ code: 'bad-request' }) });
      return;
    }
    const answer = await api.setSettings(checked.data);
    if (answer.ok) {
      settingsSaved(answer.value);
      setStatus({ ok: true, text: t('ui.settings.saved') });
    } else {
      setStatus({ ok: false, text: t('ui.settings.error', { reason: errorText(answer.error) }) });
    }
  };

  const number = (field: NumberField, label: string, hint: string) => (
    <TextField
      className={styles.number}
      label={label}
      hint={hint}
      inputMode="numeric"
      value={draft[field.key]}
      error={invalid.has(field.key) ? t('ui.settings.out-of-range', { min: field.min, max: field.max }) : null}
      onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
    />
  );
  const [timeout, concurrency, retention] = FIELDS as [NumberField, NumberField, NumberField];

  return (
    <Screen title={t('ui.settings.title')}>
      <fieldset className={styles.group}>
        <legend>{t('ui.settings.language')}</legend>
        {LANGUAGES.map((code: Language) => (
          <label key={code} className={styles.choice} lang={code}>
            <input
              type="radio"
              name="language"
              value={code}
              checked={language === code}
              onChange={() => setLanguage(code)}
            />
            {LANGUAGE_NAMES[code]}
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t('display.theme')}</legend>
        {THEMES.map((theme: Theme) => (
          <label key={theme} className={styles.choice}>
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => void changeSettings({ theme })}
            />
            {t(`display.theme.${theme}`)}
          </label>
        ))}
      </fieldset>
      <form onSubmit={(event) => void save(event)} noValidate>
        <fieldset className={styles.group}>
          <legend>{t('ui.settings.measuring')}</legend>
          {number(timeout, t('ui.settings.timeout'), t('ui.settings.timeout-hint'))}
          {number(concurrency, t('ui.settings.concurrency'), t('ui.settings.concurrency-hint'))}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{t('ui.settings.history')}</legend>
          {number(retention, t('ui.settings.retention'), t('ui.settings.retention-hint'))}
        </fieldset>
        <Button type="submit" variant="primary">
          {t('ui.settings.save')}
        </Button>
        <p role="status" className={status?.ok === false ? styles.error : undefined}>
          {status?.text}
        </p>
      </form>
      <ControlsEditor />
      <section className={styles.data} aria-labelledby="settings-data">
        <h2 id="settings-data">{t('ui.settings.data-title')}</h2>
        <p>{t('ui.settings.data')}</p>
        <HistoryLocation />
      </section>
    </Screen>
  );
}
