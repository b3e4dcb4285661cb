import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACTIVITY_FORMS, activityFigures, type ActivityFigureRow } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { recordActivityEvent } from '../activities-audit.js';
import { ActivitiesError } from '../activities.errors.js';
import { ActivityPlan } from '../entities/activity-plan.entity.js';
import { PeriodicReport } from '../entities/periodic-report.entity.js';
import { ActivityFiguresService } from '../figures/activity-figures.js';
import { WardReportsService } from '../reports/ward-reports.service.js';
import {
  cleanSections,
  PERIODIC_REPORT_SECTIONS,
  SECTION_MAX_LENGTH,
  suggestedSections,
} from './periodic-report-sections.js';
import type {
  CreatePeriodicReportInput,
  PeriodicReportFigures,
  PeriodicReportModel,
  PeriodicReportSectionModel,
  SavePeriodicReportInput,
} from './periodic-report.model.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER_MAX_LENGTH = 60;

/** A real calendar day written yyyy-mm-dd. */
const isIsoDate = (value: string) => {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

const invalid = (field: string, message: string) => new ActivitiesError('PERIODIC_REPORT_INVALID', message, { field });

/** A report with what the document needs: the plan it reports on. */
export interface PeriodicReportFacts {
  report: PeriodicReport;
  plan: ActivityPlan;
}

/**
 * The báo cáo sơ kết / tổng kết: its figures are computed on each read from the log (the
 * shared figures service, counted activities of the plan inside the dates, the whole ward),
 * the reports to the ward (WardReportsService.summary), the published campaign results and
 * the contests; what is stored is the number and the narrative sections. Every change is
 * audited in its transaction.
 */
@Injectable()
export class PeriodicReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figuresService: ActivityFiguresService,
    private readonly wardReports: WardReportsService,
  ) {}

  async list(planId: string): Promise<PeriodicReportModel[]> {
    const plan = await this.plan(this.dataSource.manager, planId);
    const reports = await this.dataSource.manager.find(PeriodicReport, {
      where: { planId },
      order: { createdAt: 'DESC' },
    });
    return reports.map((r) => this.model(r, plan));
  }

  async get(id: string): Promise<PeriodicReportModel> {
    const { report, plan } = await this.facts(id);
    return this.model(report, plan);
  }

  async facts(id: string, manager: EntityManager = this.dataSource.manager): Promise<PeriodicReportFacts> {
    const report = await manager.findOne(PeriodicReport, { where: { id } });
    if (!report) throw new ActivitiesError('PERIODIC_REPORT_NOT_FOUND', 'No such periodic report', { field: 'id' });
    const plan = await this.plan(manager, report.planId);
    return { report, plan };
  }

  async create(viewer: AuthUser, input: CreatePeriodicReportInput): Promise<PeriodicReportModel> {
    if (!UUID.test(input.planId)) throw invalid('planId', 'planId is not a valid id');
    return this.dataSource.transaction(async (m) => {
      const plan = await this.plan(m, input.planId);
      if (input.kind !== 'INTERIM' && input.kind !== 'FINAL') throw invalid('kind', 'Unknown kind');
      for (const field of ['fromDate', 'toDate'] as const) {
        const value = input[field];
        if (!isIsoDate(value)) throw invalid(field, `${field} is not a date (YYYY-MM-DD)`);
        if (value < plan.startsOn || value > plan.endsOn)
          throw invalid(field, `${field} is outside the plan (${plan.startsOn} – ${plan.endsOn})`);
      }
      if (input.fromDate > input.toDate) throw invalid('toDate', 'toDate is before fromDate');
      const report = await m.save(
        m.create(PeriodicReport, {
          planId: plan.id,
          kind: input.kind,
          fromDate: input.fromDate,
          toDate: input.toDate,
          documentNumber: '',
          sections: {},
          updatedBy: viewer.id,
        }),
      );
      await recordActivityEvent(m, {
        subjectKind: 'PERIODIC_REPORT',
        subjectId: report.id,
        actorId: viewer.id,
        action: 'PERIODIC_REPORT_CREATED',
        newValue: { planId: plan.id, kind: report.kind, fromDate: report.fromDate, toDate: report.toDate },
      });
      return this.model(report, plan);
    });
  }

  async save(viewer: AuthUser, input: SavePeriodicReportInput): Promise<PeriodicReportModel> {
    if (!UUID.test(input.id)) throw invalid('id', 'id is not a valid id');
    const documentNumber = input.documentNumber.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (documentNumber.length > NUMBER_MAX_LENGTH)
      throw invalid('documentNumber', `documentNumber is longer than ${NUMBER_MAX_LENGTH} characters`);
    const seen = new Set<string>();
    for (const s of input.sections) {
      if (!PERIODIC_REPORT_SECTIONS.includes(s.key)) throw invalid('sections', `Unknown section ${s.key}`);
      if (seen.has(s.key)) throw invalid('sections', `Section ${s.key} is given twice`);
      seen.add(s.key);
      if (s.text.normalize('NFC').trim().length > SECTION_MAX_LENGTH)
        throw invalid(`sections.${s.key}`, `Section ${s.key} is longer than ${SECTION_MAX_LENGTH} characters`);
    }
    const given = cleanSections(input.sections);
    return this.dataSource.transaction(async (m) => {
      const report = await m.findOne(PeriodicReport, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new ActivitiesError('PERIODIC_REPORT_NOT_FOUND', 'No such periodic report', { field: 'id' });
      const plan = await this.plan(m, report.planId);
      const sections: Record<string, string> = {};
      for (const key of PERIODIC_REPORT_SECTIONS) {
        const text = seen.has(key) ? given[key] : report.sections[key];
        if (text) sections[key] = text;
      }
      const changed = PERIODIC_REPORT_SECTIONS.filter((k) => (report.sections[k] ?? '') !== (sections[k] ?? ''));
      const numberChanged = report.documentNumber !== documentNumber;
      if (!changed.length && !numberChanged) return this.model(report, plan);
      const before = { documentNumber: report.documentNumber, sections: report.sections };
      report.documentNumber = documentNumber;
      report.sections = sections;
      report.updatedBy = viewer.id;
      await m.save(report);
      await recordActivityEvent(m, {
        subjectKind: 'PERIODIC_REPORT',
        subjectId: report.id,
        actorId: viewer.id,
        action: 'PERIODIC_REPORT_SAVED',
        oldValue: before,
        newValue: {
          documentNumber,
          sections,
          changedFields: [...(numberChanged ? ['documentNumber'] : []), ...changed.map((k) => `sections.${k}`)],
        },
      });
      return this.model(report, plan);
    });
  }

  /** Each section with what was written and what the figures suggest. */
  sections(report: PeriodicReportModel & { sections?: Record<string, string> }, figures: PeriodicReportFigures) {
    const suggestions = suggestedSections(figures);
    return PERIODIC_REPORT_SECTIONS.map((key): PeriodicReportSectionModel => ({
      key,
      text: report.sections?.[key] ?? '',
      suggestion: suggestions[key],
    }));
  }

  /** The figures of a report: the whole ward, the plan's counted activities inside the dates. */
  async figures(report: { planId: string; fromDate: string; toDate: string }): Promise<PeriodicReportFigures> {
    const m = this.dataSource.manager;
    const roots: { id: string }[] = await m.query(
      `SELECT id FROM unit WHERE parent_id IS NULL ORDER BY sort_order, id`,
    );
    const rootIds = roots.map((r) => r.id);
    const period = { from: report.fromDate, to: report.toDate };
    const rowsByRoot = await this.figuresService.rows(
      { planId: report.planId, unitIds: rootIds, includeSubUnits: true, ...period },
      m,
    );
    const rows: ActivityFigureRow[] = [...rowsByRoot.values()].flat();
    const all = activityFigures(rows, period);
    const forms = ACTIVITY_FORMS.map((form) => {
      const f = activityFigures(rows, { ...period, form });
      return { form, activityCount: f.activityCount, attendeeCount: f.attendeeCount, quantity: f.quantity };
    });
    const attendance = (await this.figuresService.wardAttendance(all, m)).map((row) => ({
      kind: row.kind,
      kindName: row.labelVi,
      attendees: row.attendees,
      population: row.population,
      rate: row.rate,
    }));
    const summary = await this.wardReports.summary({ planId: report.planId, ...period });
    const count = (kind: string, statuses?: string[]) =>
      summary.counts
        .filter((c) => c.kind === kind && (!statuses || statuses.includes(c.status)))
        .reduce((n, c) => n + c.count, 0);
    const [campaign]: { periods: number; sheets: number }[] = await m.query(
      `SELECT count(DISTINCT p.id)::int AS periods, count(s.id)::int AS sheets
         FROM campaign_period p LEFT JOIN score_sheet s ON s.period_id = p.id AND s.published_at IS NOT NULL
        WHERE p.published_at IS NOT NULL AND p.starts_on <= $2::date AND p.ends_on >= $1::date`,
      [report.fromDate, report.toDate],
    );
    const [contest]: { contests: number; entrants: number; units: number }[] = await m.query(
      `SELECT (SELECT count(DISTINCT c.id)::int FROM contest c JOIN contest_round r ON r.contest_id = c.id
                WHERE NOT c.is_demo AND (r.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= $2::date
                  AND (r.ends_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= $1::date) AS contests,
              count(DISTINCT e.id)::int AS entrants, count(DISTINCT e.unit_id)::int AS units
         FROM attempt a JOIN entrant e ON e.id = a.entrant_id JOIN contest c ON c.id = e.contest_id
        WHERE NOT c.is_demo AND a.submitted_at IS NOT NULL
          AND (a.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $1::date AND $2::date`,
      [report.fromDate, report.toDate],
    );
    return {
      forms,
      total: { activityCount: all.activityCount, attendeeCount: all.attendeeCount, quantity: all.quantity },
      attendance,
      falseInformationFound: count('FALSE_INFORMATION'),
      falseInformationHandled: count('FALSE_INFORMATION', ['RESOLVED']),
      difficultiesRaised: count('DIFFICULTY'),
      difficultiesAnswered: count('DIFFICULTY', ['ANSWERED']),
      campaignPeriodsPublished: campaign.periods,
      campaignSheetsPublished: campaign.sheets,
      contestCount: contest.contests,
      contestEntrants: contest.entrants,
      contestUnits: contest.units,
    };
  }

  private async plan(m: EntityManager, planId: string): Promise<ActivityPlan> {
    const plan = await m.findOne(ActivityPlan, { where: { id: planId } });
    if (!plan) throw new ActivitiesError('PLAN_NOT_FOUND', 'No such plan', { field: 'planId' });
    return plan;
  }

  private model(r: PeriodicReport, plan: ActivityPlan): PeriodicReportModel & { sections: Record<string, string> } {
    return {
      id: r.id,
      planId: r.planId,
      planTitle: plan.title,
      kind: r.kind,
      fromDate: r.fromDate,
      toDate: r.toDate,
      documentNumber: r.documentNumber,
      sections: r.sections ?? {},
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }
}
