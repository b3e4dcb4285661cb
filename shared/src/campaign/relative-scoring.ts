import type { Comparison, ThresholdStep } from './campaign-enums.js';
import { type IndicatorDef, round2 } from './indicator-tree.js';
import type { ScoreExplanation, ScoreResult } from './score-explanation.js';

const EPSILON = 1e-9;

type RelativeExplanation = Extract<ScoreExplanation, { actual: number }>;

/**
 * The police cluster's rule for one unit, with target T, maximum M, actual a and the
 * block's best B:
 * - a < T: 0.5·M·a ÷ T;
 * - a = T: 0.5·M;
 * - a ≥ B (and B > T): M — the block's best gets the full maximum;
 * - T < a < B: 0.5·M + 0.5·M·(a − T) ÷ (B − T).
 * A best at or below the target cannot make anyone above it, so a = T is half the maximum
 * even when it is the block's best; above the target with nobody better (a ≥ B) is M.
 */
export function relativeToBest(actual: number, target: number, best: number, maxPoints: number): RelativeExplanation {
  const half = 0.5 * maxPoints;
  const base = { maxPoints, actual, target, best };
  if (actual < target - EPSILON)
    return { rule: 'RELATIVE_BELOW_TARGET', score: round2((half * actual) / target), ...base };
  if (Math.abs(actual - target) <= EPSILON) return { rule: 'RELATIVE_AT_TARGET', score: round2(half), ...base };
  if (actual >= best - EPSILON) return { rule: 'RELATIVE_BEST', score: round2(maxPoints), ...base };
  return {
    rule: 'RELATIVE_BETWEEN',
    score: round2(half + (half * (actual - target)) / (best - target)),
    ...base,
  };
}

/**
 * RELATIVE_TO_BEST over a block (used by the ranking): the best is the highest valid
 * actual of the block's units; each unit is scored against its own target (`targets`,
 * else the indicator's). Units with no value (null) are left out of the result and of
 * the best; a value that makes no sense (negative, not a number) is refused for that
 * unit and does not count as the best either.
 */
export function relativeToBestScores(
  indicator: IndicatorDef,
  values: ReadonlyMap<string, number | null>,
  targets?: ReadonlyMap<string, number>,
): Map<string, ScoreResult> {
  const results = new Map<string, ScoreResult>();
  const valid = new Map<string, number>();
  for (const [unitId, value] of values) {
    if (value === null) continue;
    if (!Number.isFinite(value)) {
      results.set(unitId, { ok: false, reason: 'NOT_A_NUMBER', message: `${indicator.code}: not a number` });
    } else if (value < 0) {
      results.set(unitId, {
        ok: false,
        reason: 'OUT_OF_RANGE',
        message: `${indicator.code}: the value cannot be negative`,
      });
    } else valid.set(unitId, value);
  }
  const best = Math.max(...valid.values());
  for (const [unitId, actual] of valid) {
    const target = targets?.get(unitId) ?? indicator.target ?? null;
    if (target === null || !(target > 0)) {
      results.set(unitId, { ok: false, reason: 'NO_TARGET', message: `${indicator.code}: no target is set` });
      continue;
    }
    const explanation = relativeToBest(actual, target, best, indicator.maxPoints);
    results.set(unitId, { ok: true, score: explanation.score, explanation });
  }
  return results;
}

/**
 * The step a figure reaches: with AT_LEAST the steps whose `atLeast` the figure reaches
 * (figure ≥ step), with AT_MOST those it stays within (figure ≤ step); of those, the
 * one giving the most points. `lowest` is the easiest step, named when none is reached.
 */
export function reachedStep(
  figure: number,
  steps: readonly ThresholdStep[],
  comparison: Comparison,
): { step: ThresholdStep | null; lowest: ThresholdStep | null } {
  const reaches = (s: ThresholdStep) =>
    comparison === 'AT_MOST' ? figure <= s.atLeast + EPSILON : figure >= s.atLeast - EPSILON;
  let step: ThresholdStep | null = null;
  for (const s of steps) if (reaches(s) && (step === null || s.points > step.points)) step = s;
  let lowest: ThresholdStep | null = null;
  for (const s of steps) {
    const easier =
      lowest === null || (comparison === 'AT_MOST' ? s.atLeast > lowest.atLeast : s.atLeast < lowest.atLeast);
    if (easier) lowest = s;
  }
  return { step, lowest };
}
