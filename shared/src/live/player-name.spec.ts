import { checkPlayerName, shortPlayerName } from './player-name.js';

const accepted = (raw: string) => checkPlayerName(raw).ok;

describe('checkPlayerName', () => {
  it('accepts short and ordinary Vietnamese names, normalized to NFC with spaces collapsed', () => {
    for (const name of [
      'An',
      'Hà',
      'Lơn',
      'Lớn',
      'Lộn',
      'Cù Huy Cận',
      'Đĩnh',
      'Nguyễn Văn Đức',
      'Phúc',
      'Vy',
      'Bé Na 5A',
      'Lê Thị Cúc',
    ])
      expect(accepted(name)).toBe(true);
    const decomposed = 'Ha\u0300'; // "Hà" typed with a combining grave accent
    expect(checkPlayerName(`  ${decomposed}   Anh `)).toEqual({ ok: true, name: 'Hà Anh' });
  });

  it('refuses empty, too long and invisible-character names', () => {
    expect(checkPlayerName('   ')).toEqual({ ok: false, problem: 'EMPTY' });
    expect(checkPlayerName('a'.repeat(31))).toEqual({ ok: false, problem: 'TOO_LONG' });
    expect(checkPlayerName('a'.repeat(30)).ok).toBe(true);
    expect(checkPlayerName('An\u200b')).toEqual({ ok: false, problem: 'INVALID_CHARACTERS' });
  });

  it('refuses clear slurs, with or without diacritics and spaces', () => {
    for (const name of [
      'lồn',
      'Thằng Lồn',
      'đụ',
      'dit me',
      'Địt mẹ',
      'DITME',
      'vcl',
      'con cac',
      'ConCac123',
      'fuck you',
    ])
      expect(checkPlayerName(name)).toEqual({ ok: false, problem: 'REFUSED' });
  });
});

describe('shortPlayerName', () => {
  it('keeps a name that fits and shortens the middle names of a long one', () => {
    expect(shortPlayerName('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(shortPlayerName('Tôn Nữ Hoàng Phương Thảo Nguyên Anh')).toBe('Tôn N. H. P. T. N. Anh');
    const long = shortPlayerName('Công Tằng Tôn Nữ Thị Phương Thảo Nguyên Khánh Linh Ngọc');
    expect(long.length).toBeLessThanOrEqual(30);
    expect(checkPlayerName(long).ok).toBe(true);
  });
});
