import { describe, expect, it } from 'vitest';
import { formatBirth, initialPersonForm, personFields, validatePersonForm } from './person-form-state';

const today = new Date('2026-12-01T00:00:00Z');
const base = { ...initialPersonForm(null, 'STUDENTS'), fullName: ' Nguyễn  Thị Ánh ', birthDate: '2016-09-15' };

describe('person form', () => {
  it('needs a name and a birth date or year', () => {
    expect(validatePersonForm({ ...base, fullName: '', birthDate: '' }, today)).toEqual({
      fullName: 'fullName',
      birthDate: 'birthRequired',
    });
    expect(validatePersonForm({ ...base, birthMode: 'year', birthYear: null }, today)).toEqual({
      birthYear: 'birthRequired',
    });
    expect(validatePersonForm({ ...base, birthMode: 'year', birthYear: 2030 }, today)).toEqual({
      birthYear: 'birthRange',
    });
    expect(validatePersonForm(base, today)).toEqual({});
  });

  it('checks a phone only when one is typed', () => {
    expect(validatePersonForm({ ...base, phone: '0912 345 678' }, today)).toEqual({});
    expect(validatePersonForm({ ...base, phone: '12345' }, today)).toEqual({ phone: 'phone' });
  });

  it('sends the name normalized, the year alone clearing the date, and a phone only when given', () => {
    expect(personFields(base)).toEqual({
      fullName: 'Nguyễn Thị Ánh',
      kind: 'STUDENTS',
      birthDate: '2016-09-15',
      subUnit: '',
    });
    expect(personFields({ ...base, birthMode: 'year', birthYear: 2016, phone: '0912.345.678' })).toMatchObject({
      birthDate: null,
      birthYear: 2016,
      phone: '0912345678',
    });
    expect(personFields({ ...base, removePhone: true, phone: '0912345678' })).toMatchObject({ phone: '' });
  });

  it('shows a birth as dd/mm/yyyy or the year', () => {
    expect(formatBirth('2016-09-05', 2016)).toBe('05/09/2016');
    expect(formatBirth(null, 1988)).toBe('1988');
    expect(formatBirth(null, null)).toBe('—');
  });
});
