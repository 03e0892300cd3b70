/**
 * Which rows of a long list of rows of different heights are in view, apart from React. Heights
 * are measured once a row has been rendered and estimated before; `offsets[i]` is where row i
 * starts, `offsets[n]` the height of the whole list.
 */
export interface Span {
  readonly first: number;
  /** Exclusive. */
  readonly end: number;
}

/** Pixels rendered beyond the viewport either side, so a small scroll needs no new render. */
export const OVERSCAN_PX = 400;

export function offsetsOf(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + heightOf(i);
  return offsets;
}

/** The row under `y` (the last row whose start is at or above it), by binary search. */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The rows a viewport `height` tall scrolled to `top` shows, with OVERSCAN_PX either side. */
export function windowOf(offsets: Float64Array, top: number, height: number): Span {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, top - OVERSCAN_PX));
  const end = Math.min(count, rowAt(offsets, top + height + OVERSCAN_PX) + 1);
  return { first, end };
}

/**
 * The scroll position that brings row `index` fully into view, moving as little as possible
 * (undefined when it is already in view).
 */
export function scrollToShow(
  offsets: Float64Array,
  index: number,
  top: number,
  height: number,
): number | undefined {
  const start = offsets[index];
  const end = offsets[index + 1];
  if (start < top) return start;
  if (end > top + height) return Math.min(start, end - height);
  return undefined;
}
