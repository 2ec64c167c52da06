import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import { MAX_REPORT_TEXT_BYTES } from '../../../src-main/shared/ipc/sharing.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { isBlocking, type PathVerdict } from '../../../src-main/shared/verdict.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { statusLook } from '../../lib/words.ts';
import { routeName } from '../routes/route-text.ts';
import type { CombinedTarget } from '../../../src-main/shared/combine-reports.ts';
import { combineReports, labelFromFileName, uniqueLabels } from './combine.ts';
import { ExportButton } from './ExportDialog.tsx';
import { mebibytes, readFileText } from './files.ts';
import styles from './Sharing.module.css';

/** One participant's report, checked by the main process. */
interface Loaded {
  key: number;
  fileName: string;
  /** The report's own network name, or the file's name. */
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
          t('sharing.workshop.too-large', { size: mebibytes(file.size), limit: mebibytes(MAX_REPORT_TEXT_BYTES) }),
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
        const label = answer.value.networkLabel ?? labelFromFileName(file.name);
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
          {t('sharing.workshop.files-hint', { limit: mebibytes(MAX_REPORT_TEXT_BYTES) })}
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
        <section aria-labelledby={`${id}-problems`} className={styles.problems}>
          <h2 id={`${id}-problems`}>{t('sharing.workshop.problems')}</h2>
          <ul role="alert">
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
                  <span className={styles.fileLabel}>{labels[index]}</span>
                  {each.label === labelFromFileName(each.fileName) ? null : (
                    <span className={styles.hint}> ({each.fileName})</span>
                  )}{' '}
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

function Combined({ networks }: { networks: readonly { label: string; report: Report }[] }): React.JSX.Element {
  const { t } = useTranslation();
  const { language } = useApp();
  const combined = useMemo(() => combineReports(networks), [networks]);
  const differing = combined.targets.filter((target) => target.difference !== 'same').length;
  const routes = (names: readonly string[]): string => names.map((name) => routeName(t, name)).join(', ');

  return (
    <>
      <section aria-labelledby="workshop-networks">
        <h2 id="workshop-networks">{t('sharing.workshop.networks')}</h2>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{t('sharing.workshop.networks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.merge.network')}</th>
                <th scope="col">{t('report.meta.started')}</th>
                <th scope="col">{t('report.merge.tested')}</th>
                <th scope="col">{t('report.merge.blocked')}</th>
                <th scope="col">{t('report.merge.working-routes')}</th>
              </tr>
            </thead>
            <tbody>
              {combined.networks.map((network) => (
                <tr key={network.label}>
                  <th scope="row">{network.label}</th>
                  <td>{formatDateTime(network.startedAt, language)}</td>
                  <td>{network.tested}</td>
                  <td>{network.blocked}</td>
                  <td>
                    {network.workingRoutes.length === 0
                      ? t('report.merge.no-working-route')
                      : routes(network.workingRoutes)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="workshop-sites">
        <h2 id="workshop-sites">{t('sharing.workshop.sites')}</h2>
        <p className={styles.notice}>
          {differing === 0 ? t('report.merge.all-same') : t('report.merge.differing', { count: differing })}
        </p>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{t('sharing.workshop.sites')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sharing.workshop.site')}</th>
                {combined.networks.map((network) => (
                  <th key={network.label} scope="col">
                    {network.label}
                  </th>
                ))}
                <th scope="col">{t('sharing.workshop.comparison')}</th>
              </tr>
            </thead>
            <tbody>
              {combined.targets.map((target) => (
                <tr key={target.key} className={target.difference === 'same' ? undefined : styles.differs}>
                  <th scope="row">{target.label}</th>
                  {target.results.map((result, index) => (
                    <td key={combined.networks[index]?.label ?? index}>
                      {result === undefined ? (
                        <StatusBadge tone="pending" icon="—" label={t('report.merge.not-tested')} />
                      ) : (
                        <Verdict verdict={result.direct} />
                      )}
                      {result === undefined || result.restoredBy.length === 0 ? null : (
                        <div className={styles.hint}>
                          {t('sharing.workshop.works-through', { routes: routes(result.restoredBy) })}
                        </div>
                      )}
                    </td>
                  ))}
                  <td>
                    <Difference t={t} target={target} networks={combined.networks.map((n) => n.label)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function Verdict({ verdict }: { verdict: PathVerdict | undefined }): React.JSX.Element {
  const { t } = useTranslation();
  if (verdict === undefined) return <StatusBadge tone="neutral" icon="?" label={t('sharing.workshop.not-judged')} />;
  const look = statusLook(verdict.status);
  return <StatusBadge tone={look.tone} icon={look.icon} label={t(`status.${verdict.status}`)} />;
}

/** Whether the networks agree on a site: a symbol and a word, then what differs in plain words. */
function Difference({
  t,
  target,
  networks,
}: {
  t: TFunction;
  target: CombinedTarget;
  networks: readonly string[];
}): React.JSX.Element {
  if (target.difference === 'same') {
    return (
      <span>
        <span aria-hidden="true">= </span>
        {t('sharing.workshop.same')}
      </span>
    );
  }
  const on = (blocked: boolean): string[] =>
    networks.filter((_, index) => {
      const status = target.results[index]?.direct?.status;
      return status !== undefined && isBlocking(status) === blocked;
    });
  const detail =
    target.difference === 'blocked-somewhere'
      ? t('report.merge.difference.blocked-somewhere', { blocked: on(true).join(', '), open: on(false).join(', ') })
      : t(`report.merge.difference.${target.difference}`);
  return (
    <span className={styles.differsWord}>
      <span aria-hidden="true">≠ </span>
      <strong>{t('sharing.workshop.differs')}</strong>: {detail}
    </span>
  );
}
