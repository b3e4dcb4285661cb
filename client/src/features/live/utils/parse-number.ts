/** A typed number: accepts "1.5" and the Vietnamese "1,5"; null when it is not one. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/gu, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/u.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
