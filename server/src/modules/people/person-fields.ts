import { foldForSearch, normalizePhone, normalizeText } from '@thidua/shared';

/** A person's fields as typed (a form or a roster file row); dates as yyyy-mm-dd. */
export interface PersonFieldsInput {
  fullName: string;
  birthDate?: string | null;
  birthYear?: number | null;
  subUnit?: string | null;
  phone?: string | null;
}

export type PersonField = 'fullName' | 'birthDate' | 'birthYear' | 'subUnit' | 'phone';

export interface PersonFieldProblem {
  field: PersonField;
  reason: string;
  message: string;
}

/** The fields as stored: NFC name and its folded form, a birth date or at least a year, the normalized phone. */
export interface CleanPersonFields {
  fullName: string;
  searchText: string;
  birthDate: string | null;
  birthYear: number;
  subUnit: string;
  /** Normalized (10 digits), to be sealed; null = no phone. */
  phone: string | null;
  identityKey: string;
}

export const MIN_BIRTH_YEAR = 1900;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Folded name + '|' + birth date (or year): two rows with the same key are the same person of a unit. */
export function identityKeyOf(fullName: string, birthDate: string | null, birthYear: number): string {
  return `${foldForSearch(fullName)}|${birthDate ?? birthYear}`;
}

/** A real calendar date yyyy-mm-dd, or null. */
export function validIsoDate(value: string): { year: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? { year } : null;
}

/**
 * Checks and normalizes a person's fields: a name (NFC, ≤ 100 characters), a birth date
 * or a birth year (one is required; plausible: 1900 – this year, not in the future; a
 * year given with a date must agree), a sub-unit (≤ 60), an optional phone. Every
 * problem is reported, not only the first.
 */
export function cleanPersonFields(
  input: PersonFieldsInput,
  now: Date = new Date(),
): { fields: CleanPersonFields | null; problems: PersonFieldProblem[] } {
  const problems: PersonFieldProblem[] = [];
  const fail = (field: PersonField, reason: string, message: string) => problems.push({ field, reason, message });
  const thisYear = now.getUTCFullYear();

  const fullName = normalizeText(input.fullName ?? '');
  if (!fullName) fail('fullName', 'MISSING_NAME', 'The full name is empty');
  else if (fullName.length > 100) fail('fullName', 'NAME_TOO_LONG', 'The full name is longer than 100 characters');
  else if (!/\p{L}/u.test(fullName)) fail('fullName', 'INVALID_NAME', `"${fullName}" is not a name`);

  const birthDate = input.birthDate ? input.birthDate.trim() : null;
  let birthYear = input.birthYear ?? null;
  if (birthDate !== null) {
    const date = validIsoDate(birthDate);
    if (!date) fail('birthDate', 'INVALID_BIRTH_DATE', `"${birthDate}" is not a date`);
    else if (date.year < MIN_BIRTH_YEAR || birthDate > now.toISOString().slice(0, 10)) {
      fail('birthDate', 'IMPLAUSIBLE_BIRTH_DATE', `${birthDate} is not a plausible birth date`);
    } else if (birthYear !== null && birthYear !== date.year) {
      fail('birthYear', 'BIRTH_YEAR_MISMATCH', `The birth year ${birthYear} is not the year of the birth date`);
    } else birthYear = date.year;
  } else if (birthYear === null) {
    fail('birthYear', 'MISSING_BIRTH', 'A birth date or a birth year is required');
  }
  if (birthYear !== null && (!Number.isInteger(birthYear) || birthYear < MIN_BIRTH_YEAR || birthYear > thisYear)) {
    fail('birthYear', 'IMPLAUSIBLE_BIRTH_YEAR', `${birthYear} is not a plausible birth year`);
  }

  const subUnit = normalizeText(input.subUnit ?? '');
  if (subUnit.length > 60) fail('subUnit', 'SUB_UNIT_TOO_LONG', 'The class / group is longer than 60 characters');

  let phone: string | null = null;
  const phoneText = (input.phone ?? '').trim();
  if (phoneText) {
    phone = normalizePhone(phoneText);
    if (!phone) fail('phone', 'INVALID_PHONE', `"${phoneText}" is not a Vietnamese phone number (10 digits)`);
  }

  if (problems.length > 0 || birthYear === null) return { fields: null, problems };
  return {
    fields: {
      fullName,
      searchText: foldForSearch(fullName),
      birthDate,
      birthYear,
      subUnit,
      phone,
      identityKey: identityKeyOf(fullName, birthDate, birthYear),
    },
    problems,
  };
}
