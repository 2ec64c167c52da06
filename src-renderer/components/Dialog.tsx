import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import { Button } from './Button.tsx';
import styles from './Dialog.module.css';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** The close button's words. */
  closeLabel: string;
  children: ReactNode;
}

/**
 * A modal dialog (Radix): focus moves into it and stays there, Escape closes it, and
 * focus returns to what opened it (WCAG 2.4.3). The dialog is opened from outside
 * (a matrix cell), not by a Radix trigger, so the opener is remembered here.
 */
export function Dialog({ open, onOpenChange, title, closeLabel, children }: DialogProps): React.JSX.Element {
  const opener = useRef<HTMLElement | null>(null);
  // Radix announces the opening before it moves focus: what has focus then opened the dialog.
  const rememberOpener = (): void => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
  const returnFocus = (event: Event): void => {
    if (opener.current === null || !opener.current.isConnected) return;
    event.preventDefault();
    opener.current.focus();
  };
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content
          className={styles.content}
          aria-describedby={undefined}
          onOpenAutoFocus={rememberOpener}
          onCloseAutoFocus={returnFocus}
        >
          <div className={styles.header}>
            <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
            <RadixDialog.Close asChild>
              <Button>{closeLabel}</Button>
            </RadixDialog.Close>
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
