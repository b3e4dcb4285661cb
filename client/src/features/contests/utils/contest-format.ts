// Durations and rates as residents read them (vi: 1,5 %); dates are lib/format's dd/mm/yyyy in either language.

/** 0.0123 → "1,2 %" (vi) / "1.2%" (en); one decimal, which is what a board can show. */
export function formatRate(rate: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

export function formatDecimal(value: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(value);
}

/** 125000 → "2:05"; negative → "0:00". */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** 125400 → "2 phút 5 giây" via the caller's translations. */
export function durationParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.round(ms / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
