import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPORT_TEXT_BYTES } from '../../../src-main/shared/ipc/sharing.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { labelFromFileName, uniqueLabels } from '../../../src-main/core/combine-reports.ts';
import { ExportButton } from './ExportDialog.tsx';
import { mebibytes } from '../../../src-main/core/view/sizes.ts';
import { readFileText } from './files.ts';
import styles from './Sharing.module.css';
import { Combined } from './CombinedView.tsx';

/** One participant's report, checked by the main process. */
interface Loaded {
  key: number;
  fileName: string;
  /** The network's name: the file's, without `.json`. */
  label: string;
  report: Report;
}

interface Problem {
  key: number;
  fileName: string;
  text: string;
}

/**
 * The workshop view: a trainer chooses the participants' report files; each is read
 * here (FileReader, at most 50 MiB) and checked by the main process against the
 * report's schema before anything of it is shown. Then, network by network, which
 * sites are blocked how and which routes work, the sites the networks disagree on
 * first (a symbol and a word, never colour alone), and the combined report to export.
 */
export function WorkshopScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, language } = useApp();
  const [loaded, setLoaded] = useState<readonly Loaded[]>([]);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [reading, setReading] = useState(false);
  const nextKey = useRef(1);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const readFiles = async (files: readonly File[]): Promise<void> => {
    setReading(true);
    const found: Loaded[] = [];
    const failed: Problem[] = [];
    const problem = (file: File, text: string): void => {
      failed.push({ key: nextKey.current++, fileName: file.name, text });
    };
    for (const file of files) {
      if (file.size > MAX_REPORT_TEXT_BYTES) {
        problem(
          file,
          t('sharing.workshop.too-large', {
            size: mebibytes(file.size, t),
            limit: mebibytes(MAX_REPORT_TEXT_BYTES, t),
          }),
        );
        continue;
      }
      let text: string;
      try {
        text = await readFileText(file);
      } catch {
        problem(file, t('sharing.workshop.unreadable'));
        continue;
      }
      const answer = await api.readReportText({ text, language });
      if (!answer.ok) problem(file, t('sharing.workshop.check-failed', { reason: t(`ui.error.${answer.error.code}`) }));
      else if (!answer.value.valid) problem(file, answer.value.problem);
      else {
        const label = labelFromFileName(file.name);
        found.push({ key: nextKey.current++, fileName: file.name, label, report: answer.value.report });
      }
    }
    setLoaded((current) => [...current, ...found]);
    setProblems(failed);
    setReading(false);
    // The same file may be chosen again (after removing it).
    if (input.current !== null) input.current.value = '';
  };

  const labels = useMemo(() => uniqueLabels(loaded.map((each) => each.label)), [loaded]);
  const networks = useMemo(
    () => loaded.map((each, index) => ({ label: labels[index] ?? each.label, report: each.report })),
    [loaded, labels],
  );

  return (
    <Screen title={t('sharing.workshop.title')}>
      <p className={styles.intro}>{t('sharing.workshop.intro', { json: 'JSON' })}</p>
      <div className={styles.field}>
        <label htmlFor={`${id}-files`}>{t('sharing.workshop.files', { json: 'JSON' })}</label>
        <span id={`${id}-files-hint`} className={styles.hint}>
          {t('sharing.workshop.files-hint', { limit: mebibytes(MAX_REPORT_TEXT_BYTES, t) })}
        </span>
        <input
          ref={input}
          id={`${id}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${id}-files-hint`}
          disabled={reading}
          onChange={(event) => void readFiles([...(event.target.files ?? [])])}
        />
      </div>
      <p role="status" className={styles.status}>
        {reading
          ? t('sharing.workshop.reading')
          : loaded.length === 0
            ? ''
            : t('sharing.workshop.loaded', { count: loaded.length })}
      </p>
      {problems.length === 0 ? null : (
        // The alert is the section, so the list keeps its role (a list with role=alert has no list items).
        <section role="alert" aria-labelledby={`${id}-problems`} className={styles.problems}>
          <h2 id={`${id}-problems`}>{t('sharing.workshop.problems')}</h2>
          <ul>
            {problems.map((each) => (
              <li key={each.key}>
                <span aria-hidden="true">⚠ </span>
                {t('sharing.workshop.file-problem', { file: each.fileName, problem: each.text })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {loaded.length === 0 ? null : (
        <>
          <section aria-labelledby={`${id}-loaded`}>
            <h2 id={`${id}-loaded`}>{t('sharing.workshop.loaded-title')}</h2>
            <ul className={styles.files}>
              {loaded.map((each, index) => (
                <li key={each.key}>
                  <span className={styles.fileLabel}>{labels[index]}</span>{' '}
                  <Button
                    onClick={() => setLoaded((current) => current.filter((other) => other.key !== each.key))}
                    aria-label={t('sharing.workshop.remove', { name: labels[index] ?? each.label })}
                  >
                    ✕
                  </Button>
                </li>
              ))}
            </ul>
            <div className={styles.actions}>
              {loaded.length < 2 ? (
                <p className={styles.hint}>{t('sharing.workshop.need-two')}</p>
              ) : (
                <ExportButton
                  source={{ reports: networks.map(({ label, report }) => ({ label, report })) }}
                  label={t('sharing.workshop.export')}
                />
              )}
              <Button variant="danger" onClick={() => setLoaded([])}>
                {t('sharing.workshop.remove-all')}
              </Button>
            </div>
          </section>
          <Combined networks={networks} />
        </>
      )}
    </Screen>
  );
}
