import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** How long a hall screen shows one page of the ranking before the next. */
export const RACE_PAGE_MS = 8000;
/** The narrowest a race row reads well in, in em (rank, name, bar, rate, count). */
const ROW_MIN_WIDTH_EM = 28;
/** `.race-row` min-height, in em: the smallest row still read from the back of a hall. */
const ROW_MIN_HEIGHT_EM = 2.4;

export interface RacePage {
  /** Rows shown now: rows.slice(start, end). */
  start: number;
  end: number;
  page: number;
  pages: number;
  columns: 1 | 2;
  /** Rows per column, for the grid. */
  perColumn: number;
}

/**
 * Pages through a level's rows when more rank than the board holds: the list shows as many rows
 * as fit (two columns on a wide screen), and turns to the next page every few seconds, so every
 * unit is on screen in turn and no row is cut. Capacity is measured from the list's box (a
 * ResizeObserver), so it follows the projector's resolution; before a measurement (or where
 * there is no layout, as in tests without one) every row is shown.
 */
export function useRacePages(ref: RefObject<HTMLElement | null>, rowCount: number): RacePage {
  const [capacity, setCapacity] = useState<{ perColumn: number; columns: 1 | 2 } | null>(null);
  const [page, setPage] = useState(0);

  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const measure = () => setCapacity(measureCapacity(list, rowCount));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [ref, rowCount]);

  const perColumn = capacity?.perColumn ?? rowCount;
  const columns = capacity?.columns ?? 1;
  const pageSize = Math.max(1, perColumn * columns);
  const pages = Math.max(1, Math.ceil(rowCount / pageSize));

  useEffect(() => {
    if (pages <= 1) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), RACE_PAGE_MS);
    return () => clearInterval(timer);
  }, [pages]);

  const current = page % pages;
  const start = current * pageSize;
  return {
    start,
    end: Math.min(rowCount, start + pageSize),
    page: current,
    pages,
    columns,
    perColumn: Math.min(perColumn, Math.ceil(Math.min(rowCount, pageSize) / columns)),
  };
}

function measureCapacity(list: HTMLElement, rowCount: number): { perColumn: number; columns: 1 | 2 } | null {
  const height = list.clientHeight;
  if (height <= 0) return null;
  const style = getComputedStyle(list);
  const em = parseFloat(style.fontSize) || 16;
  const gap = parseFloat(style.rowGap) || 0;
  const perColumn = Math.max(1, Math.floor((height + gap) / (ROW_MIN_HEIGHT_EM * em + gap)));
  // A second column only when one is not enough and the screen is wide enough for two.
  const columns = rowCount > perColumn && list.clientWidth >= 2 * ROW_MIN_WIDTH_EM * em ? 2 : 1;
  return { perColumn, columns };
}
