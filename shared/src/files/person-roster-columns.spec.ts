import { resolveFileColumns } from './file-columns.js';
import {
  PERSON_ROSTER_COLUMNS,
  PERSON_ROSTER_TEMPLATE_ROWS,
  rosterBirthDateFromFile,
  rosterKindFromFile,
} from './person-roster-columns.js';
import { DEFAULT_POPULATION_KINDS } from '../people/population-kinds.js';

describe('person roster file', () => {
  it('finds its columns under the usual headers', () => {
    expect(resolveFileColumns(PERSON_ROSTER_COLUMNS, ['HO TEN', 'Năm sinh', 'Lớp', 'SĐT'])).toEqual({
      fullName: 'HO TEN',
      birthYear: 'Năm sinh',
      subUnit: 'Lớp',
      phone: 'SĐT',
    });
  });

  it('reads a kind by label, code or a usual word, diacritics aside', () => {
    const kind = (text: string) => rosterKindFromFile(text, DEFAULT_POPULATION_KINDS);
    expect(kind('Học sinh')).toBe('STUDENTS');
    expect(kind('hộ gia đình')).toBe('HOUSEHOLDS');
    expect(kind('Cán bộ - giáo viên - nhân viên')).toBe('SCHOOL_STAFF');
    expect(kind('PARTY_MEMBERS')).toBe('PARTY_MEMBERS');
    expect(kind('Đoàn viên')).toBe('MEMBERS');
    expect(kind('Phi hành gia')).toBeNull();
    expect(rosterKindFromFile('Học sinh', [{ code: 'RESIDENTS', labelVi: 'Người dân', labelEn: 'Residents' }])).toBe(
      null,
    );
  });

  it('reads birth dates written day first, and spreadsheet dates', () => {
    expect(rosterBirthDateFromFile('09/03/2014')).toBe('2014-03-09');
    expect(rosterBirthDateFromFile('9-3-2014')).toBe('2014-03-09');
    expect(rosterBirthDateFromFile('2014-03-09')).toBe('2014-03-09');
    expect(rosterBirthDateFromFile('31/02/2014')).toBeNull();
    expect(rosterBirthDateFromFile('2014')).toBeNull();
  });

  it('has template rows that match its columns', () => {
    for (const row of PERSON_ROSTER_TEMPLATE_ROWS) expect(row).toHaveLength(PERSON_ROSTER_COLUMNS.length);
  });
});
