import type { Comparison, ThresholdStep } from './campaign-enums.js';

/**
 * How a score was computed, as data: the figures the rule used, never words. The
 * client renders one sentence per `rule` (an i18n key such as
 * `campaigns.explain.THRESHOLD_NOT_MET`, interpolated with the record's fields), so
 * the sheet can show "cách tính" in the reader's language. Every record carries the
 * resulting `score` and the indicator's `maxPoints`.
 */
export type ScoreExplanation =
  | { rule: 'MANUAL'; score: number; maxPoints: number; points: number }
  | { rule: 'YES_NO'; score: number; maxPoints: number; done: boolean }
  /** value ÷ target × max; `capped` when the value passed the target. */
  | { rule: 'TARGET'; score: number; maxPoints: number; value: number; target: number; capped: boolean }
  /** count × per item, at most max. */
  | { rule: 'COUNT'; score: number; maxPoints: number; count: number; perItemPoints: number; capped: boolean }
  /** share (0..1, shown as percent) × max. */
  | { rule: 'COMPUTED'; score: number; maxPoints: number; sharePercent: number }
  /** Points claimed (bonus) or deducted (penalty, score ≤ 0), at most max. */
  | { rule: 'BONUS_POINTS' | 'PENALTY_POINTS'; score: number; maxPoints: number; points: number; capped: boolean }
  /** Occurrences × points per occurrence, at most max ("−2 điểm/lần, tối đa −10"). */
  | {
      rule: 'BONUS_PER_ITEM' | 'PENALTY_PER_ITEM';
      score: number;
      maxPoints: number;
      count: number;
      perItemPoints: number;
      capped: boolean;
    }
  /** The figure reached a step (`step`), or none (`step` null; `lowest` is the step it missed). */
  | {
      rule: 'THRESHOLD_MET' | 'THRESHOLD_NOT_MET';
      score: number;
      maxPoints: number;
      value: number;
      comparison: Comparison;
      step: ThresholdStep | null;
      lowest: ThresholdStep | null;
    }
  /** count ÷ population = ratePercent; then the steps (RATE_MET / RATE_NOT_MET) or ratePercent × max (RATE_PROPORTIONAL). */
  | {
      rule: 'RATE_MET' | 'RATE_NOT_MET' | 'RATE_PROPORTIONAL';
      score: number;
      maxPoints: number;
      count: number;
      population: number;
      populationKind: string | null;
      ratePercent: number;
      comparison: Comparison;
      step: ThresholdStep | null;
      lowest: ThresholdStep | null;
    }
  /** The unit's rate against the ward's own rate: met → max, else 0. */
  | {
      rule: 'WARD_RATE_MET' | 'WARD_RATE_NOT_MET';
      score: number;
      maxPoints: number;
      unitRate: number;
      wardRate: number;
      comparison: Comparison;
    }
  /**
   * The police cluster's rule (T target, B the block's best, a actual, M max):
   * BELOW_TARGET 0.5·M·a/T; AT_TARGET 0.5·M; BEST M; BETWEEN 0.5·M + 0.5·M·(a−T)/(B−T).
   */
  | {
      rule: 'RELATIVE_BELOW_TARGET' | 'RELATIVE_AT_TARGET' | 'RELATIVE_BEST' | 'RELATIVE_BETWEEN';
      score: number;
      maxPoints: number;
      actual: number;
      target: number;
      best: number;
    };

export type ScoreExplanationRule = ScoreExplanation['rule'];

/** One entry per rule: the compiler refuses a rule left out. */
const RULES: Record<ScoreExplanationRule, true> = {
  MANUAL: true,
  YES_NO: true,
  TARGET: true,
  COUNT: true,
  COMPUTED: true,
  BONUS_POINTS: true,
  PENALTY_POINTS: true,
  BONUS_PER_ITEM: true,
  PENALTY_PER_ITEM: true,
  THRESHOLD_MET: true,
  THRESHOLD_NOT_MET: true,
  RATE_MET: true,
  RATE_NOT_MET: true,
  RATE_PROPORTIONAL: true,
  WARD_RATE_MET: true,
  WARD_RATE_NOT_MET: true,
  RELATIVE_BELOW_TARGET: true,
  RELATIVE_AT_TARGET: true,
  RELATIVE_BEST: true,
  RELATIVE_BETWEEN: true,
};

/** Every rule, so that a client can check it has a sentence for each. */
export const SCORE_EXPLANATION_RULES = Object.keys(RULES) as readonly ScoreExplanationRule[];

export type ScoreErrorReason =
  | 'NOT_SCORABLE'
  | 'NOT_A_NUMBER'
  | 'OUT_OF_RANGE'
  | 'NOT_ON_STEP'
  | 'NOT_YES_NO'
  | 'NOT_WHOLE'
  | 'NO_TARGET'
  /** THRESHOLD / RATE: the indicator has no steps. */
  | 'NO_THRESHOLDS'
  /** RATE: the unit's population of the named kind is unknown or 0. */
  | 'NO_POPULATION'
  /** RATE: more of the population counted than the unit has. */
  | 'ABOVE_POPULATION'
  /** WARD_RATE (a reviewer's score): either 0 or the maximum. */
  | 'ALL_OR_NOTHING';

const REASONS: Record<ScoreErrorReason, true> = {
  NOT_SCORABLE: true,
  NOT_A_NUMBER: true,
  OUT_OF_RANGE: true,
  NOT_ON_STEP: true,
  NOT_YES_NO: true,
  NOT_WHOLE: true,
  NO_TARGET: true,
  NO_THRESHOLDS: true,
  NO_POPULATION: true,
  ABOVE_POPULATION: true,
  ALL_OR_NOTHING: true,
};

/** Every reason a value or a score is refused, so that a client can check it words each one. */
export const SCORE_ERROR_REASONS = Object.keys(REASONS) as readonly ScoreErrorReason[];

/** A score with how it was computed, or why the value is refused. */
export type ScoreResult =
  { ok: true; score: number; explanation: ScoreExplanation } | { ok: false; reason: ScoreErrorReason; message: string };

/** A reviewer's or a correction's score: checked, not computed. */
export type ScoreCheck = { ok: true; score: number } | { ok: false; reason: ScoreErrorReason; message: string };
