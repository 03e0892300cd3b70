import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { offsetsOf, rowAt, scrollToShow, windowOf, type Span } from './windowing';

/**
 * A scrolling list that renders only the rows in view. Rows wrap at the pane's width, so their
 * heights differ: each rendered row is measured (ResizeObserver) and remembered by key, rows not
 * yet rendered count at an estimate. When rows above the view turn out taller or shorter than
 * estimated, the scroll position moves by the same amount, so what the user reads stays put.
 */
export interface WindowedList {
  /** Put on the scrolling element. */
  readonly scrollerRef: (element: HTMLDivElement | null) => void;
  readonly onScroll: () => void;
  /** Put on the scrolling element: the user took over scrolling, stop following a row. */
  readonly onUserScroll: () => void;
  readonly offsets: Float64Array;
  readonly total: number;
  readonly span: Span;
  /**
   * Measures a rendered row (carrying `data-key` and `data-index`) until the returned function
   * is called.
   */
  readonly observe: (element: HTMLElement) => () => void;
  /** Scrolls row `index` into view, and keeps it there while the rows around it are measured. */
  readonly reveal: (index: number) => void;
}

interface Viewport {
  readonly top: number;
  readonly height: number;
}

export function useWindowedList(
  keys: readonly string[],
  estimate: (index: number) => number,
): WindowedList {
  const heights = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  const scroller = useRef<HTMLDivElement | null>(null);
  const anchor = useRef(0);
  const follow = useRef<string | undefined>(undefined);
  /** The scroll position this hook last set: a scroll event elsewhere is the user's. */
  const ownScroll = useRef<number | undefined>(undefined);

  const offsets = useMemo(
    () => offsetsOf(keys.length, (i) => heights.current.get(keys[i]) ?? estimate(i)),
    // `version` changes when a measured height does.
    [keys, estimate, version],
  );
  const latest = useRef({ offsets, estimate });
  latest.current = { offsets, estimate };

  const readViewport = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const next = { top: element.scrollTop, height: element.clientHeight };
    setViewport((known) => (known.top === next.top && known.height === next.height ? known : next));
  }, []);

  /** Takes new heights of rendered rows; rows above the view move the scroll position too. */
  const measured = useCallback((rows: readonly { element: HTMLElement; height: number }[]) => {
    const { offsets: known, estimate: guess } = latest.current;
    const firstInView = rowAt(known, scroller.current?.scrollTop ?? 0);
    let changed = false;
    for (const { element, height } of rows) {
      const key = element.dataset.key;
      const index = Number(element.dataset.index);
      if (key === undefined || !Number.isInteger(index)) continue;
      const before = heights.current.get(key) ?? guess(index);
      if (height === 0 || Math.abs(height - before) < 0.5) continue;
      heights.current.set(key, height);
      changed = true;
      if (index < firstInView) anchor.current += height - before;
    }
    if (changed) setVersion((v) => v + 1);
  }, []);

  const rowObserver = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) =>
            measured(
              entries.map((entry) => {
                const element = entry.target as HTMLElement;
                const height = entry.borderBoxSize?.[0]?.blockSize ?? element.offsetHeight;
                return { element, height };
              }),
            ),
          ),
    [measured],
  );

  const observe = useCallback(
    (element: HTMLElement) => {
      // Every webview the bundle runs in has ResizeObserver (it needs BigInt, which came
      // later); without it a row is measured once, when it is rendered.
      if (!rowObserver) measured([{ element, height: element.offsetHeight }]);
      rowObserver?.observe(element);
      return () => rowObserver?.unobserve(element);
    },
    [rowObserver, measured],
  );

  const scrollerObserver = useMemo(
    () => (typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(readViewport)),
    [readViewport],
  );

  const scrollerRef = useCallback(
    (element: HTMLDivElement | null) => {
      if (scroller.current) scrollerObserver?.unobserve(scroller.current);
      scroller.current = element;
      if (element) {
        scrollerObserver?.observe(element);
        readViewport();
      }
    },
    [scrollerObserver, readViewport],
  );

  const show = useCallback((index: number) => {
    const element = scroller.current;
    if (!element || index < 0) return;
    const { offsets: known } = latest.current;
    const top = scrollToShow(known, index, element.scrollTop, element.clientHeight);
    if (top === undefined) return;
    element.scrollTop = top;
    ownScroll.current = element.scrollTop;
  }, []);

  const reveal = useCallback(
    (index: number) => {
      follow.current = keys[index];
      show(index);
      readViewport();
    },
    [keys, show, readViewport],
  );

  // After each render: keep the rows in view where they were, and the followed row in view.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (anchor.current !== 0) {
      element.scrollTop += anchor.current;
      ownScroll.current = element.scrollTop;
      anchor.current = 0;
    }
    if (follow.current !== undefined) show(keys.indexOf(follow.current));
    readViewport();
  });

  useLayoutEffect(
    () => () => {
      rowObserver?.disconnect();
      scrollerObserver?.disconnect();
    },
    [rowObserver, scrollerObserver],
  );

  return {
    scrollerRef,
    onScroll: () => {
      // The user scrolled (wheel, scrollbar, keys, assistive technology): stop following.
      const top = scroller.current?.scrollTop;
      if (
        ownScroll.current === undefined ||
        top === undefined ||
        Math.abs(top - ownScroll.current) > 1
      )
        follow.current = undefined;
      ownScroll.current = undefined;
      readViewport();
    },
    onUserScroll: () => {
      follow.current = undefined;
    },
    offsets,
    total: offsets[offsets.length - 1],
    span: windowOf(offsets, viewport.top, viewport.height),
    observe,
    reveal,
  };
}
