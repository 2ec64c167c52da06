import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import { routeList } from '../../../src-main/core/view/labels.ts';
import { renderMessage } from '../../../src-main/shared/i18n/message.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import type { Target } from '../../../src-main/shared/target.ts';
import { isBlocking } from '../../../src-main/shared/verdict.ts';
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
  notice: string | null;
  backLabel: string;
  onBack: () => void;
}

/**
 * A finished run: what the network itself was like and the plain-words summary first,
 * then how the routes did on the neutral sites, then the targets × routes grid whose
 * every cell opens its evidence, then the user's own tools. Also a past run of the
 * history (`past`). Offline or behind a login page, nothing was judged: the grid is
 * only there for whoever asks for it. A run whose report never came (joined after its
 * start) shows what the run view knows: how it ended.
 */
export function ResultScreen({ run, past }: { run: RunView; past?: PastRun | undefined }): React.JSX.Element {
  const { t } = useTranslation();
  const { runs, language } = useApp();
  const { diagnose, starting, error } = useDiagnose();
  const [opened, setOpened] = useState<OpenedCell | null>(null);
  const report = run.report;
  const targets = report?.targets ?? [];

  const worksThrough = (_target: Target, verdict: Report['targets'][number]['verdict']): string => {
    if (verdict?.direct === undefined || !isBlocking(verdict.direct.status)) return '—';
    if (verdict.restoredBy.length === 0) return t('ui.result.restored-none');
    return routeList(t, verdict.restoredBy);
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
          extraColumn={{ title: t('ui.result.works-through'), cell: worksThrough }}
        />
      </>
    );

  return (
    <Screen title={t('ui.result.title')}>
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
      {/* A run of tools alone has no sites to sum up: its words are in Your tools. */}
      {report?.summary === undefined || targets.length === 0 ? null : (
        <ul className={styles.summary} aria-label={t('ui.result.summary')}>
          {report.summary.messages.map((message, index) => (
            <li key={`${message.key}-${index}`}>{renderMessage(t, message)}</li>
          ))}
        </ul>
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
          <RouteChecks checks={routeChecks} direct={direct} />
          {grid}
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
      {report === null ? null : <EvidenceDialog report={report} cell={opened} onClose={() => setOpened(null)} />}
    </Screen>
  );
}

/** When the run ended, in words true to how it ended: a cancelled run never "finished". */
function endedAtKey(status: Report['status']): string {
  if (status === 'cancelled') return 'trainer.result.cancelled-at';
  if (status === 'interrupted' || status === 'running') return 'trainer.result.stopped-at';
  return 'ui.result.finished-at';
}
