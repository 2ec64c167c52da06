import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { routeLabel } from '../../../src-main/core/view/labels.ts';
import { MARKS, routeCheckTone } from '../../../src-main/core/view/verdict-look.ts';
import type { RouteCheck } from '../../../src-main/shared/events.ts';
import { StatusBadge, type Tone } from '../../components/StatusBadge.tsx';
import { failureText } from '../../lib/words.ts';
import styles from './Result.module.css';

interface CheckLook {
  icon: string;
  tone: Tone;
  /** A word or two for the badge. */
  label: string;
  /** Why, in a sentence beside it; absent when the word says it all. */
  detail?: string;
}

/**
 * How a route's check on the neutral sites reads: the tone and mark of the one view
 * model (core/view), a short word, and why beside it; never colour alone.
 */
function checkLook(t: TFunction, check: RouteCheck): CheckLook {
  const tone = routeCheckTone(check.status);
  const look = { icon: MARKS[tone], tone, label: t(`ui.route-checks.${check.status}`) };
  if (check.status === 'unverified') return { ...look, detail: t('ui.route-checks.unverified-detail') };
  if (check.status === 'failed' && check.failure !== undefined)
    return { ...look, detail: failureText(t, check.failure) };
  return look;
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
              <span className={styles.checkRoute}>{routeLabel(t, check.path)}</span>
              <StatusBadge tone={look.tone} icon={look.icon} label={look.label} />
              {look.detail === undefined ? null : <span>{look.detail}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
