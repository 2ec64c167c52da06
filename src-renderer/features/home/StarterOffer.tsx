import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { regionName } from '../targets/catalog.ts';
import { ELSEWHERE, useStarter } from '../targets/starter.ts';
import styles from './Home.module.css';

/**
 * An empty list of one's own, offered Detour's lists right where Diagnose is: one
 * click fills it with a region's pack and the messengers and calls (or those alone),
 * and the next click gives the answer. The group takes focus when Diagnose is pressed
 * with nothing to check.
 */
export const StarterOffer = forwardRef<HTMLDivElement>(function StarterOffer(_props, ref) {
  const { t } = useTranslation();
  const { updateLists } = useApp();
  const headingId = useId();
  const global = useStarter(ELSEWHERE);
  const regions = global.kind === 'ready' ? global.regions : [];
  if (global.kind === 'ready' && regions.length === 0 && global.targets.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby={headingId} className={styles.starter}>
      <p id={headingId}>{t('start.empty')}</p>
      {global.kind === 'error' ? <p>{t('start.error', { reason: global.text })}</p> : null}
      <div className={styles.actions}>
        {regions.map((region) => (
          <PackButton
            key={region.code}
            place={region.code}
            label={t('start.add-pack', { region: regionName(t, region) })}
          />
        ))}
        {global.kind === 'ready' && global.targets.length > 0 ? (
          <Button
            onClick={() =>
              updateLists((current) =>
                current.targets.length === 0 ? { ...current, targets: global.targets } : current,
              )
            }
          >
            {t('start.add-global')}
          </Button>
        ) : null}
      </div>
    </div>
  );
});

/** One region's first list: its pack with the messengers and calls, read when offered. */
function PackButton({ place, label }: { place: string; label: string }): React.JSX.Element {
  const { updateLists } = useApp();
  const starter = useStarter(place);
  return (
    <Button
      disabled={starter.kind !== 'ready'}
      onClick={() => {
        if (starter.kind !== 'ready') return;
        const first = starter.targets;
        updateLists((current) => (current.targets.length === 0 ? { ...current, targets: first } : current));
      }}
    >
      {label}
    </Button>
  );
}
