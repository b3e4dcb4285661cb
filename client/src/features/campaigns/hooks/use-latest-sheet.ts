import { useEffect, useRef } from 'react';
import type { SheetData } from '../utils/campaign-model';

/** What a change by someone else alters on a sheet (its status, mark, deadlines, reviewed total). */
function signature(s: SheetData): string {
  return JSON.stringify([
    s.status,
    s.officerStatus,
    s.mark,
    s.markReason,
    s.returnReason,
    s.replyDueAt,
    s.effectiveDeadline,
    s.editableUntil,
    s.finalTotal,
    s.enteredOnBehalf,
  ]);
}

/**
 * Takes a sheet read again from the server (a live change) into the open page when it
 * differs from what the page shows, so a return or an approval by someone else appears
 * at once, while the page's own last step (and its notice) stays when the server agrees.
 */
export function useLatestSheet(latest: SheetData | undefined, current: SheetData, apply: (next: SheetData) => void) {
  const applied = useRef(latest);
  useEffect(() => {
    if (!latest || latest === applied.current) return;
    applied.current = latest;
    if (signature(latest) !== signature(current)) apply(latest);
  }, [latest, current, apply]);
}
