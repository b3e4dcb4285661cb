import type { TFunction } from 'i18next';
import type { ProposalFieldsFragment } from '../../../generated/graphql';

export type ProposalRow = ProposalFieldsFragment;
export type CheckRow = ProposalRow['conditions'][number];

export interface FormGroup {
  form: ProposalRow['form'];
  proposals: ProposalRow[];
}

/** The proposals by form, in the order the server lists them (form position, then proposal position). */
export function groupByForm(proposals: readonly ProposalRow[]): FormGroup[] {
  const groups: FormGroup[] = [];
  for (const p of proposals) {
    const group = groups.find((g) => g.form.id === p.form.id);
    if (group) group.proposals.push(p);
    else groups.push({ form: p.form, proposals: [p] });
  }
  return groups;
}

/** ✓ met, ✗ not met, ? to confirm (or a figure still missing). */
export const checkMark = (met: boolean | null): string => (met === true ? '✓' : met === false ? '✗' : '?');

export const checkTone = (met: boolean | null): 'met' | 'unmet' | 'open' =>
  met === true ? 'met' : met === false ? 'unmet' : 'open';

/** The figure behind a check, in words: "95 / 90 điểm", "2/3 người (66,67%) / 50%"; '' for a confirmation. */
export function figureText(t: TFunction, check: CheckRow, language: string): string {
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const num = (x: number | null) => (x === null ? '—' : n.format(x));
  if (check.kind === 'CONFIRMED') return '';
  if (check.kind === 'MEMBER_SHARE' && check.members === 0) return t('commendation.conditions.figure.noMembers');
  if (check.actual === null) return t('commendation.conditions.figure.missing');
  return t(`commendation.conditions.figure.${check.kind}`, {
    actual: num(check.actual),
    required: num(check.required),
    holders: check.holders ?? 0,
    members: check.members ?? 0,
  });
}

/** Whether a proposal is still on the list (counts toward quotas, can be withdrawn). */
export const onList = (p: Pick<ProposalRow, 'status'>) =>
  p.status !== 'WITHDRAWN' && p.status !== 'NOT_PASSED' && p.status !== 'REVOKED';
