import type { ConditionCheck, ConditionConfirmation, FormCondition } from './commendation-types.js';

/** One top-level group (tiêu chuẩn) of a unit's reviewed sheet: what it earned and could earn. */
export interface GroupFigure {
  code: string;
  subtotal: number;
  maxPoints: number;
}

/** MEMBER_SHARE: of the unit's members, how many hold the form. */
export interface MemberShare {
  holders: number;
  members: number;
}

/** What a proposal's conditions are checked against; a figure left out is not decidable (met: null). */
export interface ConditionFacts {
  total?: number | null;
  rank?: number | null;
  groups?: readonly GroupFigure[] | null;
  /** By the individual form's code. */
  memberShares?: Readonly<Record<string, MemberShare>> | null;
  /** By condition id. */
  confirmations?: Readonly<Record<string, ConditionConfirmation>> | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function check(condition: FormCondition, facts: ConditionFacts): ConditionCheck {
  const base = { conditionId: condition.id, kind: condition.kind, label: condition.label };
  const required = condition.value ?? null;
  switch (condition.kind) {
    case 'MIN_TOTAL': {
      const actual = facts.total ?? null;
      const met = actual === null || required === null ? null : actual >= required - 1e-9;
      return { ...base, met, actual, required };
    }
    case 'MAX_RANK': {
      const actual = facts.rank ?? null;
      const met = actual === null || required === null ? null : actual <= required;
      return { ...base, met, actual, required };
    }
    case 'GROUP_FLOOR': {
      const groups = (facts.groups ?? []).filter((g) => g.maxPoints > 0);
      if (groups.length === 0 || required === null) return { ...base, met: null, actual: null, required };
      const actual = round2(Math.min(...groups.map((g) => (g.subtotal / g.maxPoints) * 100)));
      return { ...base, met: actual >= required - 1e-9, actual, required };
    }
    case 'MEMBER_SHARE': {
      const share = condition.formCode ? facts.memberShares?.[condition.formCode] : undefined;
      if (!share || required === null) return { ...base, met: null, actual: null, required };
      const { holders, members } = share;
      if (members <= 0) return { ...base, met: false, actual: null, required, holders, members };
      const exact = (holders / members) * 100;
      const met = condition.strict ? exact > required + 1e-9 : exact >= required - 1e-9;
      return { ...base, met, actual: round2(exact), required, holders, members };
    }
    case 'CONFIRMED': {
      const confirmation = facts.confirmations?.[condition.id];
      if (!confirmation) return { ...base, met: null, actual: null, required: null, evidence: null };
      return { ...base, met: confirmation.confirmed, actual: null, required: null, evidence: confirmation.evidence };
    }
  }
}

/** Checks a form's conditions, in the form's order, against what is known of one candidate. */
export function evaluateConditions(conditions: readonly FormCondition[], facts: ConditionFacts): ConditionCheck[] {
  return conditions.map((condition) => check(condition, facts));
}

/** True only when every condition is met (an undecided one keeps the whole from being met). */
export function conditionsMet(checks: readonly ConditionCheck[]): boolean {
  return checks.every((c) => c.met === true);
}
