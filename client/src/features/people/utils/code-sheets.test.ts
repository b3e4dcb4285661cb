import { describe, expect, it } from 'vitest';
import { codeFor } from '../testing/people-fixtures';
import { cardClassLine, cardUnitLine, codeSheets, compareByGivenName, joinUrl, repeatsUnit } from './code-sheets';

const card = (fullName: string, subUnit: string, unitName = 'Tổ dân phố Cát Bi 1') => ({
  id: fullName,
  fullName,
  subUnit,
  personalCode: codeFor(fullName.length),
  erased: false,
  unit: { name: unitName },
});

describe('code sheets', () => {
  it('links the join page with the code, without its dash', () => {
    const code = codeFor(3);
    expect(joinUrl('https://thidua.example.vn/', code)).toBe(
      `https://thidua.example.vn/join?code=${code.replace('-', '')}`,
    );
  });

  it('groups by class in natural order and sorts a class by given name', () => {
    const sheets = codeSheets([
      card('Nguyễn Văn Bình', '10A'),
      card('Trần Thị An', '5A'),
      card('Lê Văn An', '5A'),
      card('Phạm Thị Ánh', '5A'),
      card('Hộ ông Đỗ Văn Tư', '', 'Tổ dân phố 3'),
    ]);
    expect(sheets.map((s) => s.title)).toEqual(['5A', '10A', 'Tổ dân phố 3']);
    expect(sheets[0].pages[0].map((p) => p.fullName)).toEqual(['Lê Văn An', 'Trần Thị An', 'Phạm Thị Ánh']);
  });

  it('starts a new page after 24 cards', () => {
    const many = Array.from({ length: 49 }, (_, i) => card(`Người ${i}`, '6B'));
    expect(codeSheets(many)[0].pages.map((p) => p.length)).toEqual([24, 24, 1]);
  });

  it('orders names as a class list does', () => {
    expect(['Nguyễn Văn Đức', 'Trần Văn Dũng', 'Lê Thị Ánh'].sort(compareByGivenName)).toEqual([
      'Lê Thị Ánh',
      'Trần Văn Dũng',
      'Nguyễn Văn Đức',
    ]);
  });

  it('names a class under its school, and never prints the class twice', () => {
    const units = new Map([
      ['s', { name: 'Trường Tiểu học Hải An', kind: 'SCHOOL', parentId: 'w' }],
      ['c', { name: 'Lớp 3B', kind: 'CLASS', parentId: 's' }],
      ['t', { name: 'Tổ dân phố số 6', kind: 'NEIGHBORHOOD_GROUP', parentId: 'w' }],
    ]);
    expect(cardUnitLine('c', 'Lớp 3B', units)).toBe('Trường Tiểu học Hải An');
    const pupil = { ...card('Đỗ Hoàng An', '3B', 'Lớp 3B'), unitLine: 'Trường Tiểu học Hải An' };
    expect(cardClassLine(pupil)).toBe('Lớp 3B');
    expect(cardClassLine(card('Hộ ông Tư', 'Nhà số 12', 'Tổ dân phố số 6'))).toBe('Nhà số 12');
    expect(cardClassLine(card('Lê Văn An', '', 'Phòng Văn hóa'))).toBeNull();
    expect(cardUnitLine('t', 'Tổ dân phố số 6', units)).toBe('Tổ dân phố số 6');
    expect(cardUnitLine('x', 'Phòng Văn hóa', units)).toBe('Phòng Văn hóa');
    expect(repeatsUnit('3B', 'Lớp 3B')).toBe(true);
    expect(repeatsUnit('Nhà số 12', 'Tổ dân phố số 6')).toBe(false);
  });
});
