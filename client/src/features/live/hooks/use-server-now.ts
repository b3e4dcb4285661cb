import { useEffect, useState } from 'react';

/**
 * The server's "now" (Date.now() + the synced offset), re-rendered every
 * `intervalMs` while `active`. Countdowns count towards server times, so every
 * phone and the screen show the same seconds.
 */
export function useServerNow(clockOffset: number, active: boolean, intervalMs = 200): number {
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  useEffect(() => {
    setNow(Date.now() + clockOffset);
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now() + clockOffset), intervalMs);
    return () => clearInterval(timer);
  }, [clockOffset, active, intervalMs]);
  return now;
}

export interface QuestionClock {
  /** Options not open yet: the reading time. */
  reading: boolean;
  /** Options open and the deadline not passed. */
  open: boolean;
  /** Milliseconds until the options open (reading) or until the deadline (open); 0 after. */
  remainingMs: number;
  /** 1 → 0 over the answering time; 1 while reading. */
  fraction: number;
}

/** Where a question stands at server time `now`. */
export function questionClock(q: { opensAt: number; closesAt: number }, now: number): QuestionClock {
  const total = Math.max(1, q.closesAt - q.opensAt);
  if (now < q.opensAt) return { reading: true, open: false, remainingMs: q.opensAt - now, fraction: 1 };
  const remainingMs = Math.max(0, q.closesAt - now);
  return { reading: false, open: remainingMs > 0, remainingMs, fraction: remainingMs / total };
}
