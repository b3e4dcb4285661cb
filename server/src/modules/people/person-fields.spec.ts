import { cleanPersonFields, identityKeyOf } from './person-fields.js';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('person fields', () => {
  it('normalizes the name, takes the year from the date and keys on folded name + birth', () => {
    const { fields, problems } = cleanPersonFields(
      {
        fullName: ' Đặng   Thị  Hà '.normalize('NFD'),
        birthDate: '2014-03-09',
        subUnit: ' 5A ',
        phone: '+84 912 345 678',
      },
      NOW,
    );
    expect(problems).toEqual([]);
    expect(fields).toEqual({
      fullName: 'Đặng Thị Hà'.normalize('NFC'),
      searchText: 'dang thi ha',
      birthDate: '2014-03-09',
      birthYear: 2014,
      subUnit: '5A',
      phone: '0912345678',
      identityKey: 'dang thi ha|2014-03-09',
    });
    expect(identityKeyOf('Đặng Thị Hà', null, 2014)).toBe('dang thi ha|2014');
  });

  it('reports every problem of a row', () => {
    const { fields, problems } = cleanPersonFields({ fullName: '', birthDate: '2027-01-01', phone: '123' }, NOW);
    expect(fields).toBeNull();
    expect(problems.map((p) => p.reason)).toEqual(['MISSING_NAME', 'IMPLAUSIBLE_BIRTH_DATE', 'INVALID_PHONE']);
    expect(cleanPersonFields({ fullName: 'An', birthYear: 1899 }, NOW).problems[0].reason).toBe(
      'IMPLAUSIBLE_BIRTH_YEAR',
    );
    expect(
      cleanPersonFields({ fullName: 'An', birthDate: '2014-03-09', birthYear: 2013 }, NOW).problems[0].reason,
    ).toBe('BIRTH_YEAR_MISMATCH');
    expect(cleanPersonFields({ fullName: 'An' }, NOW).problems[0].reason).toBe('MISSING_BIRTH');
  });
});
