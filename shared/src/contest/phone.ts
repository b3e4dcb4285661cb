/**
 * Vietnamese phone numbers of entrants: the number identifies a person across
 * attempts. It is stored only as a keyed hash (server side) and shown masked.
 */

/** "0912 345 678", "+84 912345678", "84912345678" → "0912345678"; null when it is not a 10-digit number. */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return /^0\d{9}$/.test(digits) ? digits : null;
}

/** "0912345678" → "09•••••678": the first two and last three digits. */
export function maskPhone(normalized: string): string {
  if (normalized.length < 6) return '•'.repeat(normalized.length);
  return `${normalized.slice(0, 2)}${'•'.repeat(normalized.length - 5)}${normalized.slice(-3)}`;
}
