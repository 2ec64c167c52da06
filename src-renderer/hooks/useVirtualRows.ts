import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';

/** About a row of the app's tables (the run matrix's are 3.5rem at 16px); rows are measured once drawn. */
const ESTIMATED_ROW_PX = 56;
/** Rows drawn beyond each edge, so a keyboard user tabbing down always finds the next row in the page. */
const OVERSCAN = 8;
/**
 * The size assumed while the scroller has none: before layout, inside a closed
 * `<details>` (the grid of an offline run), or in a DOM without layout (jsdom). The
 * browser's own measure replaces it as soon as the scroller has a size. A row not
 * laid out keeps the estimate: rows measured 0 high would all fit, and all be drawn.
 */
const UNMEASURED = { width: 1200, height: 860 } as const;

export interface VirtualRows {
  /** Takes the element that scrolls, as its `ref` (overflow: auto); the rows are laid out in it. */
  setScroller: (element: HTMLDivElement | null) => void;
  /** The row indexes to draw, in order. */
  indexes: number[];
  /** Space held for the rows above and below those drawn (spacer rows), so the scrollbar is that of the whole table. */
  before: number;
  after: number;
  /** For each drawn row's element (with `data-index`), so a taller row is measured. */
  measure: Virtualizer<HTMLDivElement, Element>['measureElement'];
}

/**
 * Only the rows of a long table that are on screen (TanStack Virtual): a run of
 * 10,000 sites draws a few dozen rows, not 10,000, and stays responsive. The table
 * stays a real `<table>`; what is not drawn is a spacer row above and below.
 */
export function useVirtualRows(count: number): VirtualRows {
  // State, not a ref: the rows depend on the scroller, so its arrival renders again.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  // The virtualizer is read afresh on every render and nothing from it is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual mutates its instance in place
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    initialRect: UNMEASURED,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height === 0 ? UNMEASURED : rect)),
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ESTIMATED_ROW_PX,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    setScroller,
    indexes: items.map((item) => item.index),
    before: first?.start ?? 0,
    after: last === undefined ? 0 : virtualizer.getTotalSize() - last.end,
    measure: virtualizer.measureElement,
  };
}
