import type { ButtonHTMLAttributes } from 'react';
import styles from './Button.module.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger';
  size?: 'normal' | 'large';
}

/** A button at least 44 px each way, never a bare `type=submit` by accident. */
export function Button({
  variant = 'secondary',
  size = 'normal',
  type = 'button',
  className,
  ...rest
}: ButtonProps): React.JSX.Element {
  const classes = [styles.button, styles[variant], size === 'large' ? styles.large : undefined, className];
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...rest} />;
}
