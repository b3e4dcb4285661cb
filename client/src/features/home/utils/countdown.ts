const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Countdown {
  /** Time left is up. */
  past: boolean;
  days: number;
  hours: number;
  minutes: number;
  /** Less than a day left (shown urgent). */
  urgent: boolean;
}

/** Whole days, hours and minutes between now and a deadline (either way). */
export function countdown(deadline: string | Date, now: number): Countdown {
  const diff = new Date(deadline).getTime() - now;
  const left = Math.abs(diff);
  return {
    past: diff <= 0,
    days: Math.floor(left / DAY),
    hours: Math.floor((left % DAY) / HOUR),
    minutes: Math.floor((left % HOUR) / MINUTE),
    urgent: diff > 0 && diff < DAY,
  };
}
