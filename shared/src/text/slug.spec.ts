import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify, uniqueSlug } from './slug.js';

describe('slugify', () => {
  it('strips tones and marks, turns đ into d and punctuation into hyphens', () => {
    expect(slugify('Tìm hiểu Nghị quyết số 57-NQ/TW')).toBe('tim-hieu-nghi-quyet-so-57-nq-tw');
    expect(slugify('  Đội viên ĐOÀN — “Thanh niên” 2026!  ')).toBe('doi-vien-doan-thanh-nien-2026');
  });

  it('gives the same slug for decomposed (NFD) input', () => {
    expect(slugify('Tìm hiểu'.normalize('NFD'))).toBe('tim-hieu');
  });

  it('cuts a long title at a word boundary and always matches the pattern', () => {
    const slug = slugify('Cuộc thi trắc nghiệm trực tuyến tìm hiểu Nghị quyết Hội nghị Trung ương 2 khóa XIV');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('cuoc-thi-trac-nghiem-truc-tuyen-tim-hieu-nghi-quyet-hoi-nghi');
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one', () => {
    expect(uniqueSlug('tim-hieu', new Set())).toBe('tim-hieu');
    expect(uniqueSlug('tim-hieu', new Set(['tim-hieu']))).toBe('tim-hieu-2');
    expect(uniqueSlug('tim-hieu', new Set(['tim-hieu', 'tim-hieu-2']))).toBe('tim-hieu-3');
  });

  it('stays within the maximum length with a suffix, and names an empty title', () => {
    const long = 'a'.repeat(SLUG_MAX_LENGTH);
    expect(uniqueSlug(long, new Set([long]))).toHaveLength(SLUG_MAX_LENGTH);
    expect(uniqueSlug('', new Set())).toBe('cuoc-thi');
  });
});
