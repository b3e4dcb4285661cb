import { useLayoutEffect, useRef } from 'react';

/**
 * FLIP for ranked rows: each row starts where it stood before (its previous index,
 * or below the list when it is new) and slides to its place. `key` changes when a
 * new ranking arrives; rows are the children of the returned ref's element, in
 * order, with `data-prev` holding the previous index ("" when new).
 */
export function useRankAnimation<T extends HTMLElement>(key: string | number) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const rows = Array.from(list.children) as HTMLElement[];
    if (rows.length === 0) return;
    const step = rows.length > 1 ? rows[1].offsetTop - rows[0].offsetTop : rows[0].offsetHeight;
    rows.forEach((row, index) => {
      const prev = row.dataset.prev;
      const from = prev === undefined || prev === '' ? rows.length + 1 : Number(prev);
      const dy = (from - index) * step;
      row.style.transition = 'none';
      row.style.transform = dy ? `translateY(${dy}px)` : '';
      row.style.opacity = prev === undefined || prev === '' ? '0' : '1';
    });
    // Commit the start positions, then animate to the real ones.
    void list.offsetHeight;
    const frame = requestAnimationFrame(() => {
      rows.forEach((row, index) => {
        row.style.transition = `transform 900ms cubic-bezier(.2,.8,.2,1) ${index * 60}ms, opacity 500ms ease ${index * 60}ms`;
        row.style.transform = '';
        row.style.opacity = '1';
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return ref;
}
