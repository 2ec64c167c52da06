import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTarget } from '../../../src-main/shared/target.ts';
import { Button } from '../../components/Button.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import type { SavedTarget } from '../../lib/saved-lists.ts';
import { readTargetLines, type LineError } from './target-lines.ts';
import styles from './Targets.module.css';

/** The categories of Detour's own catalogue have words; a test list's own codes are shown as they are. */
const KNOWN_CATEGORIES = ['control', 'social', 'messaging', 'calls', 'circumvention', 'news'];

/** The examples of the other kinds of target: forms, not words to translate. */
const EXAMPLES = { hostPort: 'host:port', stun: 'stun:host:port' };

/** The sites and services to check: paste many at once, each line checked; remove any. */
export function TargetsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { lists, updateLists } = useApp();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<LineError[]>([]);
  const [announcement, setAnnouncement] = useState('');

  const add = (event: React.FormEvent): void => {
    event.preventDefault();
    const read = readTargetLines(text, lists.targets);
    if (read.added.length > 0) updateLists((current) => ({ ...current, targets: [...current.targets, ...read.added] }));
    setErrors(read.errors);
    setText(read.rest);
    setAnnouncement(read.added.length === 0 ? '' : t('ui.targets.added', { count: read.added.length }));
  };

  const remove = (target: SavedTarget): void => {
    updateLists((current) => ({ ...current, targets: current.targets.filter((t) => t !== target) }));
    setAnnouncement(t('ui.targets.removed', { target: target.input }));
  };

  const kindOf = (input: string): string => {
    const parsed = parseTarget(input);
    return parsed.ok ? t(`ui.targets.kind.${parsed.target.kind}`) : '';
  };
  const categoryOf = (category: string): string =>
    KNOWN_CATEGORIES.includes(category) ? t(`ui.category.${category}`) : category;

  return (
    <Screen title={t('ui.targets.title')}>
      <p className={styles.intro}>{t('ui.targets.intro', EXAMPLES)}</p>
      <form className={styles.form} onSubmit={add} noValidate>
        <TextAreaField
          label={t('ui.targets.add-label')}
          hint={t('ui.targets.add-hint')}
          value={text}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="primary">
          {t('ui.targets.add')}
        </Button>
      </form>
      <p role="status">{announcement}</p>
      {errors.length === 0 ? null : (
        <div role="alert" className={styles.errors}>
          <p>{t('ui.targets.errors', { count: errors.length })}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.line}`}>
                {t('ui.targets.line-error', {
                  line: error.line,
                  input: error.input,
                  reason: t(error.code === 'duplicate' ? 'ui.targets.duplicate' : `ui.target.error.${error.code}`),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>{t('ui.targets.list')}</h2>
      {lists.targets.length === 0 ? (
        <p>{t('ui.targets.empty')}</p>
      ) : (
        <>
          <p>{t('ui.targets.count', { count: lists.targets.length })}</p>
          <ul className={styles.list}>
            {lists.targets.map((target) => (
              <li key={target.input} className={styles.item}>
                <span>
                  <span className={styles.input}>{target.input}</span>{' '}
                  <span className={styles.muted}>
                    {kindOf(target.input)}
                    {target.category === undefined
                      ? null
                      : ` · ${t('ui.targets.category', { category: categoryOf(target.category) })}`}
                  </span>
                </span>
                <Button
                  variant="danger"
                  onClick={() => remove(target)}
                  aria-label={t('ui.targets.remove-label', { target: target.input })}
                >
                  {t('ui.targets.remove')}
                </Button>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              variant="danger"
              onClick={() => {
                updateLists((current) => ({ ...current, targets: [] }));
                setAnnouncement(t('ui.targets.cleared'));
              }}
            >
              {t('ui.targets.clear')}
            </Button>
          </div>
        </>
      )}
    </Screen>
  );
}
