/**
 * The council's arithmetic: a quorum as a fraction of the members (2/3 by default),
 * a vote that passes when approvals reach a percentage (70 % by default; 90 % and a
 * secret ballot for some higher forms) of the members present. Figures are data of
 * the round; these functions only count.
 */

export interface QuorumRule {
  numerator: number;
  denominator: number;
}

export const DEFAULT_QUORUM: QuorumRule = { numerator: 2, denominator: 3 };
export const DEFAULT_APPROVAL_PERCENT = 70;

/** The fewest members present for a quorum: ceil(members × n / d), exact in integers. */
export function quorumRequired(members: number, rule: QuorumRule = DEFAULT_QUORUM): number {
  return Math.ceil((members * rule.numerator) / rule.denominator);
}

export function hasQuorum(present: number, members: number, rule: QuorumRule = DEFAULT_QUORUM): boolean {
  return members > 0 && present >= quorumRequired(members, rule);
}

export interface VoteCount {
  /** Members present when the vote was taken (the base of the percentage). */
  present: number;
  approve: number;
  against: number;
  /** Abstentions and blank or spoilt ballots. */
  abstain: number;
}

export type VoteProblem =
  | { kind: 'NEGATIVE' }
  | { kind: 'MORE_THAN_PRESENT'; cast: number; present: number }
  | { kind: 'PRESENT_EXCEEDS_MEMBERS'; present: number; members: number };

/** What is wrong with a count (none when it adds up): ballots never exceed the members present. */
export function voteProblems(count: VoteCount, members: number): VoteProblem[] {
  const problems: VoteProblem[] = [];
  const values = [count.present, count.approve, count.against, count.abstain];
  if (values.some((v) => !Number.isInteger(v) || v < 0)) problems.push({ kind: 'NEGATIVE' });
  const cast = count.approve + count.against + count.abstain;
  if (cast > count.present) problems.push({ kind: 'MORE_THAN_PRESENT', cast, present: count.present });
  if (count.present > members) problems.push({ kind: 'PRESENT_EXCEEDS_MEMBERS', present: count.present, members });
  return problems;
}

/** Approvals as a percentage of the members present, rounded to 2 decimals (0 when nobody is present). */
export function approvalPercent(count: VoteCount): number {
  if (count.present <= 0) return 0;
  return Math.round((count.approve * 10000) / count.present) / 100;
}

/** Passes when approve × 100 ≥ threshold × present (exact: 7 of 10 at 70 % passes). */
export function votePasses(count: VoteCount, thresholdPercent: number = DEFAULT_APPROVAL_PERCENT): boolean {
  return count.present > 0 && count.approve * 100 >= thresholdPercent * count.present - 1e-9;
}
