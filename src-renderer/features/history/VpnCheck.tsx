import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKS } from '../../../src-main/core/view/verdict-look.ts';
import type { Comparison } from '../../../src-main/shared/ipc/history.ts';
import { isBlocking, type VerdictStatus } from '../../../src-main/shared/verdict.ts';
import { Button } from '../../components/Button.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { useRunView } from '../../hooks/useRunView.ts';
import { useDiagnose } from '../run/useDiagnose.ts';
import { labelledName } from '../../../src-main/core/view/site-name.ts';
import { ComparisonView } from './ComparisonView.tsx';
import styles from './History.module.css';

type Which = 'off' | 'on';

type Step =
  | { kind: 'ready'; which: 'off' }
  | { kind: 'ready'; which: 'on'; offId: string }
  | { kind: 'running'; which: Which; offId: string | null; previousRunId: string | null }
  | { kind: 'done'; comparison: Comparison };

/**
 * The guided check of a full-tunnel VPN: a check with the VPN off, the same check
 * with it on, and what the VPN restored (the two compared). The two checks are saved
 * in the history labelled "VPN off" and "VPN on".
 */
export function VpnCheck(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, runs } = useApp();
  const errorText = useIpcErrorText();
  const run = useRunView();
  const { diagnose, starting, error } = useDiagnose({ stay: true });
  const [chosen, setStep] = useState<Step>({ kind: 'ready', which: 'off' });
  const [problem, setProblem] = useState<string | null>(null);
  const handled = useRef<string | null>(null);

  // The check this flow started, once it has ended.
  const ended =
    chosen.kind === 'running' &&
    run !== null &&
    run.runId !== chosen.previousRunId &&
    run.phase !== 'running' &&
    run.phase !== 'cancelling'
      ? run
      : null;
  // Cancelled or broken: the same step again, with a word on why.
  const unfinished = chosen.kind === 'running' && ended !== null && ended.phase !== 'completed';
  const step: Step =
    chosen.kind === 'running' && unfinished
      ? chosen.which === 'off' || chosen.offId === null
        ? { kind: 'ready', which: 'off' }
        : { kind: 'ready', which: 'on', offId: chosen.offId }
      : chosen;
  const said = problem ?? (unfinished ? t('history.vpn.not-finished') : null);

  const start = async (which: Which, offId: string | null): Promise<void> => {
    setProblem(null);
    const previousRunId = runs.getSnapshot()?.runId ?? null;
    if (await diagnose()) setStep({ kind: 'running', which, offId, previousRunId });
  };

  // A check that finished: label it "VPN off" or "VPN on", then the next step (or the comparison).
  useEffect(() => {
    if (chosen.kind !== 'running' || ended?.phase !== 'completed' || handled.current === ended.runId) return;
    handled.current = ended.runId;
    const { which, offId } = chosen;
    const runId = ended.runId;
    void (async () => {
      const label = t(which === 'off' ? 'history.vpn.label-off' : 'history.vpn.label-on');
      const labelled = await api.setRunNetwork({ id: runId, network: label });
      if (!labelled.ok) setProblem(t('history.vpn.label-error', { reason: errorText(labelled.error) }));
      if (which === 'off' || offId === null) {
        setStep({ kind: 'ready', which: 'on', offId: runId });
        return;
      }
      const compared = await api.compareRuns({ a: offId, b: runId });
      if (compared.ok) setStep({ kind: 'done', comparison: compared.value });
      else {
        setProblem(t('history.compare.error', { reason: errorText(compared.error) }));
        setStep({ kind: 'ready', which: 'on', offId });
      }
    })();
  }, [api, chosen, ended, errorText, t]);

  const current: 1 | 2 | 3 = step.kind === 'done' ? 3 : step.which === 'off' ? 1 : 2;
  const running = step.kind === 'running' && run !== null ? run : null;
  const stepItem = (number: 1 | 2 | 3, title: string, body: React.ReactNode) => (
    <li
      className={`${styles.step} ${current === number ? styles.current : ''}`}
      aria-current={current === number ? 'step' : undefined}
    >
      <h3>{title}</h3>
      {current === number ? body : null}
    </li>
  );
  const progress =
    running === null ? null : (
      <div className={styles.actions}>
        <p role="status">{t('ui.progress.count', { done: running.done, total: running.total })}</p>
        <Button onClick={() => void runs.cancel()} disabled={running.phase === 'cancelling'}>
          {running.phase === 'cancelling' ? t('ui.progress.cancelling') : t('ui.progress.cancel')}
        </Button>
      </div>
    );

  return (
    <>
      <p className={styles.intro}>{t('history.vpn.intro')}</p>
      {said === null ? null : (
        <p role="alert" className={styles.alert}>
          {said}
        </p>
      )}
      {error === null ? null : (
        <p role="alert" className={styles.alert}>
          {t('ui.home.start-error', { reason: error })}
        </p>
      )}
      <ol className={styles.steps}>
        {stepItem(
          1,
          t('history.vpn.step-off'),
          <>
            <p>{t('history.vpn.step-off-text')}</p>
            {step.kind === 'running' ? (
              progress
            ) : (
              <Button variant="primary" disabled={starting} onClick={() => void start('off', null)}>
                {t('history.vpn.run-off')}
              </Button>
            )}
          </>,
        )}
        {stepItem(
          2,
          t('history.vpn.step-on'),
          <>
            <p>{t('history.vpn.step-on-text')}</p>
            {step.kind === 'running' ? (
              progress
            ) : step.kind === 'ready' && step.which === 'on' ? (
              <Button variant="primary" disabled={starting} onClick={() => void start('on', step.offId)}>
                {t('history.vpn.run-on')}
              </Button>
            ) : null}
          </>,
        )}
        {stepItem(
          3,
          t('history.vpn.step-result'),
          step.kind === 'done' ? <VpnResult comparison={step.comparison} /> : null,
        )}
      </ol>
      {step.kind === 'done' ? (
        <Button onClick={() => setStep({ kind: 'ready', which: 'off' })}>{t('history.vpn.again')}</Button>
      ) : null}
    </>
  );
}

/** What the VPN restored, what it did not, then the whole comparison. */
function VpnResult({ comparison }: { comparison: Comparison }): React.JSX.Element {
  const { t } = useTranslation();
  const blocked = (status: VerdictStatus | null | undefined): boolean =>
    status !== null && status !== undefined && isBlocking(status);
  const restored = comparison.targets.filter((x) => blocked(x.before?.status) && x.after?.status === 'ok');
  const still = comparison.targets.filter((x) => blocked(x.after?.status));
  return (
    <>
      {restored.length === 0 ? (
        <p>{t('history.vpn.restored-none')}</p>
      ) : (
        <>
          <p>{t('history.vpn.restored', { count: restored.length })}</p>
          <ul>
            {restored.map((x) => (
              <li key={x.input}>
                {MARKS.ok} {labelledName(t, x)}
              </li>
            ))}
          </ul>
        </>
      )}
      {still.length === 0 ? null : (
        <>
          <p>{t('history.vpn.still-blocked', { count: still.length })}</p>
          <ul>
            {still.map((x) => (
              <li key={x.input}>
                {MARKS.blocked} {labelledName(t, x)}
              </li>
            ))}
          </ul>
        </>
      )}
      <ComparisonView
        comparison={comparison}
        beforeLabel={t('history.vpn.label-off')}
        afterLabel={t('history.vpn.label-on')}
        caption={t('history.vpn.caption')}
      />
    </>
  );
}
