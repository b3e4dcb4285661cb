import { normalizeText } from '@thidua/shared';

/** The person a form edits, as the roster lists them. */
export interface EditablePerson {
  id: string;
  kind: string;
  fullName: string;
  birthDate: string | null;
  birthYear: number | null;
  subUnit: string;
  phoneMasked: string | null;
}

export type BirthMode = 'date' | 'year';

/** The add / edit form: a birth date or, when only the year is known, a year. */
export interface PersonFormState {
  fullName: string;
  kind: string;
  birthMode: BirthMode;
  birthDate: string;
  birthYear: number | null;
  subUnit: string;
  /** A new phone number; empty keeps the one on file (editing) or stores none (adding). */
  phone: string;
  /** Editing: take the phone on file off (an empty `phone` sent to the server). */
  removePhone: boolean;
}

export type PersonFormErrors = Partial<Record<'fullName' | 'kind' | 'birthDate' | 'birthYear' | 'phone', string>>;

export const MIN_BIRTH_YEAR = 1900;

export function initialPersonForm(person: EditablePerson | null, defaultKind: string): PersonFormState {
  return {
    fullName: person?.fullName ?? '',
    kind: person?.kind ?? defaultKind,
    birthMode: person && !person.birthDate && person.birthYear ? 'year' : 'date',
    birthDate: person?.birthDate ?? '',
    birthYear: person?.birthYear ?? null,
    subUnit: person?.subUnit ?? '',
    phone: '',
    removePhone: false,
  };
}

/** A phone as digits (and a leading +), separators dropped: "0912 345 678" → "0912345678". */
export function compactPhone(value: string): string {
  return value.replace(/[\s.\-()]/gu, '');
}

const PHONE = /^(?:\+84|0)\d{9,10}$/u;

/** The i18n keys (under `people.form.errors`) of what is wrong; empty when the form can be sent. */
export function validatePersonForm(state: PersonFormState, today = new Date()): PersonFormErrors {
  const errors: PersonFormErrors = {};
  const thisYear = today.getFullYear();
  if (normalizeText(state.fullName).length < 2) errors.fullName = 'fullName';
  if (!state.kind) errors.kind = 'kind';
  if (state.birthMode === 'date') {
    const year = Number(state.birthDate.slice(0, 4));
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(state.birthDate)) errors.birthDate = 'birthRequired';
    else if (year < MIN_BIRTH_YEAR || state.birthDate > today.toISOString().slice(0, 10))
      errors.birthDate = 'birthRange';
  } else if (state.birthYear === null) errors.birthYear = 'birthRequired';
  else if (!Number.isInteger(state.birthYear) || state.birthYear < MIN_BIRTH_YEAR || state.birthYear > thisYear)
    errors.birthYear = 'birthRange';
  if (!state.removePhone && state.phone.trim() && !PHONE.test(compactPhone(state.phone))) errors.phone = 'phone';
  return errors;
}

/**
 * The fields a create or update sends. A birth year alone clears the birth date; a date
 * alone lets the server take the year from it. The phone goes only when a new one was
 * typed, or as "" to take it off.
 */
export function personFields(state: PersonFormState) {
  const phone = compactPhone(state.phone.trim());
  return {
    fullName: normalizeText(state.fullName),
    kind: state.kind,
    ...(state.birthMode === 'date' ? { birthDate: state.birthDate } : { birthDate: null, birthYear: state.birthYear }),
    subUnit: normalizeText(state.subUnit),
    ...(state.removePhone ? { phone: '' } : phone ? { phone } : {}),
  };
}

/** "15/09/2016" or "2016": how a birth is shown (dd/mm/yyyy, as Vietnamese documents write dates). */
export function formatBirth(birthDate: string | null, birthYear: number | null): string {
  if (birthDate && /^\d{4}-\d{2}-\d{2}/u.test(birthDate)) {
    const [y, m, d] = birthDate.slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }
  return birthYear ? String(birthYear) : '—';
}
