import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ScreenProps {
  title: string;
  children: ReactNode;
  className?: string | undefined;
}

/**
 * One screen: its heading takes the focus when the screen appears, so a keyboard or
 * screen-reader user starts reading at the top of what changed.
 */
export function Screen({ title, children, className }: ScreenProps): React.JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby={id} className={className}>
      <h1 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
