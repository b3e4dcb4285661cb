import { type IndicatorDef, isMultiple, orderIndicatorTree, round2 } from './indicator-tree.js';

export type ScoreResult = { ok: true; score: number } | { ok: false; reason: ScoreErrorReason; message: string };
export type ScoreErrorReason =
  'NOT_SCORABLE' | 'NOT_A_NUMBER' | 'OUT_OF_RANGE' | 'NOT_ON_STEP' | 'NOT_YES_NO' | 'NOT_WHOLE' | 'NO_TARGET';

const fail = (reason: ScoreErrorReason, message: string): ScoreResult => ({ ok: false, reason, message });

/**
 * The score of an indicator from the value a unit enters:
 * - MANUAL: the points themselves, 0..max, on the step;
 * - YES_NO: 1 → max, 0 → 0;
 * - TARGET: value ÷ target × max, capped at max (`unitTarget` overrides the default);
 * - COUNT: whole items × points per item, capped at max;
 * - COMPUTED: a share 0..1 (participation rate, average score) × max;
 * - BONUS: points claimed, capped at max; PENALTY: points deducted, capped at max (score ≤ 0).
 * Values that make no sense for the kind (negative, off-step, 2 for yes/no) are refused, not clamped.
 */
export function scoreFromValue(indicator: IndicatorDef, value: number, unitTarget?: number | null): ScoreResult {
  if (!Number.isFinite(value)) return fail('NOT_A_NUMBER', `${indicator.code}: not a number`);
  if (value < 0) return fail('OUT_OF_RANGE', `${indicator.code}: the value cannot be negative`);
  const max = indicator.maxPoints;
  switch (indicator.kind) {
    case 'GROUP':
      return fail('NOT_SCORABLE', `${indicator.code} is a group: its score is the sum of its indicators`);
    case 'MANUAL': {
      const step = indicator.step ?? 1;
      if (value > max) return fail('OUT_OF_RANGE', `${indicator.code}: at most ${max} points`);
      if (!isMultiple(value, step)) return fail('NOT_ON_STEP', `${indicator.code}: points go in steps of ${step}`);
      return { ok: true, score: round2(value) };
    }
    case 'YES_NO':
      if (value !== 0 && value !== 1) return fail('NOT_YES_NO', `${indicator.code}: answer yes (1) or no (0)`);
      return { ok: true, score: value === 1 ? max : 0 };
    case 'TARGET': {
      const target = unitTarget ?? indicator.target ?? null;
      if (target === null || !(target > 0)) return fail('NO_TARGET', `${indicator.code}: no target is set`);
      return { ok: true, score: round2(Math.min(max, (value / target) * max)) };
    }
    case 'COUNT': {
      if (!Number.isInteger(value)) return fail('NOT_WHOLE', `${indicator.code}: count whole items`);
      return { ok: true, score: round2(Math.min(max, value * (indicator.perItemPoints ?? 0))) };
    }
    case 'COMPUTED':
      if (value > 1) return fail('OUT_OF_RANGE', `${indicator.code}: a computed share is at most 1`);
      return { ok: true, score: round2(value * max) };
    case 'BONUS':
      return { ok: true, score: round2(Math.min(max, value)) };
    case 'PENALTY':
      return { ok: true, score: -round2(Math.min(max, value)) };
    case 'THRESHOLD':
    case 'RELATIVE_TO_BEST':
    case 'RATE':
    case 'WARD_RATE':
      // Implemented with the indicator kinds of issue 12 (in progress).
      return fail('NOT_SCORABLE', `${indicator.code}: this kind is not scored yet`);
  }
}

/**
 * Checks a score a reviewer sets directly (thẩm định) or an admin corrects:
 * within 0..max (a penalty within −max..0), exactly 0 or max for yes/no, on the
 * step for manual points.
 */
export function validateScore(indicator: IndicatorDef, score: number): ScoreResult {
  if (!Number.isFinite(score)) return fail('NOT_A_NUMBER', `${indicator.code}: not a number`);
  const max = indicator.maxPoints;
  switch (indicator.kind) {
    case 'GROUP':
      return fail('NOT_SCORABLE', `${indicator.code} is a group: its score is the sum of its indicators`);
    case 'PENALTY':
      if (score > 0 || score < -max)
        return fail('OUT_OF_RANGE', `${indicator.code}: a penalty is between −${max} and 0`);
      return { ok: true, score: round2(score) };
    case 'YES_NO':
      if (score !== 0 && score !== max) return fail('NOT_YES_NO', `${indicator.code}: either 0 or ${max} points`);
      return { ok: true, score };
    case 'MANUAL':
      if (score < 0 || score > max) return fail('OUT_OF_RANGE', `${indicator.code}: between 0 and ${max} points`);
      if (!isMultiple(score, indicator.step ?? 1))
        return fail('NOT_ON_STEP', `${indicator.code}: points go in steps of ${indicator.step ?? 1}`);
      return { ok: true, score: round2(score) };
    case 'TARGET':
    case 'COUNT':
    case 'COMPUTED':
    case 'BONUS':
    case 'THRESHOLD':
    case 'RELATIVE_TO_BEST':
    case 'RATE':
    case 'WARD_RATE':
      if (score < 0 || score > max) return fail('OUT_OF_RANGE', `${indicator.code}: between 0 and ${max} points`);
      return { ok: true, score: round2(score) };
  }
}

/** Leaves a unit must score itself before it can submit: bonus, penalty and computed ones are optional (0 until set). */
export const mustBeScoredByUnit = (indicator: IndicatorDef): boolean =>
  indicator.kind === 'MANUAL' ||
  indicator.kind === 'YES_NO' ||
  indicator.kind === 'TARGET' ||
  indicator.kind === 'COUNT';

export interface EntryState {
  selfScore: number | null;
  evidenceCount: number;
}

/** Why a sheet cannot be submitted yet: the codes of unscored indicators and of those missing required evidence. */
export function submitProblems(
  indicators: readonly IndicatorDef[],
  entries: ReadonlyMap<string, EntryState>,
): { unscored: string[]; missingEvidence: string[] } {
  const unscored: string[] = [];
  const missingEvidence: string[] = [];
  for (const { indicator } of orderIndicatorTree(indicators)) {
    if (indicator.kind === 'GROUP') continue;
    const entry = entries.get(indicator.id);
    if (mustBeScoredByUnit(indicator) && (entry?.selfScore ?? null) === null) unscored.push(indicator.code);
    // Evidence backs a claim: a bonus not claimed (0) needs none.
    const claimed = mustBeScoredByUnit(indicator) || (entry?.selfScore ?? 0) !== 0;
    if (indicator.evidenceRequired && claimed && (entry?.evidenceCount ?? 0) === 0)
      missingEvidence.push(indicator.code);
  }
  return { unscored, missingEvidence };
}

export interface SheetTotals {
  total: number;
  /** Subtotal of every group, by indicator id. */
  groupSubtotals: Record<string, number>;
}

/**
 * Totals of one sheet: a group is the sum of its children (bonus and penalty
 * included), the total the sum of the top level. An unscored leaf counts 0.
 */
export function computeTotals(
  indicators: readonly IndicatorDef[],
  scoreOf: (indicatorId: string) => number | null,
): SheetTotals {
  const children = new Map<string | null, IndicatorDef[]>();
  for (const i of indicators) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  const groupSubtotals: Record<string, number> = {};
  const valueOf = (indicator: IndicatorDef): number => {
    if (indicator.kind !== 'GROUP') return scoreOf(indicator.id) ?? 0;
    const sum = round2((children.get(indicator.id) ?? []).reduce((s, c) => s + valueOf(c), 0));
    groupSubtotals[indicator.id] = sum;
    return sum;
  };
  const total = round2((children.get(null) ?? []).reduce((s, i) => s + valueOf(i), 0));
  return { total, groupSubtotals };
}
