import { participationShare } from '../people/participation.js';
import { ACTIVITY_FORMS, COUNTED_ACTIVITY_STATUSES, type ActivityForm, type ActivityStatus } from './activity-enums.js';
import { activityKind } from './activity-kinds.js';

/**
 * The figures of the activity log, defined once: the computed campaign indicators, the
 * dashboard and the periodic report (báo cáo sơ kết, tổng kết) all sum the log with these
 * functions, so a figure reads the same wherever it is shown.
 *
 * - only COUNTED activities (SUBMITTED): a DRAFT counts nowhere, a CORRECTION_REQUESTED
 *   activity stops counting until the unit submits it again;
 * - dates inclusive at both ends (`from` ≤ occurredOn ≤ `to`, ISO yyyy-mm-dd); an activity
 *   without a date is outside every range;
 * - named attendees are DISTINCT PERSONS, not person-attendances: a party member present at
 *   three meetings counts once;
 * - attendance rate of a kind = distinct persons of that kind present at one counted activity
 *   or more ÷ the unit's population of that kind (the roster, else the declared number),
 *   capped at 1, 0 without a population (shared participationShare).
 */

/** One activity as the figures read it, with the roster people present. */
export interface ActivityFigureRow {
  id: string;
  unitId: string;
  form: ActivityForm;
  kind: string;
  status: ActivityStatus;
  occurredOn: string | null;
  quantity: number | null;
  attendeeCount: number | null;
  attendees: readonly { personId: string; personKind: string }[];
}

export interface ActivityFigureFilter {
  /** Inclusive ISO dates; null/absent: unbounded on that side. */
  from?: string | null;
  to?: string | null;
  /** null/absent: every form. */
  form?: ActivityForm | null;
  /** ACTIVITY_KINDS codes; null/absent/empty: every kind (of the form). */
  kinds?: readonly string[] | null;
}

export interface ActivityFigures {
  /** Counted activities. */
  activityCount: number;
  /** Sum of `quantity` (banners, posts, registrations), null counted as 0. */
  quantity: number;
  /** Sum of `attendeeCount` (everyone present, roster or not), null counted as 0. */
  attendeeCount: number;
  /** Distinct named attendees (roster persons) per population kind. */
  attendeesByKind: Record<string, number>;
  /** The counted activities behind the figures, by date then id. */
  activityIds: string[];
}

/** The four figures an ACTIVITY computed indicator can measure. */
export const ActivityMeasure = {
  ACTIVITY_COUNT: 'ACTIVITY_COUNT',
  ACTIVITY_QUANTITY: 'ACTIVITY_QUANTITY',
  ACTIVITY_ATTENDEES: 'ACTIVITY_ATTENDEES',
  ACTIVITY_ATTENDANCE_RATE: 'ACTIVITY_ATTENDANCE_RATE',
} as const;
export type ActivityMeasure = (typeof ActivityMeasure)[keyof typeof ActivityMeasure];
export const ACTIVITY_MEASURES: readonly ActivityMeasure[] = Object.values(ActivityMeasure);

/** Whether an activity counts in figures under the filter. */
export function activityCounts(row: ActivityFigureRow, filter: ActivityFigureFilter = {}): boolean {
  if (!COUNTED_ACTIVITY_STATUSES.includes(row.status)) return false;
  if (!row.occurredOn) return false;
  if (filter.from && row.occurredOn < filter.from) return false;
  if (filter.to && row.occurredOn > filter.to) return false;
  if (filter.form && row.form !== filter.form) return false;
  if (filter.kinds && filter.kinds.length > 0 && !filter.kinds.includes(row.kind)) return false;
  return true;
}

/** The figures of the rows that count under the filter. */
export function activityFigures(
  rows: readonly ActivityFigureRow[],
  filter: ActivityFigureFilter = {},
): ActivityFigures {
  const counted = rows
    .filter((r) => activityCounts(r, filter))
    .sort((a, b) => (a.occurredOn! < b.occurredOn! ? -1 : a.occurredOn! > b.occurredOn! ? 1 : a.id < b.id ? -1 : 1));
  const persons = new Map<string, Set<string>>();
  let quantity = 0;
  let attendeeCount = 0;
  for (const r of counted) {
    quantity += r.quantity ?? 0;
    attendeeCount += r.attendeeCount ?? 0;
    for (const a of r.attendees) {
      let set = persons.get(a.personKind);
      if (!set) persons.set(a.personKind, (set = new Set()));
      set.add(a.personId);
    }
  }
  const attendeesByKind: Record<string, number> = {};
  for (const [kind, set] of persons) attendeesByKind[kind] = set.size;
  return {
    activityCount: counted.length,
    quantity,
    attendeeCount,
    attendeesByKind,
    activityIds: counted.map((r) => r.id),
  };
}

/** Distinct attendees of `kind` ÷ the population of that kind, capped at 1; 0 without a population. */
export function activityAttendanceRate(figures: ActivityFigures, kind: string, population: number): number {
  return participationShare(figures.attendeesByKind[kind] ?? 0, population);
}

/**
 * The value of a measure (a count, a sum, or a 0..1 rate). ACTIVITY_ATTENDEES is the
 * distinct named attendees of `populationKind` when one is given, else the sum of
 * attendeeCount (everyone present).
 */
export function activityMeasureValue(
  figures: ActivityFigures,
  measure: ActivityMeasure,
  populationKind: string | null,
  population: number,
): number {
  switch (measure) {
    case 'ACTIVITY_COUNT':
      return figures.activityCount;
    case 'ACTIVITY_QUANTITY':
      return figures.quantity;
    case 'ACTIVITY_ATTENDEES':
      return populationKind ? (figures.attendeesByKind[populationKind] ?? 0) : figures.attendeeCount;
    case 'ACTIVITY_ATTENDANCE_RATE':
      return populationKind ? activityAttendanceRate(figures, populationKind, population) : 0;
  }
}

/** What an ACTIVITY computed indicator is bound to (a ComputedSource of kind ACTIVITY). */
export interface ActivityBinding {
  metric: string;
  form?: string | null;
  kinds?: readonly string[] | null;
  populationKind?: string | null;
  includeSubUnits?: boolean | null;
  target?: number | null;
}

/**
 * The indicator's value, a share 0..1 (a COMPUTED indicator scores share × max): a count,
 * sum or attendance figure ÷ the binding's target, capped at 1; the attendance rate as it is.
 */
export function activityIndicatorShare(figures: ActivityFigures, binding: ActivityBinding, population: number): number {
  const measure = binding.metric as ActivityMeasure;
  const populationKind = binding.populationKind ?? null;
  const figure = activityMeasureValue(figures, measure, populationKind, population);
  if (measure === 'ACTIVITY_ATTENDANCE_RATE') return figure;
  const target = binding.target ?? 0;
  if (!(target > 0) || !(figure > 0)) return 0;
  return Math.min(1, figure / target);
}

/**
 * Why a binding is refused, with the field named, or null when it is valid: a known
 * measure, a known form, kinds of that form, a population kind where the measure needs
 * one (`knownPopulationKinds`: the codes of population_kind), a positive target where the
 * measure is a figure.
 */
export function activityBindingProblem(
  binding: ActivityBinding,
  knownPopulationKinds: readonly string[],
): { field: string; message: string } | null {
  if (!ACTIVITY_MEASURES.includes(binding.metric as ActivityMeasure))
    return { field: 'metric', message: `Unknown measure of the activity log: ${binding.metric}` };
  if (binding.form && !ACTIVITY_FORMS.includes(binding.form as ActivityForm))
    return { field: 'form', message: `Unknown activity form: ${binding.form}` };
  for (const code of binding.kinds ?? []) {
    const k = activityKind(code);
    if (!k) return { field: 'kinds', message: `Unknown activity kind: ${code}` };
    if (binding.form && k.form !== binding.form)
      return { field: 'kinds', message: `The kind ${code} is not of the form ${binding.form}` };
  }
  const kind = binding.populationKind ?? null;
  if (binding.metric === 'ACTIVITY_ATTENDANCE_RATE' && !kind)
    return { field: 'populationKind', message: 'An attendance rate needs the population kind it divides by' };
  if (kind && !knownPopulationKinds.includes(kind))
    return { field: 'populationKind', message: `Unknown population kind: ${kind}` };
  if (binding.metric !== 'ACTIVITY_ATTENDANCE_RATE') {
    const t = binding.target;
    if (t === null || t === undefined || !Number.isFinite(t) || t <= 0)
      return { field: 'target', message: 'The target (the figure that earns the full points) must be above 0' };
  }
  return null;
}
