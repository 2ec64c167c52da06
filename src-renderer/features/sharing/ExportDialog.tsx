import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src-main/shared/i18n/languages.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import {
  OMIT_CHOICES,
  MERGED_FORMATS,
  SINGLE_FORMATS,
  type ExportFormat,
  type OmitChoice,
  type MergeInputRequest,
} from '../../../src-main/shared/ipc/sharing.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { LANGUAGE_NAMES } from '../../app/languages.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { downloadFile } from './files.ts';
import styles from './Sharing.module.css';

/**
 * What to export: a run the main process knows (the current one, by its id), a report
 * the screen holds (a past run, a participant's file), or the workshop's reports.
 */
export type ExportSource = { runId: string } | { report: Report } | { reports: MergeInputRequest[] };

export interface ExportDialogProps {
  source: ExportSource;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The names of formats and programs: the same in every language, so parameters, not words. */
const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  json: 'JSON',
  html: 'HTML',
  pdf: 'PDF',
  csv: 'CSV',
  'merged-html': 'HTML',
  'merged-pdf': 'PDF',
};
const SPREADSHEET_PROGRAMS = 'Excel, LibreOffice Calc';

type Said = { kind: 'status'; text: string } | { kind: 'alert'; text: string } | null;

/**
 * "Export or share": the format, the report's language (the app's by default), what
 * to leave out, each choice with one plain line on what it means; then the file is
 * made by the main process and saved where the user says (the desktop app) or handed
 * to the browser as a download (web mode).
 */
export function ExportDialog({ source, open, onOpenChange }: ExportDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const { api, language: appLanguage } = useApp();
  const merged = 'reports' in source;
  const formats: readonly ExportFormat[] = merged ? MERGED_FORMATS : SINGLE_FORMATS;
  const [format, setFormat] = useState<ExportFormat>(merged ? 'merged-html' : 'html');
  const [language, setLanguage] = useState<Language>(appLanguage);
  // The public address is left out unless the user keeps it: a report is made to be handed on.
  const [omit, setOmit] = useState<readonly OmitChoice[]>(['public-ip']);
  // Null: as the format has it (a PDF is a handout without the evidence, a web page keeps it).
  const [evidenceChoice, setEvidence] = useState<boolean | null>(null);
  const hasEvidence = format === 'html' || format === 'pdf';
  const evidence = evidenceChoice ?? format !== 'pdf';
  const [saving, setSaving] = useState(false);
  const [said, setSaid] = useState<Said>(null);
  const id = useId();

  const toggle = (choice: OmitChoice, on: boolean): void =>
    setOmit((current) => (on ? [...current, choice] : current.filter((each) => each !== choice)));

  const errorText = (error: IpcError): string =>
    error.code === 'unavailable'
      ? t('sharing.export.no-pdf', { pdf: 'PDF', html: 'HTML' })
      : t('sharing.export.error', { reason: t(`ui.error.${error.code}`) });

  const save = async (): Promise<void> => {
    setSaving(true);
    setSaid(null);
    try {
      const answer = await api.exportReport({
        ...source,
        format,
        language,
        omit: [...omit],
        ...(hasEvidence ? { evidence } : {}),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      if (!answer.ok) return setSaid({ kind: 'alert', text: errorText(answer.error) });
      const outcome = answer.value;
      if (outcome.kind === 'cancelled') return setSaid({ kind: 'status', text: t('sharing.export.cancelled') });
      if (outcome.kind === 'saved') {
        return setSaid({ kind: 'status', text: t('sharing.export.saved', { file: outcome.fileName }) });
      }
      downloadFile(outcome);
      setSaid({ kind: 'status', text: t('sharing.export.downloaded', { file: outcome.fileName }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t(merged ? 'sharing.export.title-merged' : 'sharing.export.title')}
      closeLabel={t('sharing.export.close')}
    >
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset className={styles.choices}>
          <legend>{t('sharing.export.format')}</legend>
          {formats.map((each) => (
            <div key={each} className={styles.choice}>
              <input
                type="radio"
                id={`${id}-format-${each}`}
                name={`${id}-format`}
                value={each}
                checked={format === each}
                onChange={() => setFormat(each)}
                aria-describedby={`${id}-format-${each}-hint`}
              />
              <label htmlFor={`${id}-format-${each}`}>
                {t(`sharing.export.format.${each}`, { name: FORMAT_NAMES[each] })}
              </label>
              <span id={`${id}-format-${each}-hint`} className={styles.hint}>
                {t(`sharing.export.format.${each}.hint`, { programs: SPREADSHEET_PROGRAMS })}
              </span>
            </div>
          ))}
        </fieldset>
        <div className={styles.field}>
          <label htmlFor={`${id}-language`}>{t('sharing.export.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={styles.choices}>
          <legend>{t('sharing.export.omit')}</legend>
          {OMIT_CHOICES.map((choice) => (
            <div key={choice} className={styles.choice}>
              <input
                type="checkbox"
                id={`${id}-omit-${choice}`}
                checked={omit.includes(choice)}
                onChange={(event) => toggle(choice, event.target.checked)}
                aria-describedby={`${id}-omit-${choice}-hint`}
              />
              <label htmlFor={`${id}-omit-${choice}`}>{t(`sharing.export.omit.${choice}`)}</label>
              <span id={`${id}-omit-${choice}-hint`} className={styles.hint}>
                {t(
                  choice === 'network' && merged
                    ? 'sharing.export.omit.network.hint-merged'
                    : `sharing.export.omit.${choice}.hint`,
                )}
              </span>
            </div>
          ))}
        </fieldset>
        {hasEvidence ? (
          <div className={styles.choice}>
            <input
              type="checkbox"
              id={`${id}-evidence`}
              checked={evidence}
              onChange={(event) => setEvidence(event.target.checked)}
              aria-describedby={`${id}-evidence-hint`}
            />
            <label htmlFor={`${id}-evidence`}>{t('handout.export.evidence')}</label>
            <span id={`${id}-evidence-hint`} className={styles.hint}>
              {t('handout.export.evidence.hint', { pdf: FORMAT_NAMES.pdf })}
            </span>
          </div>
        ) : null}
        <p className={styles.note}>
          <span aria-hidden="true">🔒 </span>
          {t('sharing.export.passwords')}
        </p>
        <div className={styles.actions}>
          <Button type="submit" variant="primary" disabled={saving}>
            {t('sharing.export.save')}
          </Button>
        </div>
        <p role="status" className={styles.status}>
          {saving ? t('sharing.export.saving') : said?.kind === 'status' ? said.text : ''}
        </p>
        {said?.kind === 'alert' ? (
          <p role="alert" className={styles.alert}>
            {said.text}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}

/** A button that opens the dialog: what the Result view (and a past run's view) shows. */
export function ExportButton({ source, label }: { source: ExportSource; label?: string }): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // A fresh dialog each time it opens (no message left from the last save), kept
  // mounted while it closes so focus goes back to this button.
  const [opened, setOpened] = useState(0);
  return (
    <>
      <Button
        onClick={() => {
          setOpened((count) => count + 1);
          setOpen(true);
        }}
      >
        {label ?? t('sharing.export.open')}
      </Button>
      {opened === 0 ? null : <ExportDialog key={opened} source={source} open={open} onOpenChange={setOpen} />}
    </>
  );
}
