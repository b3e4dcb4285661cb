import { foldForSearch } from './vietnamese.js';

/** The longest slug: short enough to type from a poster. */
export const SLUG_MAX_LENGTH = 60;

/** A slug is lower-case ASCII letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * A short readable link name from a Vietnamese title: NFC, tones and marks stripped,
 * đ → d, every other run of non-letters one hyphen ("Tìm hiểu Nghị quyết số 57-NQ/TW"
 * → "tim-hieu-nghi-quyet-so-57-nq-tw"), cut at a word boundary within SLUG_MAX_LENGTH.
 */
export function slugify(title: string): string {
  const slug = foldForSearch(title.normalize('NFC'))
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/u, '');
}

/** `base`, or `base-2`, `base-3`… — the first not `taken` (an empty base becomes `fallback`). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>, fallback = 'cuoc-thi'): string {
  const root = base || fallback;
  if (!taken.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/u, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
