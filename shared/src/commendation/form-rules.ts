import type { FormAuthority, FormPeriod, RecipientKind } from './commendation-enums.js';
import { CONDITION_KINDS, ConditionKind } from './commendation-enums.js';
import type { FormCondition } from './commendation-types.js';
import { POPULATION_KIND_CODE } from '../people/population-kinds.js';
import { UNIT_KINDS } from '../units/unit-kind.js';

/** A form of the catalogue as the admin defines it (the editable fields of `commendation_form`). */
export interface CommendationFormDefinition {
  code: string;
  name: string;
  recipientKind: RecipientKind;
  authority: FormAuthority;
  period: FormPeriod;
  legalBasis: string;
  conditions: FormCondition[];
  /** Unit kinds a collective form may go to; empty: any. */
  unitKinds: string[];
  quotaPercent: number | null;
  quotaOfFormCode: string | null;
  quotaMinimum: number;
  postingDays: number;
  approvalPercent: number;
  secretBallot: boolean;
  certificateHeading: string;
  active: boolean;
  position: number;
}

/**
 * A new form's settings before the admin changes any (the editor's empty form and the
 * server's defaults for fields a client leaves out): a thematic giấy khen the ward confers,
 * posted 10 days, passed at 70 % of the members present by open vote.
 */
export const NEW_FORM_SETTINGS: Omit<CommendationFormDefinition, 'code' | 'name' | 'position'> = {
  recipientKind: 'COLLECTIVE',
  authority: 'CONFER',
  period: 'THEMATIC',
  legalBasis: '',
  conditions: [],
  unitKinds: [],
  quotaPercent: null,
  quotaOfFormCode: null,
  quotaMinimum: 1,
  postingDays: 10,
  approvalPercent: 70,
  secretBallot: false,
  certificateHeading: '',
  active: true,
};

/** A form code: capital letters, digits and underscores, starting with a letter (≤ 40, the column's length). */
export const FORM_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
export const FORM_NAME_MAX = 200;
export const FORM_LEGAL_BASIS_MAX = 2000;
export const FORM_HEADING_MAX = 100;
export const CONDITION_LABEL_MAX = 500;
export const CONDITION_ID = /^[A-Za-z0-9_-]{1,20}$/;
export const FORM_CONDITIONS_MAX = 30;
export const POSTING_DAYS_MAX = 60;
export const APPROVAL_PERCENT_MIN = 50;

/** Condition kinds that read a unit's figures (scores, members): collectives only. */
export const COLLECTIVE_ONLY_CONDITION_KINDS: readonly ConditionKind[] = [
  ConditionKind.MIN_TOTAL,
  ConditionKind.GROUP_FLOOR,
  ConditionKind.MAX_RANK,
  ConditionKind.MEMBER_SHARE,
];

/** Which condition kinds a form for this recipient may have. */
export function conditionKindsFor(recipientKind: RecipientKind): readonly ConditionKind[] {
  return recipientKind === 'COLLECTIVE' ? CONDITION_KINDS : [ConditionKind.CONFIRMED];
}

export type FormProblemCode =
  | 'CODE_FORMAT'
  | 'REQUIRED'
  | 'NOT_NFC'
  | 'TOO_LONG'
  | 'OUT_OF_RANGE'
  | 'KIND_NOT_ALLOWED'
  | 'VALUE_REQUIRED'
  | 'FORM_UNKNOWN'
  | 'FORM_NOT_INDIVIDUAL'
  | 'DUPLICATE'
  | 'TOO_MANY'
  | 'QUOTA_INCOHERENT';

/** One problem of a definition: the field (e.g. "name", "conditions.2.value") and what is wrong. */
export interface FormProblem {
  field: string;
  code: FormProblemCode;
}

/** Another form of the catalogue, as the rules need it. */
export interface FormReference {
  code: string;
  recipientKind: RecipientKind;
}

function textProblems(field: string, value: string, max: number, required: boolean): FormProblem[] {
  if (required && value.trim() === '') return [{ field, code: 'REQUIRED' }];
  if (value.normalize('NFC') !== value) return [{ field, code: 'NOT_NFC' }];
  if (value.length > max) return [{ field, code: 'TOO_LONG' }];
  return [];
}

const inRange = (value: number, min: number, max: number): boolean =>
  Number.isFinite(value) && value >= min && value <= max;

function valueProblem(condition: FormCondition, field: string): FormProblem | null {
  if (condition.kind === ConditionKind.CONFIRMED) return null;
  const value = condition.value;
  if (value === null || value === undefined) return { field, code: 'VALUE_REQUIRED' };
  const ok =
    condition.kind === ConditionKind.MIN_TOTAL
      ? inRange(value, 0, Number.MAX_SAFE_INTEGER)
      : condition.kind === ConditionKind.MAX_RANK
        ? Number.isInteger(value) && value >= 1
        : inRange(value, 0, 100);
  return ok ? null : { field, code: 'OUT_OF_RANGE' };
}

function conditionProblems(
  condition: FormCondition,
  index: number,
  recipientKind: RecipientKind,
  others: readonly FormReference[],
): FormProblem[] {
  const at = `conditions.${index}`;
  const problems: FormProblem[] = [];
  if (!CONDITION_ID.test(condition.id)) problems.push({ field: `${at}.id`, code: 'CODE_FORMAT' });
  if (!CONDITION_KINDS.includes(condition.kind) || !conditionKindsFor(recipientKind).includes(condition.kind)) {
    problems.push({ field: `${at}.kind`, code: 'KIND_NOT_ALLOWED' });
    return problems;
  }
  problems.push(...textProblems(`${at}.label`, condition.label, CONDITION_LABEL_MAX, true));
  const value = valueProblem(condition, `${at}.value`);
  if (value) problems.push(value);
  if (condition.kind === ConditionKind.MEMBER_SHARE) {
    const formCode = condition.formCode ?? '';
    const target = others.find((f) => f.code === formCode);
    if (formCode === '') problems.push({ field: `${at}.formCode`, code: 'REQUIRED' });
    else if (!target) problems.push({ field: `${at}.formCode`, code: 'FORM_UNKNOWN' });
    else if (target.recipientKind !== 'INDIVIDUAL')
      problems.push({ field: `${at}.formCode`, code: 'FORM_NOT_INDIVIDUAL' });
    if (!condition.populationKind) problems.push({ field: `${at}.populationKind`, code: 'REQUIRED' });
    else if (!POPULATION_KIND_CODE.test(condition.populationKind)) {
      problems.push({ field: `${at}.populationKind`, code: 'CODE_FORMAT' });
    }
  }
  return problems;
}

function quotaProblems(form: CommendationFormDefinition, others: readonly FormReference[]): FormProblem[] {
  const problems: FormProblem[] = [];
  if (form.quotaPercent !== null && !inRange(form.quotaPercent, 0, 100)) {
    problems.push({ field: 'quotaPercent', code: 'OUT_OF_RANGE' });
  }
  if (!Number.isInteger(form.quotaMinimum) || form.quotaMinimum < 0) {
    problems.push({ field: 'quotaMinimum', code: 'OUT_OF_RANGE' });
  }
  if (form.quotaOfFormCode !== null) {
    if (form.quotaPercent === null) problems.push({ field: 'quotaOfFormCode', code: 'QUOTA_INCOHERENT' });
    else if (form.quotaOfFormCode === form.code) problems.push({ field: 'quotaOfFormCode', code: 'QUOTA_INCOHERENT' });
    else if (!others.some((f) => f.code === form.quotaOfFormCode)) {
      problems.push({ field: 'quotaOfFormCode', code: 'FORM_UNKNOWN' });
    }
  }
  return problems;
}

/**
 * What is wrong with a form definition, given the other forms of the catalogue (without
 * this one): an empty list means it may be saved. The server refuses with FORM_INVALID and
 * these problems as details; the client shows each beside its field.
 */
export function formProblems(form: CommendationFormDefinition, others: readonly FormReference[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const rest = others.filter((f) => f.code !== form.code);
  if (!FORM_CODE.test(form.code)) problems.push({ field: 'code', code: 'CODE_FORMAT' });
  problems.push(...textProblems('name', form.name, FORM_NAME_MAX, true));
  problems.push(...textProblems('legalBasis', form.legalBasis, FORM_LEGAL_BASIS_MAX, false));
  problems.push(...textProblems('certificateHeading', form.certificateHeading, FORM_HEADING_MAX, false));
  if (form.recipientKind === 'INDIVIDUAL' && form.unitKinds.length > 0) {
    problems.push({ field: 'unitKinds', code: 'KIND_NOT_ALLOWED' });
  } else if (form.unitKinds.some((kind) => !(UNIT_KINDS as readonly string[]).includes(kind))) {
    problems.push({ field: 'unitKinds', code: 'KIND_NOT_ALLOWED' });
  }
  if (form.conditions.length > FORM_CONDITIONS_MAX) problems.push({ field: 'conditions', code: 'TOO_MANY' });
  const seen = new Set<string>();
  form.conditions.forEach((condition, index) => {
    if (seen.has(condition.id)) problems.push({ field: `conditions.${index}.id`, code: 'DUPLICATE' });
    seen.add(condition.id);
    problems.push(...conditionProblems(condition, index, form.recipientKind, rest));
  });
  problems.push(...quotaProblems(form, rest));
  if (!Number.isInteger(form.postingDays) || !inRange(form.postingDays, 0, POSTING_DAYS_MAX)) {
    problems.push({ field: 'postingDays', code: 'OUT_OF_RANGE' });
  }
  if (!inRange(form.approvalPercent, APPROVAL_PERCENT_MIN, 100)) {
    problems.push({ field: 'approvalPercent', code: 'OUT_OF_RANGE' });
  }
  if (!Number.isInteger(form.position) || form.position < 0) problems.push({ field: 'position', code: 'OUT_OF_RANGE' });
  return problems;
}

/** The next free condition id of a checklist ("c1", "c2", …), for editors adding a condition. */
export function nextConditionId(conditions: readonly Pick<FormCondition, 'id'>[]): string {
  const used = new Set(conditions.map((c) => c.id));
  let n = conditions.length + 1;
  while (used.has(`c${n}`)) n += 1;
  return `c${n}`;
}
