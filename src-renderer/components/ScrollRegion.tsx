import type { Ref } from 'react';

interface ScrollRegionProps {
  /** What scrolls in it (the table's caption): the name the region is announced by. */
  label: string;
  className?: string | undefined;
  /**
   * False when what it holds can be focused (buttons, links): those scroll it as the
   * keyboard reaches them, and one more stop before them would only be in the way.
   */
  focusable?: boolean;
  ref?: Ref<HTMLDivElement>;
  children: React.ReactNode;
}

/**
 * The box a wide or long table scrolls in. With nothing to focus inside, it takes
 * the focus itself, so it scrolls from the keyboard too (WCAG 2.1.1; axe's
 * scrollable-region-focusable), as a named region so that focus lands somewhere
 * that says what it is.
 */
export function ScrollRegion({ label, className, focusable = true, ref, children }: ScrollRegionProps) {
  if (!focusable) {
    return (
      <div ref={ref} className={className}>
        {children}
      </div>
    );
  }
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box with nothing focusable in it must take the focus itself (above).
    <div ref={ref} className={className} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
