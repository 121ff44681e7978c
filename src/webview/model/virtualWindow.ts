/** Which rows of a fixed-row-height list to render for a scroll position. */
export interface VirtualWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** Last rendered row (exclusive). */
  end: number;
  /** Height of the whole list in pixels (the spacer). */
  totalHeight: number;
}

/**
 * @param scrollTop how far the viewport's top is below the list's top (may be negative when the list starts lower)
 * @param overscan extra rows rendered above and below so fast scrolling does not show gaps
 */
export function computeWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan = 8): VirtualWindow {
  const totalHeight = Math.max(0, count) * rowHeight;
  if (count <= 0 || rowHeight <= 0 || viewportHeight <= 0) return { start: 0, end: 0, totalHeight };
  const firstVisible = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const lastVisible = Math.ceil(Math.max(0, scrollTop + viewportHeight) / rowHeight);
  const start = Math.min(count, Math.max(0, firstVisible - overscan));
  const end = Math.min(count, Math.max(start, lastVisible + overscan));
  return { start, end, totalHeight };
}

/**
 * The scrollTop (relative to the list top) that brings a row fully into view, or undefined when it already is.
 */
export function scrollToShow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number | undefined {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return undefined;
}
