import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import { adviceFor, worksThrough } from '../../../src-main/core/view/advice.ts';
import { adviceText, kindsText } from '../../../src-main/core/view/advice-text.ts';
import { renderMessage } from '../../../src-main/shared/i18n/message.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { Button } from '../../components/Button.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { RunMatrix, type OpenedCell } from '../run/RunMatrix.tsx';
import type { RunView } from '../run/run-store.ts';
import { useDiagnose } from '../run/useDiagnose.ts';
import { ExportButton } from '../sharing/ExportDialog.tsx';
import { YourTools } from '../tools/YourTools.tsx';
import { EvidenceDialog } from './EvidenceDialog.tsx';
import { isCutOff, NetworkNotice } from './NetworkNotice.tsx';
import { RouteChecks } from './RouteChecks.tsx';
import styles from './Result.module.css';

/** A run opened from the history: its own notice, and the way back instead of "check again". */
export interface PastRun {
  /** The run's id in the history: its report comes without observations, and a cell's are read from there. */
  historyId: string;
  notice: string | null;
  backLabel: string;
  onBack: () => void;
}

/**
 * A finished run: the advice first (one sentence of what to do, the state of calls,
 * the counts per kind in one line), then what the network itself was like, then the
 * targets × routes grid, what opens each site next to its name and every cell opening
 * its evidence; the summary route by route and the routes' checks on the neutral sites
 * behind a disclosure; then the user's own tools. Also a past run of the history
 * (`past`). Offline or behind a login page, nothing was judged: the grid is only there
 * for whoever asks for it. A run whose report never came (joined after its start)
 * shows what the run view knows: how it ended.
 */
export function ResultScreen({ run, past }: { run: RunView; past?: PastRun | undefined }): React.JSX.Element {
  const { t } = useTranslation();
  const { runs, language } = useApp();
  const { diagnose, starting, error } = useDiagnose();
  const [opened, setOpened] = useState<OpenedCell | null>(null);
  const report = run.report;
  const targets = report?.targets ?? [];

  const advice = report === null ? null : adviceFor(report);
  const kinds = advice === null ? null : kindsText(t, advice.kinds);
  const opensThrough = (_target: unknown, verdict: Report['targets'][number]['verdict']): string => {
    const message = worksThrough(verdict);
    return message === null ? '—' : adviceText(t, message);
  };
  const network = report?.summary?.network ?? 'not-checked';
  const direct = report?.plan.paths.find((route) => route.kind === 'direct')?.name ?? 'direct';
  const routeChecks = report?.routeChecks ?? [];
  const grid =
    report === null || targets.length === 0 ? null : (
      <>
        <p className={styles.hint}>{t('ui.result.matrix-hint')}</p>
        <RunMatrix
          report={report}
          caption={t('ui.result.matrix')}
          onOpen={setOpened}
          extraColumn={{ title: t('ui.result.works-through'), cell: opensThrough }}
        />
      </>
    );

  return (
    <Screen title={t('ui.result.title')}>
      {/* A run of tools alone has no sites to advise on: its words are in Your tools. */}
      {advice === null ? null : (
        <section className={styles.advice} aria-label={t('advice.label')}>
          <p className={styles.action}>{adviceText(t, advice.action)}</p>
          {advice.calls === null ? null : <p>{adviceText(t, advice.calls)}</p>}
          {kinds === null ? null : <p className={styles.hint}>{kinds}</p>}
        </section>
      )}
      {run.phase === 'cancelled' ? <p className={styles.notice}>{t('ui.result.cancelled')}</p> : null}
      {run.phase === 'failed' ? (
        <p role="alert" className={styles.notice}>
          {t('ui.result.failed', { reason: t(`ui.error.${run.error?.code ?? 'internal'}`) })}
        </p>
      ) : null}
      {report?.summary === undefined ? null : (
        <NetworkNotice
          network={network}
          unverifiedRoutes={routeChecks.some((check) => check.status === 'unverified')}
        />
      )}
      {report?.endedAt === undefined ? null : (
        <p className={styles.hint}>
          {t(endedAtKey(report.status), { date: formatDateTime(report.endedAt, language) })}
        </p>
      )}
      {past === undefined || past.notice === null ? null : <p className={styles.notice}>{past.notice}</p>}
      <div className={styles.actions}>
        {past === undefined ? (
          <>
            <Button variant="primary" onClick={() => void diagnose()} disabled={starting}>
              {t('ui.result.again')}
            </Button>
            <Button onClick={() => runs.dismiss()}>{t('ui.result.home')}</Button>
            <ExportButton source={{ runId: run.runId }} />
          </>
        ) : (
          <>
            <Button onClick={past.onBack}>{past.backLabel}</Button>
            {/* The host finds a past run's report in the history by its id. */}
            <ExportButton source={{ runId: run.runId }} />
          </>
        )}
      </div>
      {error === null ? null : (
        <p role="alert" className={styles.alert}>
          {t('ui.home.start-error', { reason: error })}
        </p>
      )}
      {isCutOff(network) ? (
        grid === null ? null : (
          <details className={styles.tried}>
            <summary>{t('ui.network.tried')}</summary>
            {grid}
          </details>
        )
      ) : (
        <>
          {grid}
          {report?.summary === undefined || targets.length === 0 ? null : (
            <details className={styles.tried}>
              <summary>{t('advice.details')}</summary>
              <ul className={styles.summary} aria-label={t('ui.result.summary')}>
                {report.summary.messages.map((message, index) => (
                  <li key={`${message.key}-${index}`}>{renderMessage(t, message)}</li>
                ))}
              </ul>
              <RouteChecks checks={routeChecks} direct={direct} />
            </details>
          )}
        </>
      )}
      {report === null ? null : <YourTools report={report} running={false} />}
      {report === null || report.inputErrors.length === 0 ? null : (
        <section aria-labelledby="result-input-errors">
          <h2 id="result-input-errors">{t('ui.result.input-errors')}</h2>
          <ul>
            {report.inputErrors.map((inputError, index) => (
              <li key={index}>
                {t('ui.result.input-error', {
                  input: inputError.input,
                  reason: t(`ui.target.error.${inputError.code}`),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report === null ? null : (
        <EvidenceDialog report={report} cell={opened} onClose={() => setOpened(null)} historyId={past?.historyId} />
      )}
    </Screen>
  );
}

/** When the run ended, in words true to how it ended: a cancelled run never "finished". */
function endedAtKey(status: Report['status']): string {
  if (status === 'cancelled') return 'trainer.result.cancelled-at';
  if (status === 'interrupted' || status === 'running') return 'trainer.result.stopped-at';
  return 'ui.result.finished-at';
}
