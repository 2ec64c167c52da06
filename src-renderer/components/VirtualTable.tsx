import type { ReactNode } from 'react';
import { useVirtualRows } from '../hooks/useVirtualRows.ts';
import { SpacerRow } from './SpacerRow.tsx';
import styles from './VirtualTable.module.css';

/** One drawn row: its cells, the first of them the row's header (`<th scope="row">`). */
export interface VirtualRow {
  key: string;
  className?: string | undefined;
  cells: ReactNode;
}

export interface VirtualTableProps {
  caption: string;
  /** For a caption kept for assistive technology only (the section's heading says it). */
  captionClassName?: string | undefined;
  tableClassName?: string | undefined;
  /** The header row's cells, the first of them the row headers' column. */
  head: ReactNode;
  columns: number;
  count: number;
  /** The row at `index` (0: the first after the header); null for an index beyond the data. */
  row: (index: number) => VirtualRow | null;
}

/**
 * A table of any length that draws only the rows on screen (hooks/useVirtualRows.ts):
 * a real `<table>` whose real size assistive technology learns from `aria-rowcount`
 * and `aria-rowindex`, in a scroller that keeps its header and its first column in
 * view. A short table draws every row and looks as a plain one does.
 */
export function VirtualTable({
  caption,
  captionClassName,
  tableClassName,
  head,
  columns,
  count,
  row,
}: VirtualTableProps): React.JSX.Element {
  const { setScroller, indexes, before, after, measure } = useVirtualRows(count);
  return (
    // Focusable, so a keyboard scrolls a table whose rows hold nothing to tab to
    // (axe: scrollable-region-focusable); named by the table's caption.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region is reached by Tab (WCAG 2.1.1)
    <div ref={setScroller} className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      {/* aria-rowcount: the header row and every row, drawn or not. */}
      <table className={tableClassName} aria-rowcount={count + 1}>
        <caption className={captionClassName}>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>{head}</tr>
        </thead>
        <tbody>
          <SpacerRow height={before} columns={columns} />
          {indexes.map((index) => {
            const drawn = row(index);
            if (drawn === null) return null;
            const { key, className, cells } = drawn;
            return (
              <tr key={key} ref={measure} data-index={index} aria-rowindex={index + 2} className={className}>
                {cells}
              </tr>
            );
          })}
          <SpacerRow height={after} columns={columns} />
        </tbody>
      </table>
    </div>
  );
}
