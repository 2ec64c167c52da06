import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, RunEntry } from '../../../src-main/shared/ipc/history.ts';
import { Button } from '../../components/Button.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { ComparisonView } from './ComparisonView.tsx';
import styles from './History.module.css';
import { runChoice } from './run-words.ts';
import { useRuns } from './useRuns.ts';

/** Any two saved checks side by side: the earlier one and the later one, chosen from the history. */
export function CompareView(): React.JSX.Element {
  const { t } = useTranslation();
  const { api, language } = useApp();
  const errorText = useIpcErrorText();
  const { state } = useRuns();
  const id = useId();
  const [chosen, setChoice] = useState<{ before: string; after: string } | null>(null);
  const [result, setResult] = useState<{ comparison: Comparison } | { error: string } | null>(null);

  const runs: readonly RunEntry[] = state.kind === 'ready' ? state.runs.filter((run) => run.status !== 'damaged') : [];
  // The two newest by default: the one before the last, and the last.
  const [newest, previous] = runs;
  const choice =
    chosen ?? (newest === undefined || previous === undefined ? null : { before: previous.id, after: newest.id });

  if (state.kind === 'loading') return <p role="status">{t('ui.loading')}</p>;
  if (state.kind === 'error') {
    return (
      <p role="alert" className={styles.alert}>
        {t('history.list.load-error', { reason: errorText(state.error) })}
      </p>
    );
  }
  if (choice === null) return <p>{t('history.compare.too-few')}</p>;

  const compare = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setResult(null);
    const answer = await api.compareRuns({ a: choice.before, b: choice.after });
    setResult(
      answer.ok
        ? { comparison: answer.value }
        : { error: t('history.compare.error', { reason: errorText(answer.error) }) },
    );
  };
  const picker = (which: 'before' | 'after', label: string) => (
    <div>
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <br />
      <select
        id={`${id}-${which}`}
        value={choice[which]}
        onChange={(event) => {
          setChoice({ ...choice, [which]: event.target.value });
          setResult(null);
        }}
      >
        {runs.map((run) => (
          <option key={run.id} value={run.id}>
            {runChoice(t, run, language)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <p className={styles.intro}>{t('history.compare.intro')}</p>
      <form className={styles.inline} onSubmit={(event) => void compare(event)}>
        {picker('before', t('history.compare.before'))}
        {picker('after', t('history.compare.after'))}
        <Button type="submit" variant="primary" disabled={choice.before === choice.after}>
          {t('history.compare.button')}
        </Button>
      </form>
      {choice.before === choice.after ? <p>{t('history.compare.same-run')}</p> : null}
      <div role="status">
        {result !== null && 'error' in result ? <p className={styles.alert}>{result.error}</p> : null}
      </div>
      {result !== null && 'comparison' in result ? (
        <ComparisonView
          comparison={result.comparison}
          beforeLabel={t('history.compare.before')}
          afterLabel={t('history.compare.after')}
          caption={t('history.compare.caption')}
        />
      ) : null}
    </>
  );
}
