import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSpec } from '../../../src-main/shared/path.ts';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { AddressHelp } from './AddressHelp.tsx';
import { EMPTY_DRAFT, readRouteDraft, type RouteDraft, type RouteFormError } from './route-form.ts';
import { routeAddress } from './route-text.ts';
import styles from './Routes.module.css';

/** Examples shown in the hints: addresses are not words to translate. */
const EXAMPLES = {
  name: 'office',
  proxy: 'socks5h://10.0.0.5:1080',
  tor: 'socks5h://127.0.0.1:9050',
  vpn: 'bind:10.8.0.2',
  doh: 'doh:https://dns.example/dns-query',
  schemes: 'socks5h://, socks5://, socks4://, http://, https://, ss://, ssconf://, doh:, bind:, strategy:',
};

interface RouteFormProps {
  editing: PathSpec | null;
  stored: ReadonlySet<string>;
  onSaved: (spec: PathSpec, previous: PathSpec | null, password: 'saved' | 'forgotten' | 'kept') => void;
  onCancel: () => void;
}

/** Adds a route, or changes one: its password is sent to the main process and never shown again. */
export function RouteForm({ editing, stored, onSaved, onCancel }: RouteFormProps): React.JSX.Element {
  const { t } = useTranslation();
  const { api, lists } = useApp();
  const errorText = useIpcErrorText();
  const [draft, setDraft] = useState<RouteDraft>(
    editing === null ? EMPTY_DRAFT : { ...EMPTY_DRAFT, name: editing.name, address: routeAddress(editing) },
  );
  const [error, setError] = useState<RouteFormError | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  const field = (name: keyof RouteDraft) => ({
    value: draft[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [name]: event.target.value }),
  });
  const errorFor = (name: RouteFormError['field']): string | null =>
    error?.field === name
      ? t(`ui.routes.error.${error.code}`, { schemes: EXAMPLES.schemes, name: draft.name.trim() })
      : null;

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setSaveError(null);
    const result = readRouteDraft(draft, { routes: lists.routes, editing, storedPasswords: stored });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setBusy(true);
    let password: 'saved' | 'forgotten' | 'kept' = 'kept';
    if (result.credentials !== undefined) {
      const answer = await api.saveRouteCredentials({ route: result.spec.name, credentials: result.credentials });
      if (!answer.ok) {
        setBusy(false);
        setSaveError(t('ui.routes.save-error', { reason: errorText(answer.error) }));
        return;
      }
      password = 'saved';
    }
    if (result.forget !== undefined) {
      await api.forgetRouteCredentials({ route: result.forget });
      if (result.forget === result.spec.name) password = 'forgotten';
    }
    setBusy(false);
    setDraft(EMPTY_DRAFT);
    onSaved(result.spec, editing, password);
  };

  const keepsPassword = editing?.kind === 'proxy' && editing.auth && stored.has(editing.name);
  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={headingId}>
        {editing === null ? t('ui.routes.add-title') : t('ui.routes.edit-title', { name: editing.name })}
      </h2>
      <TextField
        label={t('ui.routes.name')}
        hint={t('ui.routes.name-hint', { example: EXAMPLES.name })}
        error={errorFor('name')}
        autoComplete="off"
        {...field('name')}
      />
      <TextField
        label={t('ui.routes.address')}
        hint={t('ui.routes.address-hint', EXAMPLES)}
        error={errorFor('address')}
        autoComplete="off"
        spellCheck={false}
        {...field('address')}
      />
      <AddressHelp
        address={draft.address}
        onUse={(address, name) =>
          setDraft({ ...draft, address, name: draft.name.trim() === '' && name !== undefined ? name : draft.name })
        }
      />
      <Button
        onClick={() =>
          setDraft({ ...draft, name: draft.name.trim() === '' ? 'Tor' : draft.name, address: EXAMPLES.tor })
        }
      >
        {t('ui.routes.tor-preset')}
      </Button>
      <fieldset className={styles.credentials}>
        <legend>{t('ui.routes.credentials')}</legend>
        <TextField label={t('ui.routes.username')} autoComplete="off" {...field('username')} />
        <TextField
          label={t('ui.routes.password')}
          type="password"
          autoComplete="new-password"
          hint={keepsPassword ? t('ui.routes.password-kept') : undefined}
          error={errorFor('credentials')}
          {...field('password')}
        />
      </fieldset>
      {saveError === null ? null : (
        <p role="alert" className={styles.error}>
          {saveError}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('ui.routes.save')}
        </Button>
        {editing === null ? null : <Button onClick={onCancel}>{t('ui.routes.cancel-edit')}</Button>}
      </div>
    </form>
  );
}
