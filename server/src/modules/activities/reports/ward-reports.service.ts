import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationKind, Role, WardReportKind, WardReportStatus } from '@thidua/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { ActivitiesError } from '../activities.errors.js';
import { recordActivityEvent } from '../activities-audit.js';
import { ActivityPlan } from '../entities/activity-plan.entity.js';
import { WardReport } from '../entities/ward-report.entity.js';
import type {
  ReplyToWardReportInput,
  SendWardReportInput,
  UpdateWardReportInput,
  WardReportsFilter,
  WardReportsSummaryFilter,
} from './ward-report.input.js';
import type {
  WardReportCountModel,
  WardReportEventModel,
  WardReportModel,
  WardReportPlanModel,
} from './ward-report.model.js';
import {
  assertStatus,
  cleanReply,
  cleanWardReport,
  closedStatus,
  todayInVietnam,
  type CleanWardReport,
} from './ward-report-rules.js';

/** The counts the dashboard and the periodic report read: by kind and status, with totals. */
export interface WardReportsSummary {
  counts: WardReportCountModel[];
  total: number;
  /** False information handled (RESOLVED). */
  resolved: number;
  /** Difficulties answered (ANSWERED). */
  answered: number;
  /** Still waiting for the office (SENT or IN_PROGRESS). */
  open: number;
}

interface ReportRow {
  id: string;
  plan_id: string;
  plan_title: string;
  unit_id: string;
  unit_name: string;
  kind: WardReportKind;
  title: string;
  body: string;
  found_where: string;
  link: string | null;
  reported_on: string;
  action_taken: string;
  status: WardReportStatus;
  reply: string | null;
  replied_by_name: string | null;
  replied_at: Date | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT r.id, r.plan_id, p.title AS plan_title, r.unit_id, u.name AS unit_name, r.kind, r.title, r.body,
         r.found_where, r.link, to_char(r.reported_on, 'YYYY-MM-DD') AS reported_on, r.action_taken, r.status,
         r.reply, rb.display_name AS replied_by_name, r.replied_at, cb.display_name AS created_by_name,
         r.created_at, r.updated_at
    FROM ward_report r
    JOIN activity_plan p ON p.id = r.plan_id
    JOIN unit u ON u.id = r.unit_id
    LEFT JOIN app_user rb ON rb.id = r.replied_by
    LEFT JOIN app_user cb ON cb.id = r.created_by`;

const EDITABLE: readonly (keyof CleanWardReport)[] = [
  'title',
  'body',
  'foundWhere',
  'link',
  'reportedOn',
  'actionTaken',
];

/**
 * Reports to the ward (mục V.2 and V.6 of the plan). A unit officer sends reports for
 * its unit (or a sub-unit) and sees only those; the office (REVIEWER, ADMIN) sees all,
 * takes one up and replies, which closes it and notifies the unit's officers. A unit
 * may edit its report while SENT. Every change is audited in its transaction; every
 * refusal changes nothing.
 */
@Injectable()
export class WardReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async list(viewer: AuthUser, filter: WardReportsFilter = {}): Promise<WardReportModel[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (viewer.role === Role.UNIT_OFFICER) {
      const scope = await this.officerScope(viewer);
      where.push(`r.unit_id = ANY(${param(scope)}::uuid[])`);
    }
    if (filter.unitId) where.push(`r.unit_id = ${param(filter.unitId)}`);
    if (filter.kind) where.push(`r.kind = ${param(filter.kind)}`);
    if (filter.status) where.push(`r.status = ${param(filter.status)}`);
    if (filter.planId) where.push(`r.plan_id = ${param(filter.planId)}`);
    const rows: ReportRow[] = await this.dataSource.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY r.reported_on DESC, r.created_at DESC LIMIT 500`,
      params,
    );
    return rows.map(toModel);
  }

  async get(viewer: AuthUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<WardReportModel> {
    const [row]: ReportRow[] = await manager.query(`${SELECT} WHERE r.id = $1`, [id]);
    if (!row) throw new ActivitiesError('REPORT_NOT_FOUND', 'No such report');
    await this.assertInScope(viewer, row.unit_id, manager);
    return toModel(row);
  }

  /** The open plans a report can be sent under, the newest first. */
  async openPlans(): Promise<WardReportPlanModel[]> {
    const rows: WardReportPlanModel[] = await this.dataSource.query(
      `SELECT id, title, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
         FROM activity_plan WHERE status = 'OPEN' ORDER BY starts_on DESC, title`,
    );
    return rows;
  }

  /** The report's changes, oldest first. */
  async history(id: string): Promise<WardReportEventModel[]> {
    const rows: { id: string; action: string; actor_name: string | null; new_value: unknown; at: Date }[] =
      await this.dataSource.query(
        `SELECT e.id, e.action, a.display_name AS actor_name, e.new_value, e.at
           FROM activity_event e LEFT JOIN app_user a ON a.id = e.actor_id
          WHERE e.subject_kind = 'WARD_REPORT' AND e.subject_id = $1
          ORDER BY e.at, e.id`,
        [id],
      );
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      actorName: r.actor_name,
      changedFields:
        r.action === 'REPORT_UPDATED' && r.new_value && typeof r.new_value === 'object' ? Object.keys(r.new_value) : [],
      at: r.at,
    }));
  }

  async send(viewer: AuthUser, input: SendWardReportInput): Promise<WardReportModel> {
    return this.dataSource.transaction(async (m) => {
      const unitId = input.unitId ?? viewer.unitId;
      if (!unitId)
        throw new ActivitiesError('REPORT_INVALID', 'Choose the unit the report is for', { field: 'unitId' });
      const [unit]: { id: string }[] = await m.query('SELECT id FROM unit WHERE id = $1', [unitId]);
      if (!unit) throw new ActivitiesError('REPORT_INVALID', 'No such unit', { field: 'unitId' });
      await this.assertInScope(viewer, unitId, m);
      const plan = await this.openPlan(m, input.planId);
      const fields = cleanWardReport(input, plan, todayInVietnam());
      const report = await m.save(
        m.create(WardReport, {
          planId: plan.id,
          unitId,
          kind: input.kind,
          ...fields,
          status: WardReportStatus.SENT,
          createdBy: viewer.id,
        }),
      );
      await recordActivityEvent(m, {
        subjectKind: 'WARD_REPORT',
        subjectId: report.id,
        unitId,
        actorId: viewer.id,
        action: 'REPORT_SENT',
        newValue: { kind: input.kind, ...fields },
      });
      return this.get(viewer, report.id, m);
    });
  }

  /** A unit edits its report while the office has not taken it up (SENT). */
  async update(viewer: AuthUser, input: UpdateWardReportInput): Promise<WardReportModel> {
    return this.dataSource.transaction(async (m) => {
      const report = await this.lock(m, input.id);
      await this.assertInScope(viewer, report.unitId, m);
      assertStatus(report.status, WardReportStatus.SENT, 'edited');
      const plan = await this.openPlan(m, report.planId);
      const fields = cleanWardReport({ ...input, kind: report.kind }, plan, todayInVietnam());
      const oldValue: Partial<CleanWardReport> = {};
      const newValue: Partial<CleanWardReport> = {};
      for (const key of EDITABLE) {
        if (report[key] !== fields[key]) {
          Object.assign(oldValue, { [key]: report[key] });
          Object.assign(newValue, { [key]: fields[key] });
        }
      }
      if (Object.keys(newValue).length > 0) {
        await m.update(WardReport, { id: report.id }, fields);
        await recordActivityEvent(m, {
          subjectKind: 'WARD_REPORT',
          subjectId: report.id,
          unitId: report.unitId,
          actorId: viewer.id,
          action: 'REPORT_UPDATED',
          oldValue,
          newValue,
        });
      }
      return this.get(viewer, report.id, m);
    });
  }

  /** The office takes a report up: SENT → IN_PROGRESS. */
  async takeUp(viewer: AuthUser, id: string): Promise<WardReportModel> {
    return this.dataSource.transaction(async (m) => {
      const report = await this.lock(m, id);
      assertStatus(report.status, WardReportStatus.SENT, 'taken up');
      await m.update(WardReport, { id }, { status: WardReportStatus.IN_PROGRESS });
      await recordActivityEvent(m, {
        subjectKind: 'WARD_REPORT',
        subjectId: id,
        unitId: report.unitId,
        actorId: viewer.id,
        action: 'REPORT_TAKEN_UP',
        oldValue: { status: report.status },
        newValue: { status: WardReportStatus.IN_PROGRESS },
      });
      return this.get(viewer, id, m);
    });
  }

  /**
   * The office replies and closes a report it took up: IN_PROGRESS → RESOLVED (false
   * information) or ANSWERED (difficulty); the unit's officers are notified.
   */
  async reply(viewer: AuthUser, input: ReplyToWardReportInput): Promise<WardReportModel> {
    return this.dataSource.transaction(async (m) => {
      const report = await this.lock(m, input.id);
      assertStatus(report.status, WardReportStatus.IN_PROGRESS, 'answered');
      const reply = cleanReply(input.reply);
      const status = closedStatus(report.kind);
      await m.update(WardReport, { id: report.id }, { status, reply, repliedBy: viewer.id, repliedAt: () => 'now()' });
      await recordActivityEvent(m, {
        subjectKind: 'WARD_REPORT',
        subjectId: report.id,
        unitId: report.unitId,
        actorId: viewer.id,
        action: 'REPORT_REPLIED',
        oldValue: { status: report.status },
        newValue: { status, reply },
      });
      await this.notifications.notifyUnit(m, report.unitId, {
        kind: NotificationKind.WARD_REPORT_ANSWERED,
        payload: { unitId: report.unitId, wardReportId: report.id, reportTitle: report.title },
      });
      return this.get(viewer, report.id, m);
    });
  }

  /**
   * Counts by kind and status for the dashboard and the periodic report: of one plan,
   * reported between `from` and `to` (inclusive), of some units; every filter optional.
   */
  async summary(filter: WardReportsSummaryFilter = {}): Promise<WardReportsSummary> {
    const rows: { kind: WardReportKind; status: WardReportStatus; count: number }[] = await this.dataSource.query(
      `SELECT kind, status, count(*)::int AS count FROM ward_report
        WHERE ($1::uuid IS NULL OR plan_id = $1)
          AND ($2::date IS NULL OR reported_on >= $2::date)
          AND ($3::date IS NULL OR reported_on <= $3::date)
          AND ($4::uuid[] IS NULL OR unit_id = ANY($4::uuid[]))
        GROUP BY kind, status ORDER BY kind, status`,
      [filter.planId ?? null, filter.from ?? null, filter.to ?? null, filter.unitIds ?? null],
    );
    const sum = (statuses: WardReportStatus[]) =>
      rows.filter((r) => statuses.includes(r.status)).reduce((n, r) => n + r.count, 0);
    return {
      counts: rows,
      total: sum(Object.values(WardReportStatus)),
      resolved: sum([WardReportStatus.RESOLVED]),
      answered: sum([WardReportStatus.ANSWERED]),
      open: sum([WardReportStatus.SENT, WardReportStatus.IN_PROGRESS]),
    };
  }

  // ---- helpers ----

  private async lock(m: EntityManager, id: string): Promise<WardReport> {
    const report = await m.findOne(WardReport, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!report) throw new ActivitiesError('REPORT_NOT_FOUND', 'No such report');
    return report;
  }

  private async openPlan(m: EntityManager, planId: string): Promise<ActivityPlan> {
    const plan = await m.findOne(ActivityPlan, { where: { id: planId } });
    if (!plan) throw new ActivitiesError('PLAN_NOT_FOUND', 'No such plan', { field: 'planId' });
    if (plan.status !== 'OPEN') throw new ActivitiesError('PLAN_CLOSED', 'The plan is closed', { field: 'planId' });
    return plan;
  }

  /** An officer's own unit and its sub-units. */
  private async officerScope(viewer: AuthUser, m: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (!viewer.unitId) return [];
    const rows: { id: string }[] = await m.query(
      `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
       SELECT id FROM tree`,
      [viewer.unitId],
    );
    return rows.map((r) => r.id);
  }

  /** The office sees every unit; an officer its own unit and sub-units (OUT_OF_SCOPE otherwise). */
  private async assertInScope(viewer: AuthUser, unitId: string, m: EntityManager): Promise<void> {
    if (viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER) return;
    if (viewer.role === Role.UNIT_OFFICER && (await this.officerScope(viewer, m)).includes(unitId)) return;
    throw new ActivitiesError('OUT_OF_SCOPE', 'This report belongs to a unit outside your own unit');
  }
}

function toModel(r: ReportRow): WardReportModel {
  return {
    id: r.id,
    planId: r.plan_id,
    planTitle: r.plan_title,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    title: r.title,
    body: r.body,
    foundWhere: r.found_where,
    link: r.link,
    reportedOn: r.reported_on,
    actionTaken: r.action_taken,
    status: r.status,
    reply: r.reply,
    repliedByName: r.replied_by_name,
    repliedAt: r.replied_at,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
