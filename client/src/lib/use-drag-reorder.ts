import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';

/**
 * Drag to reorder a list with a finger or a mouse (pointer events): press an item's handle,
 * move, and the item takes the place of each neighbour it passes (by the neighbour's middle),
 * so the list itself shows where it will land. Keyboards keep the up/down buttons beside it.
 * Listens on the window while dragging: the item moves in the DOM as it passes others, and a
 * finger that leaves the handle keeps dragging. The handle needs `touch-action: none` so the
 * phone does not scroll the page instead.
 */
export function useDragReorder<T extends HTMLElement>(
  onMove: (from: number, to: number) => void,
  disabled: boolean,
): {
  listRef: RefObject<T | null>;
  dragging: number | null;
  handleProps: (index: number) => { onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void };
} {
  const listRef = useRef<T>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const current = useRef<number | null>(null);
  const moveRef = useRef(onMove);
  useEffect(() => {
    moveRef.current = onMove;
  });

  // Listening starts when a drag starts and stops when it ends, not at every slot it passes.
  const active = dragging !== null;
  useEffect(() => {
    if (!active) return;
    const onPointerMove = (event: PointerEvent) => {
      const from = current.current;
      const list = listRef.current;
      if (from === null || !list) return;
      event.preventDefault();
      const to = slotAt(list, from, event.clientY);
      if (to === from) return;
      current.current = to;
      moveRef.current(from, to);
      setDragging(to);
    };
    const end = () => {
      current.current = null;
      setDragging(null);
    };
    window.addEventListener('pointermove', onPointerMove, { passive: false });
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    return () => {
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
  }, [active]);

  useEffect(() => {
    if (disabled) {
      current.current = null;
      setDragging(null);
    }
  }, [disabled]);

  const handleProps = useCallback(
    (index: number) => ({
      onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
        if (disabled || (event.pointerType === 'mouse' && event.button !== 0)) return;
        event.preventDefault();
        current.current = index;
        setDragging(index);
      },
    }),
    [disabled],
  );

  return { listRef, dragging, handleProps };
}

/** The place for the dragged item: after every other item whose middle is above the pointer. */
export function slotAt(list: HTMLElement, from: number, clientY: number): number {
  const items = Array.from(list.children);
  let slot = 0;
  items.forEach((item, index) => {
    if (index === from) return;
    const r = item.getBoundingClientRect();
    if (r.top + r.height / 2 < clientY) slot++;
  });
  return slot;
}
