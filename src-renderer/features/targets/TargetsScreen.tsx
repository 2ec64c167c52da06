import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogLabelText } from '../../../src-main/core/view/site-name.ts';
import { parseTarget } from '../../../src-main/shared/target.ts';
import { MAX_TEST_LIST_BYTES, parseTestListCsv } from '../../../src-main/shared/test-list.ts';
import { decodeUtf8Text } from '../../../src-main/shared/text-bytes.ts';
import { Button } from '../../components/Button.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { Screen } from '../../components/Screen.tsx';
import { useApp } from '../../hooks/useApp.ts';
import type { SavedTarget } from '../../lib/saved-lists.ts';
import { CATALOG_CATEGORIES } from '../../../src-main/shared/ipc/targets.ts';
import { readTargetLines, readTestList, type LineError } from './target-lines.ts';
import styles from './Targets.module.css';
import { CatalogPicker } from './CatalogPicker.tsx';

/** The examples of the other kinds of target: forms, not words to translate. */
const EXAMPLES = { hostPort: 'host:port', stun: 'stun:host:port' };
/** Names of the test-list format: the same in every language. */
const TEST_LIST = { format: 'CSV', source: 'Citizen Lab', tool: 'OONI Probe', columns: 'url, category_code' };

/** What went wrong with a file as a whole, in the user's words. */
interface FileProblem {
  name: string;
  reason: string;
}

/**
 * The sites and services to check: paste many at once, import a test list, or take
 * them from Detour's own lists; each is checked, and any can be removed.
 */
export function TargetsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { lists, updateLists } = useApp();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<LineError[]>([]);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [importing, setImporting] = useState(false);
  const fileId = useId();

  const addTargets = (added: readonly SavedTarget[]): void => {
    if (added.length > 0) updateLists((current) => ({ ...current, targets: [...current.targets, ...added] }));
  };

  const add = (event: React.FormEvent): void => {
    event.preventDefault();
    const read = readTargetLines(text, lists.targets);
    addTargets(read.added);
    setErrors(read.errors);
    setFileProblem(null);
    setText(read.rest);
    setAnnouncement(read.added.length === 0 ? '' : t('ui.targets.added', { count: read.added.length }));
  };

  const importFile = async (event: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file can be picked again (after fixing it) and still be read.
    input.value = '';
    if (file === undefined) return;
    const problem = (reason: string): void => {
      setErrors([]);
      setFileProblem({ name: file.name, reason });
      setAnnouncement('');
    };
    if (file.size > MAX_TEST_LIST_BYTES) {
      problem(t('ui.targets.import-too-big', { limit: MAX_TEST_LIST_BYTES / (1024 * 1024) }));
      return;
    }
    setImporting(true);
    const bytes = await readBytes(file);
    setImporting(false);
    const fileText = bytes === null ? null : decodeUtf8Text(bytes);
    if (fileText === null) {
      problem(t(`ui.target.error.${bytes === null ? 'unreadable-list' : 'binary-list'}`));
      return;
    }
    const read = readTestList(parseTestListCsv(fileText, file.name), file.name, lists.targets);
    addTargets(read.added);
    setErrors(read.errors);
    setFileProblem(
      read.fileError === null ? null : { name: file.name, reason: t(`ui.target.error.${read.fileError}`) },
    );
    setAnnouncement(
      read.added.length === 0 ? '' : t('ui.targets.imported', { count: read.added.length, name: file.name }),
    );
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
    (CATALOG_CATEGORIES as readonly string[]).includes(category) ? t(`ui.category.${category}`) : category;
  const lineError = (error: LineError): string => {
    const reason = t(error.code === 'duplicate' ? 'ui.targets.duplicate' : `ui.target.error.${error.code}`);
    return error.input === ''
      ? t('ui.targets.line-error-short', { line: error.line, reason })
      : t('ui.targets.line-error', { line: error.line, input: error.input, reason });
  };

  return (
    <Screen title={t('ui.targets.title')}>
      <p className={styles.intro}>{t('plain.targets.intro')}</p>
      {/* The forms other entries take and the test-list format: for whoever asks. */}
      <details className={styles.intro}>
        <summary>{t('plain.details')}</summary>
        <p>{t('plain.targets.forms', { ...EXAMPLES, ...TEST_LIST })}</p>
      </details>
      {/* The user's own list first: adding and the catalogue below it can be long. */}
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
                  {/* A built-in target by its brand and kind; its raw address behind "Details". */}
                  <span className={styles.input}>
                    {target.label === undefined ? target.input : catalogLabelText(t, target.label)}
                  </span>{' '}
                  {target.label === undefined ? null : (
                    <details className={styles.muted}>
                      <summary>{t('plain.details')}</summary>
                      <code>{target.input}</code>
                    </details>
                  )}
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
      <h2>{t('display.sites.add-title')}</h2>
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
      <div className={styles.file}>
        <label htmlFor={fileId} className={styles.label}>
          {t('ui.targets.import-label', TEST_LIST)}
        </label>
        <span id={`${fileId}-hint`} className={styles.muted}>
          {t('plain.targets.import-hint', TEST_LIST)}
        </span>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${fileId}-hint`}
          disabled={importing}
          onChange={(event) => void importFile(event)}
        />
      </div>
      <p role="status">{importing ? t('ui.targets.importing') : announcement}</p>
      {errors.length === 0 && fileProblem === null ? null : (
        <div role="alert" className={styles.errors}>
          {fileProblem === null ? null : (
            <p>{t('ui.targets.import-error', { name: fileProblem.name, reason: fileProblem.reason })}</p>
          )}
          {errors.length === 0 ? null : (
            <>
              <p>{t('ui.targets.errors', { count: errors.length })}</p>
              <ul>
                {errors.map((error, index) => (
                  <li key={`${error.line}-${index}`}>{lineError(error)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <CatalogPicker onAdded={(count) => setAnnouncement(t('ui.targets.added', { count }))} />
    </Screen>
  );
}

/** The file's bytes, or null when it cannot be read (removed meanwhile, no permission). */
function readBytes(file: Blob): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : null);
    reader.onerror = () => resolve(null);
    reader.readAsArrayBuffer(file);
  });
}
