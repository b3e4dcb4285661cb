const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang);
    formatters.set(lang, formatter);
  }
  return formatter.format(value);
}

/**
 * Dates as Vietnamese official texts write them, dd/mm/yyyy (hh:mm), in either UI language: an
 * `Intl` date style follows the language (3/8/26 in English, 8/3/26 in Vietnamese "short").
 */
const pad = (n: number) => String(n).padStart(2, '0');

function toDate(value: string | Date): Date | null {
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A calendar day "2026-03-08" as is, or an instant on the browser's calendar → "08/03/2026"; "" if not a date. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    // A day alone is not an instant: new Date('2026-03-08') is UTC midnight, the 7th west of it.
    const day = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  }
  const d = toDate(value);
  return d ? `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}` : '';
}

/** An instant in the browser's time zone → "08/03/2026 09:30" (with `seconds`, "09:30:05"); "" if not a date. */
export function formatDateTime(value: string | Date, options: { seconds?: boolean } = {}): string {
  const d = toDate(value);
  if (!d) return '';
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${options.seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${formatDate(d)} ${time}`;
}
