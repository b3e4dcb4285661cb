/**
 * The invented figures of the demo campaign: what a unit of performance q (0..1) enters
 * for each indicator kind, and when its interim sheet moved. Pure and deterministic, so
 * that demo-data.spec.ts checks them without a database.
 */
import { isMultiple, type IndicatorDef } from '@thidua/shared';
import type { DemoSheetPlan } from './demo-campaign.js';

const DAY = 24 * 60 * 60 * 1000;

/** A small, stable number per unit: varies the figures between units of the same performance. */
const saltOf = (unitCode: string): number => [...unitCode].reduce((s, c) => s + c.charCodeAt(0), 0);

/**
 * A plausible value for a unit of performance q (0..1). `population` is the unit's
 * population of a RATE indicator's kind; null when it is not known (the value is then
 * null: the unit could not have entered it). Null too for COMPUTED (filled from the
 * contest) and GROUP.
 */
export function demoValue(
  indicator: IndicatorDef,
  q: number,
  unitCode: string,
  population: number | null,
): number | null {
  const salt = saltOf(unitCode);
  switch (indicator.kind) {
    case 'MANUAL': {
      const step = indicator.step ?? 1;
      const onStep = Math.floor(Math.min(indicator.maxPoints, q * indicator.maxPoints) / step) * step;
      return isMultiple(onStep, step) ? onStep : 0;
    }
    case 'YES_NO':
      return q >= 0.7 || salt % 3 !== 0 ? 1 : 0;
    case 'TARGET':
      return Math.round(q * (indicator.target ?? 1) * 1.1);
    case 'COUNT':
      return Math.round((q * indicator.maxPoints) / (indicator.perItemPoints ?? 1));
    case 'BONUS':
      if (q < 0.9) return 0;
      return indicator.perItemPoints ? 1 + (salt % 3) : 2 + (salt % 3);
    case 'PENALTY':
      // Occurrences when counted per occurrence ("−2 điểm/lần"), points otherwise.
      return q < 0.7 ? 1 + (salt % 2) : 0;
    case 'THRESHOLD':
      return Math.min(100, Math.round(q * 105));
    case 'WARD_RATE':
      return Math.min(100, Math.round(q * 100));
    case 'RELATIVE_TO_BEST':
      // Items against a target: the best units go past it.
      return Math.round(q * (indicator.target ?? 1) * 1.25);
    case 'RATE':
      if (population === null || population <= 0) return null;
      return Math.min(population, Math.round(Math.min(1, q * 1.02) * population));
    case 'COMPUTED':
    case 'GROUP':
      return null;
  }
}

/** The moments of one interim sheet, from the period's deadline and its plan. */
export interface DemoSheetTimes {
  submittedAt: Date | null;
  firstReviewedAt: Date | null;
  approvedAt: Date | null;
  /** RETURNED: when the reviewer returned it, and the end of the unit's reply window. */
  returnedAt: Date | null;
  replyDueAt: Date | null;
  deadlineOverride: Date | null;
  /** Started days between the unit's deadline and its submission (0 when on time). */
  lateDays: number;
  markedAt: Date | null;
}

/**
 * When the sheet was submitted, reviewed, approved or returned: a first-round review
 * half a day after submitting (in a block with a leader, for a unit other than the
 * leader), approval a day after; a return three days after the deadline, with
 * `replyDays` to answer; a mark three days after the deadline.
 */
export function demoSheetTimes(
  plan: DemoSheetPlan,
  deadline: Date,
  replyDays: number,
  firstRound: boolean,
): DemoSheetTimes {
  const day = (n: number) => new Date(deadline.getTime() + n * DAY);
  const submittedAt = plan.submittedDay === undefined ? null : day(plan.submittedDay);
  const deadlineOverride = plan.extendedToDay === undefined ? null : day(plan.extendedToDay);
  const own = deadlineOverride ?? deadline;
  const lateDays = submittedAt && submittedAt > own ? Math.ceil((submittedAt.getTime() - own.getTime()) / DAY) : 0;
  const reviewedFirst = firstRound && (plan.status === 'FIRST_REVIEWED' || plan.status === 'APPROVED');
  const returnedAt = plan.status === 'RETURNED' ? day(3) : null;
  return {
    submittedAt,
    firstReviewedAt: reviewedFirst && submittedAt ? new Date(submittedAt.getTime() + DAY / 2) : null,
    approvedAt: plan.status === 'APPROVED' && submittedAt ? new Date(submittedAt.getTime() + DAY) : null,
    returnedAt,
    replyDueAt: returnedAt ? new Date(returnedAt.getTime() + replyDays * DAY) : null,
    deadlineOverride,
    lateDays,
    markedAt: plan.mark ? day(3) : null,
  };
}
