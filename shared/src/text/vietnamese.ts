/**
 * Vietnamese text helpers shared by server and client.
 *
 * Everything we store is NFC (composed) so that "Hà" typed on a phone that
 * produces decomposed marks equals "Hà" typed on a PC. Search is done on a
 * folded form (no diacritics, đ → d, lower case, collapsed spaces) so that
 * "nghi quyet" finds "Nghị quyết".
 */

/** NFC-normalize, trim and collapse inner whitespace. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Fold to a diacritic-free lower-case form for search. */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, both folded. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare two strings in Vietnamese dictionary order ("Ă" after "A", "Đ" after "D"). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
