import type { Look, Tone as VerdictTone } from '../../src-main/core/view/verdict-look.ts';
import styles from './StatusBadge.module.css';

/** A verdict's tone (core/view), or one of a run's own states. */
export type Tone = VerdictTone | 'warn' | 'neutral' | 'pending';

export interface StatusBadgeProps {
  tone: Tone;
  /** A symbol that tells the statuses apart without colour; hidden from screen readers. */
  icon: string;
  /** The word, always shown: colour and symbol never stand alone. */
  label: string;
}

export function StatusBadge({ tone, icon, label }: StatusBadgeProps): React.JSX.Element {
  return (
    <span className={`${styles.badge} ${styles[tone]}`}>
      <span className={styles.icon} aria-hidden="true">
        {icon}
      </span>
      <span className={styles.word}>{label}</span>
    </span>
  );
}

/** A verdict's look from the one view model (core/view/verdict-look.ts) as a badge. */
export function LookBadge({ look }: { look: Look }): React.JSX.Element {
  return <StatusBadge tone={look.tone} icon={look.mark} label={look.word} />;
}
