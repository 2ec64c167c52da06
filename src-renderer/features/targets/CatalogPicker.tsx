import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { catalogLabelText } from '../../../src-main/core/view/site-name.ts';
import { CATALOG_CATEGORIES, type CatalogTarget } from '../../../src-main/shared/ipc/targets.ts';
import { packLabel, savedFromCatalog, useTargetCatalog } from './catalog.ts';
import { holds, listIdentities, newTargets } from './target-lines.ts';
import styles from './Targets.module.css';

/** The value of the list picker for the global catalogue (region codes are two letters). */
const GLOBAL = 'global';

/**
 * Detour's own lists (the global catalogue and the region packs): the whole of one,
 * or single targets by category, go into the user's list with their category.
 */
export function CatalogPicker({ onAdded }: { onAdded: (count: number) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { lists, settings, updateLists } = useApp();
  const [chosen, setChosen] = useState<string>(settings.region ?? GLOBAL);
  const region = chosen === GLOBAL ? undefined : chosen;
  const catalog = useTargetCatalog(region);
  const headingId = useId();
  const selectId = useId();
  const identities = useMemo(() => listIdentities(lists.targets), [lists.targets]);

  const ready = catalog.kind === 'ready' ? catalog.catalog : null;
  const entries = ready?.entries ?? [];
  const missing = entries.filter((entry) => !holds(identities, entry.input));
  const add = (chosenEntries: typeof entries): void => {
    const added = newTargets(
      chosenEntries.map((entry) => savedFromCatalog(region, entry)),
      lists.targets,
    );
    if (added.length === 0) return;
    updateLists((current) => ({ ...current, targets: [...current.targets, ...added] }));
    onAdded(added.length);
  };

  return (
    <section className={styles.catalog} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui.catalog.title')}</h2>
      <p className={styles.intro}>{t('ui.catalog.intro')}</p>
      <div className={styles.picker}>
        <label htmlFor={selectId} className={styles.label}>
          {t('ui.catalog.list')}
        </label>
        <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value={GLOBAL}>{t('ui.catalog.global')}</option>
          {(ready?.regions ?? []).map((pack) => (
            <option key={pack.code} value={pack.code}>
              {packLabel(t, pack)}
            </option>
          ))}
          {/* While the packs load, the chosen one still has its option. */}
          {ready === null && region !== undefined ? <option value={region}>{region}</option> : null}
        </select>
      </div>
      {catalog.kind === 'loading' ? <p>{t('ui.loading')}</p> : null}
      {catalog.kind === 'error' ? <p className={styles.errors}>{catalog.text}</p> : null}
      {ready === null ? null : (
        <>
          <div className={styles.actions}>
            <Button variant="primary" disabled={missing.length === 0} onClick={() => add(missing)}>
              {missing.length === 0 ? t('ui.catalog.all-added') : t('ui.catalog.add-all', { count: missing.length })}
            </Button>
          </div>
          {CATALOG_CATEGORIES.map((category) => {
            const group = entries.filter((entry) => entry.category === category);
            if (group.length === 0) return null;
            return <CatalogGroup key={category} category={category} entries={group} has={identities} onAdd={add} />;
          })}
        </>
      )}
    </section>
  );
}

interface CatalogGroupProps {
  category: string;
  entries: readonly CatalogTarget[];
  has: ReadonlySet<string>;
  onAdd: (entries: CatalogGroupProps['entries'][number][]) => void;
}

function CatalogGroup({ category, entries, has, onAdd }: CatalogGroupProps): React.JSX.Element {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <>
      <h3 id={headingId}>{t(`ui.catalog.group.${category}`)}</h3>
      <ul className={styles.list} aria-labelledby={headingId}>
        {entries.map((entry) => {
          const name = catalogLabelText(t, entry.label);
          return (
            <li key={entry.input} className={styles.item}>
              <span>
                <span className={styles.input}>{name}</span>{' '}
                {/* The raw address is for experts: behind "Details", not on the plain list. */}
                <details className={styles.muted}>
                  <summary>{t('plain.details')}</summary>
                  <code>{entry.input}</code>
                </details>
              </span>
              {holds(has, entry.input) ? (
                <span className={styles.muted}>{t('ui.catalog.in-list')}</span>
              ) : (
                <Button onClick={() => onAdd([entry])} aria-label={t('ui.catalog.add-label', { name })}>
                  {t('ui.catalog.add')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
