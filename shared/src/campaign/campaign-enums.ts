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
} as const;
export type IndicatorKind = (typeof IndicatorKind)[keyof typeof IndicatorKind];
export const INDICATOR_KINDS: readonly IndicatorKind[] = Object.values(IndicatorKind);

/** DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED → PUBLISHED. */
export const SheetStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
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

/** What the public campaign board shows: chosen by the admin. */
export const BoardSource = { REVIEWED: 'REVIEWED', PUBLISHED: 'PUBLISHED' } as const;
export type BoardSource = (typeof BoardSource)[keyof typeof BoardSource];

export const ComputedSourceKind = { LIVE_GAME: 'LIVE_GAME', CONTEST: 'CONTEST' } as const;
export type ComputedSourceKind = (typeof ComputedSourceKind)[keyof typeof ComputedSourceKind];

export const ComputedMetric = {
  /** Distinct participants ÷ eligible population, capped at 1. */
  PARTICIPATION_RATE: 'PARTICIPATION_RATE',
  /** Mean score of the unit's participants as a share of the maximum (0..1). */
  AVERAGE_SCORE: 'AVERAGE_SCORE',
} as const;
export type ComputedMetric = (typeof ComputedMetric)[keyof typeof ComputedMetric];

export interface ComputedSource {
  kind: ComputedSourceKind;
  /** The live game or contest; null while it is not bound yet (scores 0 until then). */
  id: string | null;
  metric: ComputedMetric;
  /** PARTICIPATION_RATE: the population kind it divides by; null/absent = each unit's main kind. */
  populationKind?: string | null;
}

export const EvidenceKind = { FILE: 'FILE', LINK: 'LINK' } as const;
export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];
