import styles from './StatusBadge.module.css';

export type Tone = 'ok' | 'blocked' | 'warn' | 'neutral' | 'pending';

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
