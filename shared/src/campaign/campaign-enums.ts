/**
 * Enums of the emulation campaign (phong trào thi đua). Plain const objects so that
 * server (GraphQL enums, entities) and client share one spelling.
 */

/** DRAFT → LAUNCHED (indicators locked, sheets created) → IN_REVIEW → PUBLISHED → ARCHIVED. */
export const CampaignStatus = {
  DRAFT: 'DRAFT',
  LAUNCHED: 'LAUNCHED',
  IN_REVIEW: 'IN_REVIEW',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type CampaignStatus = (typeof CampaignStatus)[keyof typeof CampaignStatus];

/** Sơ kết (interim) or tổng kết (final) review period. */
export const PeriodKind = { INTERIM: 'INTERIM', FINAL: 'FINAL' } as const;
export type PeriodKind = (typeof PeriodKind)[keyof typeof PeriodKind];

/** Kinds of indicator (tiêu chí); see scoreIndicator for how each one scores. */
export const IndicatorKind = {
  /** A node with a maximum; its children never exceed it. */
  GROUP: 'GROUP',
  /** The unit enters points, 0..max in steps. */
  MANUAL: 'MANUAL',
  /** Done (max) or not done (0). */
  YES_NO: 'YES_NO',
  /** value ÷ target × max, capped at max; targets may differ per unit. */
  TARGET: 'TARGET',
  /** items × points per item, capped at max. */
  COUNT: 'COUNT',
  /** Filled from a quiz or contest: participation rate or average score × max. */
  COMPUTED: 'COMPUTED',
  /** Điểm thưởng: 0..max added; outside the groups' maxima. */
  BONUS: 'BONUS',
  /** Điểm trừ: 0..max deducted. */
  PENALTY: 'PENALTY',
  /** All or nothing (or in steps): the entered figure reaches a threshold ("có từ 85 % hộ gia đình…"). */
  THRESHOLD: 'THRESHOLD',
  /**
   * Against a target, relative to the block's best (a police cluster's rule): below the
   * target 0.5 × max × actual ÷ target, at it 0.5 × max, the block's best the full max,
   * others above the target scaled between. Scored over the block, at ranking.
   */
  RELATIVE_TO_BEST: 'RELATIVE_TO_BEST',
  /** A count of a named population (households, members…) ÷ the unit's population of that kind, then thresholds or × max. */
  RATE: 'RATE',
  /** The unit's rate compared with the ward's own rate ("tỷ lệ hộ nghèo ≤ tỷ lệ chung của phường"): max or 0. */
  WARD_RATE: 'WARD_RATE',
} as const;
export type IndicatorKind = (typeof IndicatorKind)[keyof typeof IndicatorKind];
export const INDICATOR_KINDS: readonly IndicatorKind[] = Object.values(IndicatorKind);

/**
 * DRAFT → SUBMITTED → (FIRST_REVIEWED, in a block with a leader) → APPROVED → PUBLISHED;
 * a return sends it to RETURNED, which is edited and submitted again.
 */
export const SheetStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  /** The block leader (khối trưởng) has done the first-round review; the ward reviewers do the second. */
  FIRST_REVIEWED: 'FIRST_REVIEWED',
  RETURNED: 'RETURNED',
  APPROVED: 'APPROVED',
  PUBLISHED: 'PUBLISHED',
} as const;
export type SheetStatus = (typeof SheetStatus)[keyof typeof SheetStatus];

/** How equal totals are ranked; published with the campaign. */
export const TieRuleKind = {
  /** 1-2-2-4 (standard competition ranking). */
  SHARED: 'SHARED',
  /** 1-2-2-3. */
  DENSE: 'DENSE',
  /** Equal totals are ordered by the scores of the listed indicators in turn; still equal → shared rank. */
  TIEBREAK_INDICATORS: 'TIEBREAK_INDICATORS',
} as const;
export type TieRuleKind = (typeof TieRuleKind)[keyof typeof TieRuleKind];

export interface TieRule {
  kind: TieRuleKind;
  /** For TIEBREAK_INDICATORS: the indicators compared in order, higher score first. */
  indicatorIds?: string[];
}

/** Which scores a ranking uses. */
export const RankingView = {
  /** Self-scores of every sheet, whatever its status. */
  PROVISIONAL: 'PROVISIONAL',
  /** Reviewed scores of approved and published sheets. */
  REVIEWED: 'REVIEWED',
  /** Published sheets only (with corrections). */
  PUBLISHED: 'PUBLISHED',
} as const;
export type RankingView = (typeof RankingView)[keyof typeof RankingView];

/** LIVE_GAME, CONTEST: one game's or contest's results; ACTIVITY: the propagation activity log (issue 14). */
export const ComputedSourceKind = { LIVE_GAME: 'LIVE_GAME', CONTEST: 'CONTEST', ACTIVITY: 'ACTIVITY' } as const;
export type ComputedSourceKind = (typeof ComputedSourceKind)[keyof typeof ComputedSourceKind];

export const ComputedMetric = {
  /** Distinct participants ÷ eligible population, capped at 1. */
  PARTICIPATION_RATE: 'PARTICIPATION_RATE',
  /** Mean score of the unit's participants as a share of the maximum (0..1). */
  AVERAGE_SCORE: 'AVERAGE_SCORE',
  /**
   * ACTIVITY source (shared activity-figures): counted activities, the sum of their quantity,
   * their attendees (distinct named persons of `populationKind`, or the sum of attendeeCount
   * without one) — each as a share of the binding's `target`, capped at 1 — and the
   * attendance rate of `populationKind` (distinct persons ÷ population, capped at 1).
   */
  ACTIVITY_COUNT: 'ACTIVITY_COUNT',
  ACTIVITY_QUANTITY: 'ACTIVITY_QUANTITY',
  ACTIVITY_ATTENDEES: 'ACTIVITY_ATTENDEES',
  ACTIVITY_ATTENDANCE_RATE: 'ACTIVITY_ATTENDANCE_RATE',
} as const;
/** The metrics each source kind offers. */
export const COMPUTED_METRICS_BY_SOURCE: Record<ComputedSourceKind, readonly ComputedMetric[]> = {
  LIVE_GAME: ['PARTICIPATION_RATE', 'AVERAGE_SCORE'],
  CONTEST: ['PARTICIPATION_RATE', 'AVERAGE_SCORE'],
  ACTIVITY: ['ACTIVITY_COUNT', 'ACTIVITY_QUANTITY', 'ACTIVITY_ATTENDEES', 'ACTIVITY_ATTENDANCE_RATE'],
};
export type ComputedMetric = (typeof ComputedMetric)[keyof typeof ComputedMetric];

export interface ComputedSource {
  kind: ComputedSourceKind;
  /**
   * The live game or contest; null while it is not bound yet (scores 0 until then).
   * ACTIVITY: the activity plan, null = every plan.
   */
  id: string | null;
  metric: ComputedMetric;
  /**
   * PARTICIPATION_RATE: the population kind it divides by; null/absent = each unit's main kind.
   * ACTIVITY_ATTENDANCE_RATE (required) and ACTIVITY_ATTENDEES (optional): the kind of the named attendees.
   */
  populationKind?: string | null;
  /** ACTIVITY: only this form of the plan (null/absent: every form). */
  form?: string | null;
  /** ACTIVITY: only these ACTIVITY_KINDS codes (null/absent/empty: every kind of the form). */
  kinds?: string[] | null;
  /** ACTIVITY: a unit's figure includes its sub-units' activities (default false: the unit's own). */
  includeSubUnits?: boolean | null;
  /** ACTIVITY_COUNT, _QUANTITY, _ATTENDEES: the figure that earns the full points (value = figure ÷ target, capped at 1). */
  target?: number | null;
}

export const EvidenceKind = { FILE: 'FILE', LINK: 'LINK' } as const;
export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];

/**
 * A sheet taken out of the ranking by a reviewer, with a reason: the unit did not
 * submit (không nộp), or the council does not consider it (không xét). A marked sheet
 * does not hold up publishing; the board and the reports show the mark.
 */
export const SheetMark = { NOT_SUBMITTED: 'NOT_SUBMITTED', NOT_CONSIDERED: 'NOT_CONSIDERED' } as const;
export type SheetMark = (typeof SheetMark)[keyof typeof SheetMark];

/** What a late submission costs (the period's rule, published with it). */
export const LateRuleKind = {
  /** Late sheets are ranked like the others. */
  NONE: 'NONE',
  /** pointsPerDay for each started day late, at most maxPoints. */
  POINTS_PER_DAY: 'POINTS_PER_DAY',
  /** A late sheet is shown but not ranked. */
  NOT_RANKED: 'NOT_RANKED',
} as const;
export type LateRuleKind = (typeof LateRuleKind)[keyof typeof LateRuleKind];

export interface LateRule {
  kind: LateRuleKind;
  /** POINTS_PER_DAY: points off per started day after the unit's deadline. */
  pointsPerDay?: number | null;
  /** POINTS_PER_DAY: the most a late sheet loses; null = no cap. */
  maxPoints?: number | null;
}

/** What a title's quota is a share of (published with the title). */
export const QuotaBase = {
  /** The units of the block that earned the next title down (e.g. ≤ 20 % of the "tiên tiến" units). */
  LOWER_TITLE: 'LOWER_TITLE',
  /** Every member unit of the block. */
  BLOCK_UNITS: 'BLOCK_UNITS',
  /** Every member unit of the campaign, across blocks (the quota is then shared by the ward). */
  WARD_UNITS: 'WARD_UNITS',
} as const;
export type QuotaBase = (typeof QuotaBase)[keyof typeof QuotaBase];

/** How percent × base becomes a whole number of units. */
export const QuotaRounding = { FLOOR: 'FLOOR', ROUND: 'ROUND', CEIL: 'CEIL' } as const;
export type QuotaRounding = (typeof QuotaRounding)[keyof typeof QuotaRounding];

/** THRESHOLD and WARD_RATE: which side of the figure earns the points. */
export const Comparison = { AT_LEAST: 'AT_LEAST', AT_MOST: 'AT_MOST' } as const;
export type Comparison = (typeof Comparison)[keyof typeof Comparison];

/** One step of a threshold: reaching `atLeast` (or, AT_MOST, staying at or below it) earns `points`. */
export interface ThresholdStep {
  atLeast: number;
  points: number;
}

/** What an in-app notification is about (worded by the client, e-mailed when SMTP is set up). */
export const NotificationKind = {
  SHEET_RETURNED: 'SHEET_RETURNED',
  SHEET_APPROVED: 'SHEET_APPROVED',
  SHEET_FIRST_REVIEWED: 'SHEET_FIRST_REVIEWED',
  SHEET_MARKED: 'SHEET_MARKED',
  /** Sent to a block leader or a ward reviewer: a sheet waits for their review. */
  SHEET_TO_REVIEW: 'SHEET_TO_REVIEW',
  DEADLINE_EXTENDED: 'DEADLINE_EXTENDED',
  DEADLINE_IN_3_DAYS: 'DEADLINE_IN_3_DAYS',
  DEADLINE_IN_1_DAY: 'DEADLINE_IN_1_DAY',
  PERIOD_PUBLISHED: 'PERIOD_PUBLISHED',
  /** Sent to a unit's officers: the ward's office answered its report (false information, a difficulty). */
  WARD_REPORT_ANSWERED: 'WARD_REPORT_ANSWERED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
