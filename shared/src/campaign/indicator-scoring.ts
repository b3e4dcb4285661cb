import { type IndicatorDef, isMultiple, orderIndicatorTree, round2 } from './indicator-tree.js';
import { reachedStep, relativeToBest } from './relative-scoring.js';
import type { ScoreCheck, ScoreErrorReason, ScoreExplanation, ScoreResult } from './score-explanation.js';

/** What scoring a value may need besides the indicator. */
export interface ScoreContext {
  /** TARGET, RELATIVE_TO_BEST, WARD_RATE: the unit's own target (or ward rate), overriding the indicator's. */
  unitTarget?: number | null;
  /** RATE: the unit's population of the indicator's populationKind (e.g. its households). */
  population?: number | null;
  /** RELATIVE_TO_BEST: the block's best actual; absent, the unit is its own best. */
  blockBest?: number | null;
}

const fail = (reason: ScoreErrorReason, message: string): { ok: false; reason: ScoreErrorReason; message: string } => ({
  ok: false,
  reason,
  message,
});
const ok = (explanation: ScoreExplanation): ScoreResult => ({ ok: true, score: explanation.score, explanation });

/**
 * The score of an indicator from the value a unit enters, with how it was computed:
 * - MANUAL: the points themselves, 0..max, on the step;
 * - YES_NO: 1 → max, 0 → 0;
 * - TARGET: value ÷ target × max, capped at max (`context.unitTarget` overrides the default);
 * - COUNT: whole items × points per item, capped at max;
 * - COMPUTED: a share 0..1 (participation rate, average score) × max;
 * - BONUS / PENALTY: without perItemPoints the points claimed / deducted, capped at max; with
 *   perItemPoints the number of occurrences × perItemPoints, capped ("−2 điểm/lần, tối đa −10");
 *   a penalty scores ≤ 0;
 * - THRESHOLD: the figure against the steps (AT_LEAST: the best step reached; AT_MOST: the best
 *   step the figure stays within); none → 0. One step is all or nothing;
 * - RATE: a whole count of the named population ÷ `context.population`, as a percent, against
 *   the steps, or (no steps) rate × max;
 * - WARD_RATE: the unit's rate (percent) against the ward's (`target`): met → max, else 0;
 * - RELATIVE_TO_BEST: the cluster rule against `context.blockBest` (see relativeToBest).
 * Values that make no sense for the kind (negative, off-step, 2 for yes/no) are refused, not clamped.
 */
export function scoreFromValue(indicator: IndicatorDef, value: number, context: ScoreContext = {}): ScoreResult {
  const { code } = indicator;
  if (!Number.isFinite(value)) return fail('NOT_A_NUMBER', `${code}: not a number`);
  if (value < 0) return fail('OUT_OF_RANGE', `${code}: the value cannot be negative`);
  const maxPoints = indicator.maxPoints;
  const comparison = indicator.comparison ?? 'AT_LEAST';
  switch (indicator.kind) {
    case 'GROUP':
      return fail('NOT_SCORABLE', `${code} is a group: its score is the sum of its indicators`);
    case 'MANUAL': {
      const step = indicator.step ?? 1;
      if (value > maxPoints) return fail('OUT_OF_RANGE', `${code}: at most ${maxPoints} points`);
      if (!isMultiple(value, step)) return fail('NOT_ON_STEP', `${code}: points go in steps of ${step}`);
      return ok({ rule: 'MANUAL', score: round2(value), maxPoints, points: value });
    }
    case 'YES_NO':
      if (value !== 0 && value !== 1) return fail('NOT_YES_NO', `${code}: answer yes (1) or no (0)`);
      return ok({ rule: 'YES_NO', score: value === 1 ? maxPoints : 0, maxPoints, done: value === 1 });
    case 'TARGET': {
      const target = context.unitTarget ?? indicator.target ?? null;
      if (target === null || !(target > 0)) return fail('NO_TARGET', `${code}: no target is set`);
      const raw = (value / target) * maxPoints;
      return ok({
        rule: 'TARGET',
        score: round2(Math.min(maxPoints, raw)),
        maxPoints,
        value,
        target,
        capped: raw > maxPoints,
      });
    }
    case 'COUNT': {
      if (!Number.isInteger(value)) return fail('NOT_WHOLE', `${code}: count whole items`);
      const perItemPoints = indicator.perItemPoints ?? 0;
      const raw = value * perItemPoints;
      return ok({
        rule: 'COUNT',
        score: round2(Math.min(maxPoints, raw)),
        maxPoints,
        count: value,
        perItemPoints,
        capped: raw > maxPoints,
      });
    }
    case 'COMPUTED':
      if (value > 1) return fail('OUT_OF_RANGE', `${code}: a computed share is at most 1`);
      return ok({ rule: 'COMPUTED', score: round2(value * maxPoints), maxPoints, sharePercent: round2(value * 100) });
    case 'BONUS':
    case 'PENALTY': {
      const sign = indicator.kind === 'PENALTY' ? -1 : 1;
      const perItemPoints = indicator.perItemPoints ?? null;
      if (perItemPoints !== null && perItemPoints > 0) {
        if (!Number.isInteger(value)) return fail('NOT_WHOLE', `${code}: count whole occurrences`);
        const raw = value * perItemPoints;
        return ok({
          rule: indicator.kind === 'PENALTY' ? 'PENALTY_PER_ITEM' : 'BONUS_PER_ITEM',
          score: sign * round2(Math.min(maxPoints, raw)) || 0,
          maxPoints,
          count: value,
          perItemPoints,
          capped: raw > maxPoints,
        });
      }
      return ok({
        rule: indicator.kind === 'PENALTY' ? 'PENALTY_POINTS' : 'BONUS_POINTS',
        score: sign * round2(Math.min(maxPoints, value)) || 0,
        maxPoints,
        points: value,
        capped: value > maxPoints,
      });
    }
    case 'THRESHOLD': {
      const steps = indicator.thresholds ?? [];
      if (steps.length === 0) return fail('NO_THRESHOLDS', `${code}: no threshold is set`);
      const { step, lowest } = reachedStep(value, steps, comparison);
      return ok({
        rule: step ? 'THRESHOLD_MET' : 'THRESHOLD_NOT_MET',
        score: round2(Math.min(maxPoints, step?.points ?? 0)),
        maxPoints,
        value,
        comparison,
        step,
        lowest,
      });
    }
    case 'RATE':
      return scoreRate(indicator, value, context.population ?? null);
    case 'WARD_RATE': {
      const wardRate = context.unitTarget ?? indicator.target ?? null;
      if (wardRate === null || !(wardRate >= 0)) return fail('NO_TARGET', `${code}: the ward's rate is not set`);
      if (value > 100) return fail('OUT_OF_RANGE', `${code}: a rate is at most 100 %`);
      const met = comparison === 'AT_MOST' ? value <= wardRate + 1e-9 : value >= wardRate - 1e-9;
      return ok({
        rule: met ? 'WARD_RATE_MET' : 'WARD_RATE_NOT_MET',
        score: met ? maxPoints : 0,
        maxPoints,
        unitRate: value,
        wardRate,
        comparison,
      });
    }
    case 'RELATIVE_TO_BEST': {
      const target = context.unitTarget ?? indicator.target ?? null;
      if (target === null || !(target > 0)) return fail('NO_TARGET', `${code}: no target is set`);
      const best = Math.max(value, context.blockBest ?? value);
      return ok(relativeToBest(value, target, best, maxPoints));
    }
  }
}

function scoreRate(indicator: IndicatorDef, count: number, population: number | null): ScoreResult {
  const { code, maxPoints } = indicator;
  if (!Number.isInteger(count))
    return fail('NOT_WHOLE', `${code}: count whole ${indicator.populationKind ?? 'members'}`);
  if (population === null || !(population > 0))
    return fail('NO_POPULATION', `${code}: the unit's ${indicator.populationKind ?? 'population'} is not known`);
  if (count > population)
    return fail(
      'ABOVE_POPULATION',
      `${code}: ${count} is more than the unit's ${population} ${indicator.populationKind ?? ''}`.trim(),
    );
  const ratePercent = (count / population) * 100;
  const comparison = indicator.comparison ?? 'AT_LEAST';
  const base = {
    maxPoints,
    count,
    population,
    populationKind: indicator.populationKind ?? null,
    ratePercent: round2(ratePercent),
    comparison,
  };
  const steps = indicator.thresholds ?? [];
  if (steps.length === 0)
    return ok({
      rule: 'RATE_PROPORTIONAL',
      score: round2((ratePercent / 100) * maxPoints),
      ...base,
      step: null,
      lowest: null,
    });
  const { step, lowest } = reachedStep(ratePercent, steps, comparison);
  return ok({
    rule: step ? 'RATE_MET' : 'RATE_NOT_MET',
    score: round2(Math.min(maxPoints, step?.points ?? 0)),
    ...base,
    step,
    lowest,
  });
}

/**
 * Checks a score a reviewer sets directly (thẩm định) or an admin corrects:
 * within 0..max (a penalty within −max..0), exactly 0 or max for yes/no and for a
 * comparison with the ward's rate, on the step for manual points; a threshold, rate
 * or relative score may be set anywhere in 0..max (the reviewer's judgement).
 */
export function validateScore(indicator: IndicatorDef, score: number): ScoreCheck {
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
    case 'WARD_RATE':
      if (score !== 0 && score !== max) return fail('ALL_OR_NOTHING', `${indicator.code}: either 0 or ${max} points`);
      return { ok: true, score };
    case 'TARGET':
    case 'COUNT':
    case 'COMPUTED':
    case 'BONUS':
    case 'THRESHOLD':
    case 'RELATIVE_TO_BEST':
    case 'RATE':
      if (score < 0 || score > max) return fail('OUT_OF_RANGE', `${indicator.code}: between 0 and ${max} points`);
      return { ok: true, score: round2(score) };
  }
}

/**
 * Leaves a unit must score itself before it can submit: every kind it enters a figure
 * for. Bonus, penalty and computed ones are optional (0 until set).
 */
export const mustBeScoredByUnit = (indicator: IndicatorDef): boolean => {
  switch (indicator.kind) {
    case 'MANUAL':
    case 'YES_NO':
    case 'TARGET':
    case 'COUNT':
    case 'THRESHOLD':
    case 'RATE':
    case 'WARD_RATE':
    case 'RELATIVE_TO_BEST':
      return true;
    case 'GROUP':
    case 'COMPUTED':
    case 'BONUS':
    case 'PENALTY':
      return false;
  }
};

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
