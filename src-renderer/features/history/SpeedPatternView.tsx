import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { busyWindowLines, patternMessage, siteWindowLines } from '../../../src-main/core/view/pattern-words.ts';
import { DIRECT_ROUTE_NAME } from '../../../src-main/core/view/labels.ts';
import type { SpeedPattern } from '../../../src-main/shared/ipc/pattern.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import styles from './History.module.css';
import { SpeedHeatMap } from './SpeedHeatMap.tsx';
import { SpeedTimeline } from './SpeedTimeline.tsx';

type Loaded = { kind: 'loading' } | { kind: 'ready'; value: SpeedPattern } | { kind: 'error'; error: IpcError };

/**
 * When sites slow down against the neutral sites (the time-pattern judge): the
 * judge's sentences, then for a chosen site its week heat map and its speed over time
 * beside the neutral sites.
 */
export function SpeedPatternView(): React.JSX.Element {
  const { t } = useTranslation();
  const { api } = useApp();
  const errorText = useIpcErrorText();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [chosen, setChosen] = useState(0);

  useEffect(() => {
    let live = true;
    // The viewer's hours: in web mode the browser's clock may not be the host's.
    void api.speedPattern({ utcOffsetMinutes: -new Date().getTimezoneOffset() }).then((answer) => {
      if (live) setLoaded(answer.ok ? { kind: 'ready', value: answer.value } : { kind: 'error', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (loaded.kind === 'loading') return <p role="status">{t('ui.loading')}</p>;
  if (loaded.kind === 'error') {
    return (
      <p role="alert" className={styles.alert}>
        {t('history.list.load-error', { reason: errorText(loaded.error) })}
      </p>
    );
  }
  const { pattern, lines } = loaded.value;
  const name = (site: { site: string; route: string }): string =>
    site.route === DIRECT_ROUTE_NAME ? site.site : `${site.site} (${site.route})`;
  const site = pattern.sites[chosen] ?? pattern.sites[0];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pattern-ui.heading')}</h2>
      {site === undefined ? (
        <p>{t('pattern-ui.empty')}</p>
      ) : (
        <>
          <p className={styles.intro}>{t('pattern-ui.intro')}</p>
          <h3>{t('pattern.connection.heading')}</h3>
          <p>{patternMessage(t, pattern.connection.message)}</p>
          <WindowList lines={busyWindowLines(t, pattern.grid, pattern.connection)} />
          <label htmlFor={`${id}-site`}>{t('pattern-ui.site')}</label>{' '}
          <select
            id={`${id}-site`}
            value={pattern.sites.indexOf(site)}
            onChange={(e) => setChosen(Number(e.target.value))}
          >
            {pattern.sites.map((candidate, index) => (
              <option key={name(candidate)} value={index}>
                {name(candidate)}
              </option>
            ))}
          </select>
          <h3>{name(site)}</h3>
          <p data-pattern-kind={site.kind}>{patternMessage(t, site.message)}</p>
          <WindowList lines={siteWindowLines(t, pattern.grid, site)} />
          <SpeedHeatMap
            grid={pattern.grid}
            cells={site.cells}
            site={name(site)}
            title={t('pattern-ui.heatmap.title', { site: name(site) })}
          />
          <SpeedTimeline lines={lines} site={site.site} route={site.route} />
        </>
      )}
    </section>
  );
}

function WindowList({ lines }: { lines: readonly string[] }): React.JSX.Element | null {
  if (lines.length === 0) return null;
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
