/**
 * Dates as Vietnamese official texts write them, dd/mm/yyyy (and hh:mm, 24 h), whatever the
 * browser's language: a native date input follows the browser (mm/dd/yyyy in an English one),
 * which a setup form must not leave to chance. Values are the local "YYYY-MM-DDTHH:mm" strings
 * an `<input type="datetime-local">` would hold, so the forms' state is unchanged.
 */

import { formatDateTime } from './format';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-07T08:05" → "07/12/2026 08:05"; "" for anything else. */
export function formatDmyTime(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u.exec(local);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : '';
}

/**
 * "7/12/2026 8:05", "07-12-2026 08h05", "071220260805", "07.12.2026" (midnight) → "2026-12-07T08:05"; null
 * when it is not a real day and time (31/02, 24:00) or the year is not four digits.
 */
export function parseDmyTime(text: string): string | null {
  // Digits alone too ("07122026", "071220260805"): a phone's numeric keypad has no "/" or ":".
  const m =
    /^\s*(\d{2})(\d{2})(\d{4})(?:(\d{2})(\d{2}))?\s*$/u.exec(text) ??
    /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\sT,]+(\d{1,2})[:hg.](\d{2})?)?\s*$/iu.exec(text);
  if (!m) return null;
  const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  // Day 0 of the next month is the last day of this one.
  if (day > new Date(year, month, 0).getDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** A calendar date "2026-12-07" (a longer ISO string is cut to its date) → "07/12/2026"; "" for anything else. */
export function formatDmy(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(ymd);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** "7/12/2026", "07-12-2026", "07122026" → "2026-12-07"; null when it is not a real day or has a time. */
export function parseDmy(text: string): string | null {
  if (!/^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{8})\s*$/u.test(text)) return null;
  return parseDmyTime(text)?.slice(0, 10) ?? null;
}

/** An instant (ISO) as dd/mm/yyyy hh:mm in the browser's time zone, in any UI language. */
export function formatDmyInstant(iso: string): string {
  return formatDateTime(iso);
}
