import {
  formProblems,
  NEW_FORM_SETTINGS,
  nextConditionId,
  type CommendationFormDefinition,
  type FormCondition,
  type FormProblem,
} from '@thidua/shared';
import type { CommendationFormFieldsFragment } from '../../../generated/graphql';

export type FormItem = CommendationFormFieldsFragment;

/** The editor's state: a form definition (the shared rules check it as it will be saved). */
export type FormDraft = CommendationFormDefinition;

export function emptyDraft(position: number): FormDraft {
  return { ...NEW_FORM_SETTINGS, conditions: [], unitKinds: [], code: '', name: '', position };
}

/** The definition of a listed form (fields picked one by one: urql adds `__typename` to what it returns). */
export function draftOf(form: FormItem): FormDraft {
  return {
    code: form.code,
    name: form.name,
    recipientKind: form.recipientKind,
    authority: form.authority,
    period: form.period,
    legalBasis: form.legalBasis,
    conditions: form.conditions.map((c) => ({
      id: c.id,
      kind: c.kind,
      label: c.label,
      value: c.value,
      formCode: c.formCode,
      populationKind: c.populationKind,
      strict: c.strict,
      evidenceRequired: c.evidenceRequired,
    })),
    unitKinds: [...form.unitKinds],
    quotaPercent: form.quotaPercent,
    quotaOfFormCode: form.quotaOfFormCode,
    quotaMinimum: form.quotaMinimum,
    postingDays: form.postingDays,
    approvalPercent: form.approvalPercent,
    secretBallot: form.secretBallot,
    certificateHeading: form.certificateHeading,
    active: form.active,
    position: form.position,
  };
}

export function newCondition(conditions: readonly FormCondition[], individual: boolean): FormCondition {
  return { id: nextConditionId(conditions), kind: 'CONFIRMED', label: '', evidenceRequired: individual };
}

/** The problems the server would report, checked before sending (the same shared rules). */
export function draftProblems(draft: FormDraft, forms: readonly FormItem[]): FormProblem[] {
  return formProblems(
    { ...draft, name: draft.name.trim(), code: draft.code.trim() },
    forms.map((f) => ({ code: f.code, recipientKind: f.recipientKind })),
  );
}

/** The server's FORM_INVALID details as problems (anything else: none). */
export function problemsOfDetails(details: Record<string, unknown> | undefined): FormProblem[] {
  const list = details?.problems;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is FormProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as FormProblem).field === 'string' &&
      typeof (p as FormProblem).code === 'string',
  );
}

/** The fields the mutation sends (the code only on create: it never changes). */
export function inputOf(draft: FormDraft) {
  const { code: _code, ...fields } = draft;
  return fields;
}
