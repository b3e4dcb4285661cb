import { describe, expect, it } from 'vitest';
import { codeFor } from '../testing/people-fixtures';
import { codeSheets, compareByGivenName, joinUrl } from './code-sheets';

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
});
