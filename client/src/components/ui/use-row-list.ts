import { useMemo } from 'react';

/** The operations on a list of rows held by a page as one value. */
export interface RowList<T> {
  items: readonly T[];
  add: (row: T) => void;
  remove: (index: number) => void;
  /** Moves a row `delta` places (−1 up, +1 down); a move past either end does nothing. */
  move: (index: number, delta: number) => void;
  moveUp: (index: number) => void;
  moveDown: (index: number) => void;
  /** Merges a patch into one row (object rows). */
  update: (index: number, patch: Partial<T>) => void;
  /** Replaces one row. */
  replace: (index: number, row: T) => void;
}

/** Pure list edits, so they can be tested and reused without React. */
export const rowListOps = {
  add: <T>(items: readonly T[], row: T): T[] => [...items, row],
  remove: <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index),
  move: <T>(items: readonly T[], index: number, delta: number): T[] => {
    const target = index + delta;
    if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
    const next = [...items];
    const [row] = next.splice(index, 1);
    next.splice(target, 0, row);
    return next;
  },
  replace: <T>(items: readonly T[], index: number, row: T): T[] => items.map((r, i) => (i === index ? row : r)),
  update: <T>(items: readonly T[], index: number, patch: Partial<T>): T[] =>
    items.map((r, i) => (i === index ? { ...r, ...patch } : r)),
};

/**
 * The "edit a list of rows" idiom: the page keeps the array, this hands back add / remove /
 * move / update that each produce the next array and pass it to `onChange`.
 */
export function useRowList<T>(items: readonly T[], onChange: (next: T[]) => void): RowList<T> {
  return useMemo(
    () => ({
      items,
      add: (row: T) => onChange(rowListOps.add(items, row)),
      remove: (index: number) => onChange(rowListOps.remove(items, index)),
      move: (index: number, delta: number) => onChange(rowListOps.move(items, index, delta)),
      moveUp: (index: number) => onChange(rowListOps.move(items, index, -1)),
      moveDown: (index: number) => onChange(rowListOps.move(items, index, 1)),
      update: (index: number, patch: Partial<T>) => onChange(rowListOps.update(items, index, patch)),
      replace: (index: number, row: T) => onChange(rowListOps.replace(items, index, row)),
    }),
    [items, onChange],
  );
}
