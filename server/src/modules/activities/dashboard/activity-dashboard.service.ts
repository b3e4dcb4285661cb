import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVITY_FORMS,
  activityAttendanceRate,
  activityFigures,
  type ActivityFigures,
  type ActivityForm,
  type UnitKind,
} from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { PopulationsService } from '../../people/populations.service.js';
import { ActivitiesError } from '../activities.errors.js';
import { ActivityPlan } from '../entities/activity-plan.entity.js';
import { ActivityFiguresService } from '../figures/activity-figures.js';
import { todayInVietnam } from '../reports/ward-report-rules.js';

/**
 * The kinds of unit expected to log activities under a plan (a plan has no scope of its
 * own: every unit of these kinds reports): tổ dân phố, schools, departments and
 * organizations (mặt trận, đoàn thể, chi bộ). A school's figures include its classes.
 */
export const REPORTING_UNIT_KINDS: readonly UnitKind[] = ['NEIGHBORHOOD_GROUP', 'SCHOOL', 'DEPARTMENT', 'ORGANIZATION'];
/** A block (khối) is a GROUP unit; its row sums its reporting children's rows. */
const BLOCK_KIND: UnitKind = 'GROUP';
/** The longest period the dashboard spans (its month series stays readable). */
export const MAX_DASHBOARD_MONTHS = 36;

export interface DashboardFigures {
  activityCount: number;
  quantity: number;
  attendeeCount: number;
}
export interface DashboardFormRow extends DashboardFigures {
  form: ActivityForm;
}
export interface DashboardUnitRow extends DashboardFigures {
  unitId: string;
  code: string;
  name: string;
  kind: string;
  blockId: string | null;
  blockName: string | null;
}
export interface DashboardBlockRow extends DashboardFigures {
  blockId: string;
  code: string;
  name: string;
  unitCount: number;
}
export interface DashboardMonthRow extends DashboardFigures {
  /** YYYY-MM. */
  month: string;
  form: ActivityForm;
}
export interface DashboardAttendanceRow {
  /** null: the ward (the units' rows of that kind summed). */
  unitId: string | null;
  unitName: string | null;
  populationKind: string;
  populationLabelVi: string;
  populationLabelEn: string;
  attendees: number;
  population: number;
  rate: number;
}
export interface DashboardSilentUnit {
  unitId: string;
  code: string;
  name: string;
  kind: string;
  blockName: string | null;
}
export interface ActivityDashboard {
  planId: string;
  planTitle: string;
  from: string;
  to: string;
  /** The month silent units are looked for in (YYYY-MM). */
  month: string;
  total: DashboardFigures;
  byForm: DashboardFormRow[];
  byUnit: DashboardUnitRow[];
  byBlock: DashboardBlockRow[];
  byMonth: DashboardMonthRow[];
  attendance: DashboardAttendanceRow[];
  silentUnits: DashboardSilentUnit[];
}

export interface ActivityDashboardQuery {
  planId: string;
  from?: string | null;
  to?: string | null;
  month?: string | null;
}

interface UnitRecord {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  sortOrder: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const collator = new Intl.Collator('vi');

const isRealDate = (iso: string) => {
  if (!DATE.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
};
const pick = (f: ActivityFigures): DashboardFigures => ({
  activityCount: f.activityCount,
  quantity: f.quantity,
  attendeeCount: f.attendeeCount,
});
const sum = (rows: readonly DashboardFigures[]): DashboardFigures =>
  rows.reduce(
    (acc, r) => ({
      activityCount: acc.activityCount + r.activityCount,
      quantity: acc.quantity + r.quantity,
      attendeeCount: acc.attendeeCount + r.attendeeCount,
    }),
    { activityCount: 0, quantity: 0, attendeeCount: 0 },
  );

/** First and last day (ISO) of a YYYY-MM month. */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Every YYYY-MM month from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const end = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/**
 * The ward's dashboard of the activity log (Phòng Văn hóa - Xã hội): totals by form, by
 * reporting unit (with its sub-units) and by block (its children's rows summed), the form ×
 * month series, the attendance rates where a roster exists, and the silent units (no counted
 * activity in the month). Every figure comes from ActivityFiguresService / the shared
 * `activityFigures`, so it reads as on the indicators and the periodic report.
 */
@Injectable()
export class ActivityDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: ActivityFiguresService,
    private readonly populations: PopulationsService,
  ) {}

  async dashboard(query: ActivityDashboardQuery, now: Date = new Date()): Promise<ActivityDashboard> {
    const plan = await this.dataSource.getRepository(ActivityPlan).findOneBy({ id: query.planId });
    if (!plan) throw new ActivitiesError('PLAN_NOT_FOUND', 'No such plan', { field: 'planId' });
    const { from, to, month } = this.period(query, plan, now);

    const units: UnitRecord[] = await this.dataSource.query(
      `SELECT id, code, name, kind, parent_id AS "parentId", sort_order AS "sortOrder" FROM unit`,
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    const order = (a: UnitRecord, b: UnitRecord) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name);
    const blockOf = (u: UnitRecord) => {
      const parent = u.parentId ? byId.get(u.parentId) : undefined;
      return parent?.kind === BLOCK_KIND ? parent : null;
    };
    const reporting = units
      .filter((u) => REPORTING_UNIT_KINDS.includes(u.kind))
      .sort((a, b) => {
        const ba = blockOf(a);
        const bb = blockOf(b);
        if (ba !== bb) {
          if (!ba) return 1;
          if (!bb) return -1;
          return order(ba, bb);
        }
        return order(a, b);
      });
    const reportingIds = reporting.map((u) => u.id);
    const roots = units.filter((u) => u.parentId === null).map((u) => u.id);

    // Every counted activity of the plan in the period (the whole tree from its roots), for
    // the ward's totals by form and month; the units' own figures, with their sub-units.
    const [treeRows, unitFigures, monthFigures, populations] = await Promise.all([
      this.figures.rows({ planId: plan.id, from, to, unitIds: roots, includeSubUnits: true }),
      this.figures.figures({ planId: plan.id, from, to, unitIds: reportingIds, includeSubUnits: true }),
      this.figures.figures({ planId: plan.id, ...monthBounds(month), unitIds: reportingIds, includeSubUnits: true }),
      this.populations.allFigures(reportingIds),
    ]);
    const rows = [...treeRows.values()].flat();
    const wardFigures = activityFigures(rows, { from, to });
    const total = pick(wardFigures);
    const byForm = ACTIVITY_FORMS.map((form) => ({ form, ...pick(activityFigures(rows, { from, to, form })) }));
    const byMonth = monthsBetween(from, to).flatMap((m) => {
      const bounds = monthBounds(m);
      const range = { from: bounds.from < from ? from : bounds.from, to: bounds.to > to ? to : bounds.to };
      return ACTIVITY_FORMS.map((form) => ({ month: m, form, ...pick(activityFigures(rows, { ...range, form })) }));
    });

    const byUnit: DashboardUnitRow[] = reporting.map((u) => {
      const block = blockOf(u);
      return {
        unitId: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        blockId: block?.id ?? null,
        blockName: block?.name ?? null,
        ...pick(unitFigures.get(u.id)!),
      };
    });
    const byBlock: DashboardBlockRow[] = units
      .filter((u) => u.kind === BLOCK_KIND)
      .sort(order)
      .map((block) => {
        const children = byUnit.filter((r) => r.blockId === block.id);
        return { blockId: block.id, code: block.code, name: block.name, unitCount: children.length, ...sum(children) };
      });

    // Each reporting unit with a roster (its sub-units included), then the ward as a whole:
    // not the units' rows summed, which would count a nested unit twice and leave out the rest.
    const ward = await this.figures.wardAttendance(wardFigures);
    const labels = (code: string) => {
      const k = ward.find((x) => x.kind === code);
      return { populationLabelVi: k?.labelVi ?? code, populationLabelEn: k?.labelEn ?? code };
    };
    const attendance: DashboardAttendanceRow[] = [];
    for (const u of reporting) {
      const f = unitFigures.get(u.id)!;
      for (const p of populations.get(u.id) ?? []) {
        if (p.source !== 'ROSTER') continue;
        attendance.push({
          unitId: u.id,
          unitName: u.name,
          populationKind: p.kind,
          ...labels(p.kind),
          attendees: f.attendeesByKind[p.kind] ?? 0,
          population: p.size,
          rate: activityAttendanceRate(f, p.kind, p.size),
        });
      }
    }
    for (const w of ward)
      attendance.push({
        unitId: null,
        unitName: null,
        populationKind: w.kind,
        populationLabelVi: w.labelVi,
        populationLabelEn: w.labelEn,
        attendees: w.attendees,
        population: w.population,
        rate: w.rate,
      });

    const silentUnits = byUnit
      .filter((r) => monthFigures.get(r.unitId)!.activityCount === 0)
      .map(({ unitId, code, name, kind, blockName }) => ({ unitId, code, name, kind, blockName }));

    return {
      planId: plan.id,
      planTitle: plan.title,
      from,
      to,
      month,
      total,
      byForm,
      byUnit,
      byBlock,
      byMonth,
      attendance,
      silentUnits,
    };
  }

  /** The period asked (the plan's dates by default) and the month of silent units (the current one by default). */
  private period(query: ActivityDashboardQuery, plan: ActivityPlan, now: Date) {
    const invalid = (field: string, message: string) => new InvalidInputError('INVALID_INPUT', message, { field });
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value !== null && value !== undefined && !isRealDate(value))
        throw invalid(field, `${field} must be a date YYYY-MM-DD`);
    }
    const month = query.month ?? todayInVietnam(now).slice(0, 7);
    if (!MONTH.test(month) || !isRealDate(`${month}-01`)) throw invalid('month', 'month must be YYYY-MM');
    const from = query.from ?? plan.startsOn;
    const to = query.to ?? plan.endsOn;
    if (from > to) throw invalid('to', 'to must not be before from');
    if (monthsBetween(from, to).length > MAX_DASHBOARD_MONTHS)
      throw invalid('to', `The period spans at most ${MAX_DASHBOARD_MONTHS} months`);
    return { from, to, month };
  }
}
