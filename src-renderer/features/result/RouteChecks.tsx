import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RouteCheck } from '../../../src-main/shared/events.ts';
import { StatusBadge, type Tone } from '../../components/StatusBadge.tsx';
import { failureText } from '../../lib/words.ts';
import { routeName } from '../routes/route-text.ts';
import styles from './Result.module.css';

interface CheckLook {
  icon: string;
  tone: Tone;
  /** A word or two for the badge. */
  label: string;
  /** Why, in a sentence beside it; absent when the word says it all. */
  detail?: string;
}

/** How a route's check on the neutral sites reads: a symbol, a tone and words, never colour alone. */
function checkLook(t: TFunction, check: RouteCheck): CheckLook {
  switch (check.status) {
    case 'usable':
      return { icon: '✓', tone: 'ok', label: t('ui.route-checks.usable') };
    case 'unverified':
      return {
        icon: '?',
        tone: 'neutral',
        label: t('ui.route-checks.unverified'),
        detail: t('ui.route-checks.unverified-detail'),
      };
    case 'failed':
      return {
        icon: '⚠',
        tone: 'warn',
        label: t('ui.route-checks.failed'),
        ...(check.failure === undefined ? {} : { detail: failureText(t, check.failure) }),
      };
  }
}

/**
 * Each route's check before the sites, other than the user's own connection: working,
 * not working (and why), or not proven because no neutral site answered anywhere.
 */
export function RouteChecks({ checks, direct }: { checks: readonly RouteCheck[]; direct: string }) {
  const { t } = useTranslation();
  const routes = checks.filter((check) => check.path !== direct);
  if (routes.length === 0) return null;
  return (
    <section aria-labelledby="result-route-checks">
      <h2 id="result-route-checks">{t('ui.route-checks.title')}</h2>
      <ul className={styles.checks}>
        {routes.map((check) => {
          const look = checkLook(t, check);
          return (
            <li key={check.path}>
              <span className={styles.checkRoute}>{routeName(t, check.path)}</span>
              <StatusBadge tone={look.tone} icon={look.icon} label={look.label} />
              {look.detail === undefined ? null : <span>{look.detail}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
