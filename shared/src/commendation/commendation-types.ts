import type { ConditionKind } from './commendation-enums.js';

/** One condition of a form's checklist (stored as jsonb on the form). */
export interface FormCondition {
  /** Stable within the form, e.g. "c1". */
  id: string;
  kind: ConditionKind;
  /** As the legal text words it, shown on proposals and in documents. */
  label: string;
  /** MIN_TOTAL: points; GROUP_FLOOR and MEMBER_SHARE: percent; MAX_RANK: a rank. */
  value?: number | null;
  /** MEMBER_SHARE: the individual form the members must hold (its code). */
  formCode?: string | null;
  /** MEMBER_SHARE: the population kind the members are counted in (e.g. CIVIL_SERVANTS). */
  populationKind?: string | null;
  /** MEMBER_SHARE: more than (true) or at least (false) the percentage. */
  strict?: boolean | null;
  /** CONFIRMED: evidence (a note or link) is needed to confirm it. */
  evidenceRequired?: boolean | null;
}

/** What the organiser confirmed for a CONFIRMED condition of one proposal. */
export interface ConditionConfirmation {
  confirmed: boolean;
  /** Evidence: a note, a document number, a link. */
  evidence: string;
  by: string | null;
  at: string;
}

/** A condition as checked for one proposal (met, not met, or waiting for a confirmation). */
export interface ConditionCheck {
  conditionId: string;
  kind: ConditionKind;
  label: string;
  /** null: not decidable yet (a CONFIRMED condition nobody confirmed, a figure the round does not have). */
  met: boolean | null;
  /** The figure found (points, percent, rank), when there is one. */
  actual: number | null;
  required: number | null;
  /** MEMBER_SHARE: holders / members. */
  holders?: number | null;
  members?: number | null;
  evidence?: string | null;
}
