import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import { MAX_RUN_LABEL, type RunEntry } from '../../../src-main/shared/ipc/history.ts';
import type { IpcResult } from '../../../src-main/shared/ipc/result.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { SpacerRow } from '../../components/SpacerRow.tsx';
import { TextField } from '../../components/Field.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { useVirtualRows } from '../../hooks/useVirtualRows.ts';
import styles from './History.module.css';
import { countsText, runContents, runStateLook, runTitle } from './run-words.ts';
import { useRuns } from './useRuns.ts';

/** When, name, network, state, results, actions. */
const LIST_COLUMNS = 7;

type Confirm = { kind: 'one'; entry: RunEntry } | { kind: 'all'; count: number };

/**
 * Every saved check, newest first: when, its name and network (both changed in
 * place), how it ended, what it found. A check opens in the Result view; deleting
 * one, or the whole history, asks first.
 */
export function RunList({ onOpen }: { onOpen: (entry: RunEntry) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { api, language } = useApp();
  const errorText = useIpcErrorText();
  const { state, reload } = useRuns();
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  // A history of half-hourly checks holds thousands of runs: only those on screen are drawn.
  const { setScroller, indexes, before, after, measure } = useVirtualRows(
    state.kind === 'ready' ? state.runs.length : 0,
  );

  const afterChange = async (answer: IpcResult<unknown>, done: string): Promise<boolean> => {
    setSaid(
      answer.ok
        ? { ok: true, text: done }
        : { ok: false, text: t('history.list.error', { reason: errorText(answer.error) }) },
    );
    await reload();
    return answer.ok;
  };

  const remove = async (what: Confirm): Promise<void> => {
    setConfirm(null);
    if (what.kind === 'one') {
      const title = runTitle(t, what.entry, language);
      await afterChange(await api.deleteRun({ id: what.entry.id }), t('history.delete.done', { run: title }));
    } else {
      const answer = await api.deleteAllRuns();
      await afterChange(answer, t('history.delete-all.done', { count: answer.ok ? answer.value.deleted : 0 }));
    }
  };

  if (state.kind === 'loading') return <p role="status">{t('ui.loading')}</p>;
  if (state.kind === 'error') {
    return (
      <p role="alert" className={styles.alert}>
        {t('history.list.load-error', { reason: errorText(state.error) })}
      </p>
    );
  }
  const { runs } = state;
  return (
    <>
      <div className={styles.actions}>
        <Button
          variant="danger"
          disabled={runs.length === 0}
          onClick={() => setConfirm({ kind: 'all', count: runs.length })}
        >
          {t('history.delete-all.button')}
        </Button>
      </div>
      <p role="status" className={said?.ok === false ? styles.alert : undefined}>
        {said?.text}
      </p>
      {runs.length === 0 ? (
        <p>{t('history.list.empty')}</p>
      ) : (
        <div ref={setScroller} className={styles.longScroller}>
          <table className={styles.table} aria-rowcount={runs.length + 1}>
            <caption>{t('history.list.caption', { count: runs.length })}</caption>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">{t('history.list.when')}</th>
                <th scope="col">{t('history.list.name')}</th>
                <th scope="col">{t('trainer.list.checked')}</th>
                <th scope="col">{t('history.list.network')}</th>
                <th scope="col">{t('history.list.state')}</th>
                <th scope="col">{t('history.list.results')}</th>
                <th scope="col">{t('history.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              <SpacerRow height={before} columns={LIST_COLUMNS} />
              {indexes.map((index) => {
                const entry = runs[index];
                if (entry === undefined) return null;
                const title = runTitle(t, entry, language);
                const look = runStateLook(t, entry);
                return (
                  <tr key={entry.id} ref={measure} data-index={index} aria-rowindex={index + 2}>
                    <th scope="row">
                      {entry.startedAt === ''
                        ? t('history.run.unknown-date')
                        : formatDateTime(entry.startedAt, language)}
                    </th>
                    <td>
                      <LabelCell
                        value={entry.name}
                        fieldLabel={t('history.list.name')}
                        buttonText={t('history.rename.button')}
                        editLabel={t('history.rename.label', { run: title })}
                        onSave={async (name) =>
                          afterChange(await api.renameRun({ id: entry.id, name }), t('history.rename.done'))
                        }
                      />
                    </td>
                    <td>{runContents(t, entry)}</td>
                    <td>
                      <LabelCell
                        value={entry.network ?? ''}
                        fieldLabel={t('history.list.network')}
                        buttonText={t('history.edit.button')}
                        editLabel={t('history.network.label', { run: title })}
                        hint={t('history.network.hint')}
                        onSave={async (network) =>
                          afterChange(await api.setRunNetwork({ id: entry.id, network }), t('history.network.done'))
                        }
                      />
                    </td>
                    <td>
                      <StatusBadge tone={look.tone} icon={look.icon} label={look.label} />
                      {entry.scheduled === true ? (
                        <div className={styles.muted}>
                          <span aria-hidden="true">⏲ </span>
                          {t('trainer.list.scheduled')}
                        </div>
                      ) : null}
                      {entry.damage === undefined ? null : (
                        <div className={styles.muted}>{t(`history.damage.${entry.damage.code}`)}</div>
                      )}
                    </td>
                    <td>{entry.status === 'damaged' ? '—' : countsText(t, entry)}</td>
                    <td>
                      <div className={styles.actions}>
                        <Button
                          aria-label={t('history.open.label', { run: title })}
                          disabled={entry.status === 'damaged'}
                          onClick={() => onOpen(entry)}
                        >
                          {t('history.open.button')}
                        </Button>
                        <Button
                          aria-label={t('history.delete.label', { run: title })}
                          disabled={entry.status === 'running'}
                          onClick={() => setConfirm({ kind: 'one', entry })}
                        >
                          {t('history.delete.button')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                );
              })}
              <SpacerRow height={after} columns={LIST_COLUMNS} />
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDelete confirm={confirm} onCancel={() => setConfirm(null)} onConfirm={(what) => void remove(what)} />
    </>
  );
}

interface LabelCellProps {
  value: string;
  fieldLabel: string;
  /** The change button's words… */
  buttonText: string;
  /** …and its accessible name, which names the run and begins with those words. */
  editLabel: string;
  hint?: string;
  /** Resolves true once saved. */
  onSave: (value: string) => Promise<boolean>;
}

/** A name or a label shown as text, changed in place: the button opens a field, Enter saves, Escape leaves it. */
function LabelCell({ value, fieldLabel, buttonText, editLabel, hint, onSave }: LabelCellProps): React.JSX.Element {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div className={styles.inline}>
        <span className={value === '' ? styles.muted : undefined}>{value === '' ? '—' : value}</span>
        <Button aria-label={editLabel} onClick={() => setDraft(value)}>
          {buttonText}
        </Button>
      </div>
    );
  }
  const save = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (await onSave(draft)) setDraft(null);
  };
  return (
    <form className={styles.inline} onSubmit={(event) => void save(event)}>
      <TextField
        label={fieldLabel}
        hint={hint}
        value={draft}
        maxLength={MAX_RUN_LABEL}
        // The field opens because the user asked for it: the cursor goes there.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      <Button type="submit" variant="primary">
        {t('history.edit.save')}
      </Button>
      <Button onClick={() => setDraft(null)}>{t('history.edit.cancel')}</Button>
    </form>
  );
}

interface ConfirmDeleteProps {
  confirm: Confirm | null;
  onCancel: () => void;
  onConfirm: (what: Confirm) => void;
}

function ConfirmDelete({ confirm, onCancel, onConfirm }: ConfirmDeleteProps): React.JSX.Element | null {
  const { t } = useTranslation();
  const { language } = useApp();
  if (confirm === null) return null;
  const one = confirm.kind === 'one';
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onCancel())}
      title={one ? t('history.delete.title') : t('history.delete-all.title')}
      closeLabel={t('history.delete.keep')}
    >
      <p>
        {one
          ? t('history.delete.text', { run: runTitle(t, confirm.entry, language) })
          : t('history.delete-all.text', { count: confirm.count })}
      </p>
      <div className={styles.actions}>
        <Button variant="danger" onClick={() => onConfirm(confirm)}>
          {one ? t('history.delete.confirm') : t('history.delete-all.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
