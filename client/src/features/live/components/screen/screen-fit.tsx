import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useHiddenCount } from '../../../../lib/use-hidden-count';

/**
 * A ranking on the projector: the rows that fit the space left (measured), and "+N" for the
 * others below it. `fitKey` changes with the rows, so they are measured again.
 */
export function ScreenFitList({
  children,
  fitKey,
  more,
  testId,
}: {
  children: ReactNode;
  fitKey: unknown;
  more: (hidden: number) => string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const hidden = useHiddenCount(box, fitKey, 'li');
  return (
    <>
      <div className="screen-fit" ref={box}>
        {children}
      </div>
      {hidden > 0 && (
        <p className="screen-more" data-testid={testId}>
          {more(hidden)}
        </p>
      )}
    </>
  );
}

/** The smallest a shrunk text gets, as a share of its normal size (still read from the hall). */
const MIN_SCALE = 0.7;

/**
 * A block of text (the reveal's explanation) in its normal size when it fits its box, else in
 * smaller steps down to MIN_SCALE, so a long explanation on a 1024×768 projector is read whole
 * rather than cut at the bottom of the panel.
 */
export function useShrinkToFit(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.fontSize = '';
      const base = parseFloat(getComputedStyle(el).fontSize) || 16;
      let scale = 1;
      while (el.scrollHeight > el.clientHeight + 1 && scale > MIN_SCALE) {
        scale = Math.round((scale - 0.05) * 100) / 100;
        el.style.fontSize = `${base * scale}px`;
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Only the box's size matters; our own font change does not resize it (it is sized by the grid).
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, key]);
}
