import { compareVietnamese, foldForSearch, matchesSearch, normalizeText } from './vietnamese.js';

describe('Vietnamese text', () => {
  it('normalizes decomposed input to NFC and collapses spaces', () => {
    const decomposed = 'Ha\u0300    Nô\u0323i ';
    expect(normalizeText(decomposed)).toBe('Hà Nội');
    expect(normalizeText(decomposed)).toBe('Hà Nội'.normalize('NFC'));
  });

  it('folds diacritics and đ so search without marks finds text with them', () => {
    expect(foldForSearch('Nghị quyết Đại hội')).toBe('nghi quyet dai hoi');
    expect(matchesSearch('Nghị quyết Hội nghị Trung ương 2', 'nghi quyet')).toBe(true);
    expect(matchesSearch('Tổ dân phố số 3', 'to dan pho 3')).toBe(true);
    expect(matchesSearch('Tổ dân phố số 3', 'truong')).toBe(false);
  });

  it('sorts in Vietnamese order, with numbers in numeric order', () => {
    const names = ['Đông', 'Dương', 'Tổ 10', 'Tổ 2', 'An', 'Ánh'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ánh', 'Dương', 'Đông', 'Tổ 2', 'Tổ 10']);
  });
});
