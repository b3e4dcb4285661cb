import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many items of a clipping box do not fit whole inside it. A projector has no scroll bar,
 * so a screen shows the items that fit and says "+N" for the rest instead of cutting one in half.
 * Counted in order: the first item that ends past the box's bottom or right edge and every one
 * after it are hidden (marked `data-clipped`, styled `visibility: hidden`, `aria-hidden`), which
 * keeps their place, so hiding them never changes the count. Re-measured when the box resizes
 * and when `key` changes (new content). The box must be positioned (relative): item offsets are
 * read from it, which ignores the transforms of rows sliding to a new rank.
 */
export function useHiddenCount(ref: RefObject<HTMLElement | null>, key: unknown, selector = ':scope > *'): number {
  const [hidden, setHidden] = useState(0);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setHidden(markClipped(box, selector));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, key, selector]);

  return hidden;
}

/** Marks the items of `box` from the first that sticks out of it on; returns how many. */
export function markClipped(box: HTMLElement, selector: string): number {
  const items = Array.from(box.querySelectorAll<HTMLElement>(selector));
  // Half a pixel of slack: sub-pixel layout must not hide an item that is visibly whole.
  const first = items.findIndex((item) => {
    const { top, left } = offsetWithin(item, box);
    return top + item.offsetHeight > box.clientHeight + 0.5 || left + item.offsetWidth > box.clientWidth + 0.5;
  });
  const fit = first === -1 ? items.length : first;
  items.forEach((item, index) => {
    if (index < fit) {
      delete item.dataset.clipped;
      item.removeAttribute('aria-hidden');
    } else {
      item.dataset.clipped = '';
      item.setAttribute('aria-hidden', 'true');
    }
  });
  return items.length - fit;
}

function offsetWithin(item: HTMLElement, box: HTMLElement): { top: number; left: number } {
  let top = 0;
  let left = 0;
  let el: HTMLElement | null = item;
  while (el && el !== box) {
    top += el.offsetTop;
    left += el.offsetLeft;
    el = el.offsetParent as HTMLElement | null;
  }
  return { top, left };
}
