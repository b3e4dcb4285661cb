import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The sideways-scrolling box around a wide table. While it does scroll (a phone, a long table)
 * it takes keyboard focus and is named, so a keyboard can scroll it even when the table holds
 * nothing focusable (a read-only list, a disabled fieldset): WCAG 2.1.1, axe's
 * scrollable-region-focusable. When it fits it adds no tab stop.
 */
export function TableWrap({ label, children }: { label?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth);
    check();
    if (typeof ResizeObserver === 'undefined') return; // jsdom
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-wrap"
      {...(scrolls && { tabIndex: 0, role: 'region', 'aria-label': label ?? t('common.scrollTable') })}
    >
      {children}
    </div>
  );
}
