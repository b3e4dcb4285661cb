import { describe, expect, it } from 'vitest';
import vi from './vi.json';

/**
 * Official Vietnamese texts place the tone mark on the first vowel of an open oa/oe/uy syllable
 * (hóa, khóa, xóa, hủy, Ủy, tùy) and write "tỷ lệ": one style throughout, as the content has.
 */
const OLD_STYLE = /(?<!\p{L})\p{L}*?(?<![qQ])(?:o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?!\p{L})/giu;
const TI_LE = /(?<!\p{L})tỉ lệ(?!\p{L})/giu;

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

function oldStyleSpellings(text: string): string[] {
  return [...text.matchAll(OLD_STYLE), ...text.matchAll(TI_LE)].map((m) => m[0]);
}

describe('Vietnamese typography of the vi texts', () => {
  it('finds the old style where it is (so the check below can fail)', () => {
    expect(oldStyleSpellings('Xoá, khoá, Huỷ, Uỷ ban, thuỷ, tuỳ, hoạ, Tỉ lệ')).toEqual([
      'Xoá',
      'khoá',
      'Huỷ',
      'Uỷ',
      'thuỷ',
      'tuỳ',
      'hoạ',
      'Tỉ lệ',
    ]);
    expect(oldStyleSpellings('Xóa, khóa, Hủy, Ủy ban, thủy, tùy, họa, tỷ lệ, quý, loại, hoàn, khuyến')).toEqual([]);
  });

  it('writes hóa, khóa, xóa, hủy, Ủy, tùy and "tỷ lệ" in every text', () => {
    const found = strings(vi).flatMap(([key, text]) => oldStyleSpellings(text).map((word) => `${key}: ${word}`));
    expect(found).toEqual([]);
  });
});
