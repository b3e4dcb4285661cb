import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVITY_FORM_FIELDS,
  ActivityEvidenceKind,
  ActivityPlanStatus,
  ActivityStatus,
  detectEvidenceType,
  foldForSearch,
  MAX_EVIDENCE_FILE_BYTES,
  Role,
} from '@thidua/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { ActivityIndicatorRefresher, type CountedState } from '../campaign-source/activity-indicator-refresher.js';
import { ActivityFileStore } from './activity-file.store.js';
import { PopulationsService } from '../../people/populations.service.js';
import { ActivitiesError } from '../activities.errors.js';
import { recordActivityEvent } from '../activities-audit.js';
import { ActivityAttendee } from '../entities/activity-attendee.entity.js';
import { ActivityEvidence } from '../entities/activity-evidence.entity.js';
import { ActivityPlan } from '../entities/activity-plan.entity.js';
import { Activity } from '../entities/activity.entity.js';
import { isHttpUrl, todayInVietnam } from '../reports/ward-report-rules.js';
import type {
  ActivitiesFilter,
  ActivityPlanInput,
  CreateActivityInput,
  SaveActivityInput,
} from './activity-log.input.js';
import type { ActivityModel, ActivityPlanModel, ActivityRosterCandidateModel } from './activity-log.model.js';
import {
  assertKindOfForm,
  cleanActivityFields,
  invalid,
  isIsoDate,
  type CleanActivityFields,
} from './activity-log-rules.js';

const PLAN_SELECT = `SELECT id, title, document_number AS "documentNumber", to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn",
  to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", status FROM activity_plan`;

const ACTIVITY_SELECT = `
  SELECT a.id, a.plan_id AS "planId", a.unit_id AS "unitId", u.name AS "unitName", a.form, a.kind, a.title,
         to_char(a.occurred_on, 'YYYY-MM-DD') AS "occurredOn", a.location, a.speaker, a.link, a.quantity,
         a.attendee_count AS "attendeeCount", a.audience_kind AS "audienceKind", a.notes, a.status,
         a.correction_reason AS "correctionReason", a.submitted_at AS "submittedAt", a.updated_at AS "updatedAt",
         (SELECT count(*)::int FROM activity_attendee t WHERE t.activity_id = a.id) AS "namedAttendeeCount",
         (SELECT count(*)::int FROM activity_evidence e WHERE e.activity_id = a.id) AS "evidenceCount"
    FROM activity a JOIN unit u ON u.id = a.unit_id`;

/** A LIKE pattern for text containing `folded`, its wildcards taken literally. */
const containing = (folded: string) => `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const SAVED_FIELDS: readonly (keyof CleanActivityFields)[] = [
  'kind',
  'title',
  'occurredOn',
  'location',
  'speaker',
  'link',
  'quantity',
  'attendeeCount',
  'audienceKind',
  'notes',
];

/**
 * The activity log (mục III of the plan): plans, and each unit's activities by form.
 * An officer works on its own unit and sub-units; reviewers and admins see all and ask
 * for corrections. Drafts are saved as the officer types (what is present is checked at
 * once); submitting checks the form's required fields. Every change is audited in its
 * transaction; every refusal changes nothing.
 */
@Injectable()
export class ActivityLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
    private readonly files: ActivityFileStore,
    private readonly refresher: ActivityIndicatorRefresher,
  ) {}

  // ── Plans ────────────────────────────────────────────────────────────────────

  async plans(): Promise<ActivityPlanModel[]> {
    return this.dataSource.query(`${PLAN_SELECT} ORDER BY (status = 'OPEN') DESC, starts_on DESC, title`);
  }

  async savePlan(viewer: AuthUser, input: ActivityPlanInput): Promise<ActivityPlanModel> {
    const title = input.title.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (title === '' || title.length > 300)
      throw invalid('title', 'The title must be 1–300 characters', 'PLAN_INVALID');
    const documentNumber = input.documentNumber.normalize('NFC').trim();
    if (documentNumber.length > 60) throw invalid('documentNumber', 'The number is longer than 60', 'PLAN_INVALID');
    const issuedOn = input.issuedOn?.trim() || null;
    if (issuedOn && !isIsoDate(issuedOn)) throw invalid('issuedOn', 'The issue date is not a date', 'PLAN_INVALID');
    if (!isIsoDate(input.startsOn)) throw invalid('startsOn', 'The start date is not a date', 'PLAN_INVALID');
    if (!isIsoDate(input.endsOn) || input.endsOn < input.startsOn) {
      throw invalid('endsOn', 'The end date is not a date on or after the start', 'PLAN_INVALID');
    }
    const fields = {
      title,
      documentNumber,
      issuedOn,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      status: input.status,
    };
    const id = await this.dataSource.transaction(async (m) => {
      if (input.id) {
        const old = await m.findOne(ActivityPlan, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        if (!old) throw new ActivitiesError('PLAN_NOT_FOUND', 'No such plan');
        await m.update(ActivityPlan, { id: old.id }, fields);
        await recordActivityEvent(m, {
          subjectKind: 'PLAN',
          subjectId: old.id,
          actorId: viewer.id,
          action: 'PLAN_SAVED',
          oldValue: {
            title: old.title,
            documentNumber: old.documentNumber,
            issuedOn: old.issuedOn,
            startsOn: old.startsOn,
            endsOn: old.endsOn,
            status: old.status,
          },
          newValue: fields,
        });
        return old.id;
      }
      const plan = await m.save(m.create(ActivityPlan, { ...fields, createdBy: viewer.id }));
      await recordActivityEvent(m, {
        subjectKind: 'PLAN',
        subjectId: plan.id,
        actorId: viewer.id,
        action: 'PLAN_CREATED',
        newValue: fields,
      });
      return plan.id;
    });
    const [plan]: ActivityPlanModel[] = await this.dataSource.query(`${PLAN_SELECT} WHERE id = $1`, [id]);
    return plan;
  }

  // ── Reading ──────────────────────────────────────────────────────────────────

  async list(viewer: AuthUser, filter: ActivitiesFilter = {}): Promise<ActivityModel[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (viewer.role === Role.UNIT_OFFICER)
      where.push(`a.unit_id = ANY(${param(await this.officerScope(viewer))}::uuid[])`);
    if (filter.planId) where.push(`a.plan_id = ${param(filter.planId)}`);
    if (filter.unitId) where.push(`a.unit_id = ${param(filter.unitId)}`);
    if (filter.form) where.push(`a.form = ${param(filter.form)}`);
    if (filter.status) where.push(`a.status = ${param(filter.status)}`);
    if (filter.from) where.push(`a.occurred_on >= ${param(filter.from)}::date`);
    if (filter.to) where.push(`a.occurred_on <= ${param(filter.to)}::date`);
    // Search without diacritics, every word in the title or the unit's name or code; in SQL,
    // before the limit, so that an old activity is found however many newer ones there are.
    const words = filter.search ? foldForSearch(filter.search).split(' ').filter(Boolean) : [];
    if (words.length)
      where.push(`(a.search_text || ' ' || u.search_text) LIKE ALL(${param(words.map(containing))}::text[])`);
    return this.dataSource.query(
      `${ACTIVITY_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.occurred_on DESC NULLS FIRST, a.created_at DESC LIMIT 1000`,
      params,
    );
  }

  async get(viewer: AuthUser, id: string, m: EntityManager = this.dataSource.manager): Promise<ActivityModel> {
    const [row]: ActivityModel[] = await m.query(`${ACTIVITY_SELECT} WHERE a.id = $1`, [id]);
    if (!row) throw new ActivitiesError('ACTIVITY_NOT_FOUND', 'No such activity');
    await this.assertInScope(viewer, row.unitId, m);
    return row;
  }

  /** People of the activity's unit (and sub-units) matching a search without diacritics, ≤ 50. */
  async rosterCandidates(
    viewer: AuthUser,
    activityId: string,
    search: string,
  ): Promise<ActivityRosterCandidateModel[]> {
    const a = await this.get(viewer, activityId);
    const folded = containing(foldForSearch(search));
    return this.dataSource.query(
      `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
       SELECT p.id AS "personId", p.full_name AS "fullName", p.kind, p.sub_unit AS "subUnit"
         FROM person p WHERE p.unit_id IN (SELECT id FROM tree) AND p.erased_at IS NULL AND p.search_text LIKE $2
        ORDER BY p.search_text, p.id LIMIT 50`,
      [a.unitId, folded],
    );
  }

  // ── Changes ──────────────────────────────────────────────────────────────────

  async create(viewer: AuthUser, input: CreateActivityInput): Promise<ActivityModel> {
    const unitId = input.unitId ?? viewer.unitId;
    if (!unitId) throw invalid('unitId', 'Choose the unit the activity is for');
    assertKindOfForm(input.form, input.kind);
    const id = await this.dataSource.transaction(async (m) => {
      await this.assertInScope(viewer, unitId, m);
      const plan = input.planId ? await this.openPlan(m, input.planId) : await this.currentPlan(m);
      const a = await m.save(
        m.create(Activity, {
          planId: plan.id,
          unitId,
          form: input.form,
          kind: input.kind,
          status: ActivityStatus.DRAFT,
          createdBy: viewer.id,
          updatedBy: viewer.id,
        }),
      );
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId,
        actorId: viewer.id,
        action: 'ACTIVITY_CREATED',
        newValue: { form: input.form, kind: input.kind, planId: plan.id },
      });
      return a.id;
    });
    return this.get(viewer, id);
  }

  async save(viewer: AuthUser, input: SaveActivityInput): Promise<ActivityModel> {
    return this.change(viewer, input.id, async (m, a, plan) => {
      const fields = cleanActivityFields(a.form, input, plan, todayInVietnam());
      const merged = { ...a, ...fields };
      await this.assertAttendance(m, merged, await this.namedCount(m, a.id));
      const oldValue: Record<string, unknown> = {};
      const newValue: Record<string, unknown> = {};
      for (const key of SAVED_FIELDS) {
        if (fields[key] !== undefined && fields[key] !== a[key]) {
          oldValue[key] = a[key];
          newValue[key] = fields[key];
        }
      }
      if (Object.keys(newValue).length === 0) return false;
      const searchText = fields.title !== undefined ? { searchText: foldForSearch(fields.title) } : {};
      await m.update(Activity, { id: a.id }, { ...newValue, ...searchText, updatedBy: viewer.id });
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId: a.unitId,
        actorId: viewer.id,
        action: 'ACTIVITY_SAVED',
        oldValue,
        newValue,
      });
      return true;
    });
  }

  /** The people present, from the unit's roster (its subtree); the count follows when it was lower. */
  async setAttendees(viewer: AuthUser, id: string, personIds: string[]): Promise<ActivityModel> {
    return this.change(viewer, id, async (m, a) => {
      if (!ACTIVITY_FORM_FIELDS[a.form].attendance) throw invalid('attendees', `The form ${a.form} has no attendance`);
      const ids = [...new Set(personIds)];
      if (ids.length > 0) {
        const [{ n }]: { n: number }[] = await m.query(
          `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
           SELECT count(*)::int AS n FROM person p WHERE p.id = ANY($2::uuid[]) AND p.unit_id IN (SELECT id FROM tree)
              AND p.erased_at IS NULL`,
          [a.unitId, ids],
        );
        if (n !== ids.length) {
          throw invalid('attendees', 'A person chosen is not on the unit’s roster', 'ATTENDANCE_INVALID');
        }
      }
      const before: { person_id: string }[] = await m.query(
        `SELECT person_id FROM activity_attendee WHERE activity_id = $1 ORDER BY person_id`,
        [a.id],
      );
      const old = before.map((r) => r.person_id);
      const attendeeCount = a.attendeeCount === null || a.attendeeCount < ids.length ? ids.length : a.attendeeCount;
      await this.assertAttendance(m, { ...a, attendeeCount }, ids.length);
      await m.delete(ActivityAttendee, { activityId: a.id });
      if (ids.length > 0)
        await m.insert(
          ActivityAttendee,
          ids.map((personId) => ({ activityId: a.id, personId })),
        );
      if (attendeeCount !== a.attendeeCount)
        await m.update(Activity, { id: a.id }, { attendeeCount, updatedBy: viewer.id });
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId: a.unitId,
        actorId: viewer.id,
        action: 'ATTENDEES_SET',
        oldValue: { personIds: old, attendeeCount: a.attendeeCount },
        newValue: { personIds: [...ids].sort(), attendeeCount },
      });
      return true;
    });
  }

  async addLink(viewer: AuthUser, id: string, url: string): Promise<ActivityModel> {
    return this.change(viewer, id, async (m, a) => {
      const u = url.trim();
      if (!isHttpUrl(u) || u.length > 2000) throw invalid('link', 'The link is not an http(s) address');
      const e = await m.save(
        m.create(ActivityEvidence, {
          activityId: a.id,
          kind: ActivityEvidenceKind.LINK,
          url: u,
          uploadedBy: viewer.id,
        }),
      );
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId: a.unitId,
        actorId: viewer.id,
        action: 'EVIDENCE_ADDED',
        newValue: { evidenceId: e.id, kind: 'LINK', url: u },
      });
      return true;
    });
  }

  /** A file checked by its content (and its name's extension), stored under the data folder. */
  async addFile(viewer: AuthUser, id: string, fileName: string, contentBase64: string): Promise<ActivityModel> {
    const content = Buffer.from(contentBase64, 'base64');
    const type =
      content.length > 0 && content.length <= MAX_EVIDENCE_FILE_BYTES ? detectEvidenceType(fileName, content) : null;
    if (!type) {
      throw new ActivitiesError(
        'ACTIVITY_FILE_UNSUPPORTED',
        'The file is not a pdf, jpg, png, webp, docx or xlsx (≤ 5 MiB) matching its name',
        {
          field: 'file',
        },
      );
    }
    const name = fileName.normalize('NFC').trim().slice(0, 255);
    let stored: string | null = null;
    try {
      return await this.change(viewer, id, async (m, a) => {
        stored = await this.files.save(a.planId, content);
        const e = await m.save(
          m.create(ActivityEvidence, {
            activityId: a.id,
            kind: ActivityEvidenceKind.FILE,
            storedPath: stored,
            fileName: name,
            mimeType: type.mimeType,
            size: content.length,
            uploadedBy: viewer.id,
          }),
        );
        await recordActivityEvent(m, {
          subjectKind: 'ACTIVITY',
          subjectId: a.id,
          unitId: a.unitId,
          actorId: viewer.id,
          action: 'EVIDENCE_ADDED',
          newValue: { evidenceId: e.id, kind: 'FILE', fileName: name, mimeType: type.mimeType, size: content.length },
        });
        return true;
      });
    } catch (error) {
      if (stored) await this.files.remove(stored);
      throw error;
    }
  }

  /** A stored file for the download endpoint, in the viewer's scope. */
  async evidenceFile(viewer: AuthUser, evidenceId: string): Promise<ActivityEvidence & { storedPath: string }> {
    const ev = await this.dataSource.manager.findOne(ActivityEvidence, { where: { id: evidenceId } });
    if (!ev?.storedPath) throw new ActivitiesError('ACTIVITY_EVIDENCE_NOT_FOUND', 'No such file');
    await this.get(viewer, ev.activityId);
    return ev as ActivityEvidence & { storedPath: string };
  }

  async removeEvidence(viewer: AuthUser, evidenceId: string): Promise<ActivityModel> {
    const ev = await this.dataSource.manager.findOne(ActivityEvidence, { where: { id: evidenceId } });
    if (!ev) throw new ActivitiesError('ACTIVITY_EVIDENCE_NOT_FOUND', 'No such evidence');
    let removedFile: string | null = null;
    const result = await this.change(viewer, ev.activityId, async (m, a) => {
      const deleted = await m.delete(ActivityEvidence, { id: ev.id, activityId: a.id });
      if (!deleted.affected) throw new ActivitiesError('ACTIVITY_EVIDENCE_NOT_FOUND', 'No such evidence');
      if (ev.storedPath) removedFile = ev.storedPath;
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId: a.unitId,
        actorId: viewer.id,
        action: 'EVIDENCE_REMOVED',
        oldValue: { evidenceId: ev.id, kind: ev.kind, url: ev.url, fileName: ev.fileName },
      });
      return true;
    });
    // The file goes once the row is gone (a failed removal keeps both).
    if (removedFile) await this.files.remove(removedFile);
    return result;
  }

  /** Full validation: the title, the date and the form's required fields (a photo, a link). */
  async submit(viewer: AuthUser, id: string): Promise<ActivityModel> {
    return this.change(viewer, id, async (m, a, plan) => {
      if (a.status === ActivityStatus.SUBMITTED) {
        throw new ActivitiesError('ACTIVITY_WRONG_STATUS', 'The activity is already submitted');
      }
      await this.assertComplete(m, a, plan);
      await m.update(
        Activity,
        { id: a.id },
        { status: ActivityStatus.SUBMITTED, correctionReason: null, submittedAt: new Date(), updatedBy: viewer.id },
      );
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId: a.unitId,
        actorId: viewer.id,
        action: 'ACTIVITY_SUBMITTED',
        oldValue: { status: a.status },
        newValue: { status: ActivityStatus.SUBMITTED },
      });
      return true;
    });
  }

  async requestCorrection(viewer: AuthUser, id: string, reason: string): Promise<ActivityModel> {
    const why = reason.normalize('NFC').trim();
    if (why.length < 10) {
      throw new ActivitiesError('REASON_REQUIRED', 'Say what to correct (10 characters or more)', { field: 'reason' });
    }
    return this.change(viewer, id, async (m, a) => {
      if (a.status !== ActivityStatus.SUBMITTED) {
        throw new ActivitiesError('ACTIVITY_WRONG_STATUS', 'Only a submitted activity can be sent back for correction');
      }
      await m.update(
        Activity,
        { id: a.id },
        { status: ActivityStatus.CORRECTION_REQUESTED, correctionReason: why, updatedBy: viewer.id },
      );
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId: a.unitId,
        actorId: viewer.id,
        action: 'CORRECTION_REQUESTED',
        oldValue: { status: a.status },
        newValue: { status: ActivityStatus.CORRECTION_REQUESTED },
        reason: why,
      });
      return true;
    });
  }

  /** Only a draft can be deleted; the audit trail keeps the record of it. */
  async deleteDraft(viewer: AuthUser, id: string): Promise<boolean> {
    await this.dataSource.transaction(async (m) => {
      const a = await m.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw new ActivitiesError('ACTIVITY_NOT_FOUND', 'No such activity');
      await this.assertInScope(viewer, a.unitId, m);
      if (a.status !== ActivityStatus.DRAFT)
        throw new ActivitiesError('ACTIVITY_WRONG_STATUS', 'Only a draft can be deleted');
      await m.delete(Activity, { id: a.id });
      await recordActivityEvent(m, {
        subjectKind: 'ACTIVITY',
        subjectId: a.id,
        unitId: a.unitId,
        actorId: viewer.id,
        action: 'ACTIVITY_DELETED',
        oldValue: { form: a.form, kind: a.kind, title: a.title, occurredOn: a.occurredOn },
      });
    });
    return true;
  }

  // ── Helpers ──────────────────────────────────────────────────────────────────

  /**
   * Locks the activity, checks the viewer's scope and the plan (a CLOSED plan is read-only),
   * runs the step, and returns the activity as it is after the commit.
   */
  private async change(
    viewer: AuthUser,
    id: string,
    step: (m: EntityManager, a: Activity, plan: ActivityPlan) => Promise<boolean>,
  ): Promise<ActivityModel> {
    let before: CountedState | null = null;
    let after: CountedState | null = null;
    await this.dataSource.transaction(async (m) => {
      const a = await m.findOne(Activity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw new ActivitiesError('ACTIVITY_NOT_FOUND', 'No such activity');
      await this.assertInScope(viewer, a.unitId, m);
      const plan = await this.openPlan(m, a.planId);
      const old = countedState(a);
      if (await step(m, a, plan)) {
        const now = await m.findOneByOrFail(Activity, { id });
        // A counted activity stays complete: an edit after the submission is checked as the submission
        // was (clearing its date or removing its only photo is refused, and nothing is saved).
        if (now.status === ActivityStatus.SUBMITTED) await this.assertComplete(m, now, plan);
        before = old;
        after = countedState(now);
      }
    });
    // The computed campaign indicators follow a counted change once it is committed.
    await this.refresher.afterCommit(before, after);
    return this.get(viewer, id);
  }

  /**
   * What a submission needs: the title, the date (inside the plan's dates, which may have
   * changed since it was saved) and the form's required fields (a photo, a link).
   */
  private async assertComplete(m: EntityManager, a: Activity, plan: ActivityPlan): Promise<void> {
    const asks = ACTIVITY_FORM_FIELDS[a.form];
    if (a.title.trim() === '') throw invalid('title', 'The title is required');
    if (!a.occurredOn) throw invalid('occurredOn', 'The date is required');
    cleanActivityFields(a.form, { occurredOn: a.occurredOn }, plan, todayInVietnam());
    if (asks.quantity && a.form !== 'EMULATION' && a.quantity === null)
      throw invalid('quantity', 'The quantity is required');
    if (asks.attendance && a.attendeeCount === null) {
      throw invalid('attendeeCount', 'The number of attendees is required', 'ATTENDANCE_INVALID');
    }
    const evidence = await m.find(ActivityEvidence, { where: { activityId: a.id } });
    if (asks.requiresLink && !a.link && !evidence.some((e) => e.kind === ActivityEvidenceKind.LINK)) {
      throw new ActivitiesError('ACTIVITY_EVIDENCE_REQUIRED', 'A link to the publication is required', {
        field: 'link',
      });
    }
    if (asks.requiresPhoto && !evidence.some((e) => e.mimeType?.startsWith('image/'))) {
      throw new ActivitiesError('ACTIVITY_EVIDENCE_REQUIRED', 'A photo is required', { field: 'file' });
    }
  }

  private async namedCount(m: EntityManager, activityId: string): Promise<number> {
    return m.count(ActivityAttendee, { where: { activityId } });
  }

  /** Not fewer than the people named present; not more than the unit's population of the kind when known. */
  private async assertAttendance(
    m: EntityManager,
    a: { unitId: string; attendeeCount: number | null; audienceKind: string | null },
    named: number,
  ): Promise<void> {
    if (a.attendeeCount === null) return;
    if (a.attendeeCount < named) {
      throw invalid('attendeeCount', `Fewer attendees than the ${named} people named present`, 'ATTENDANCE_INVALID');
    }
    if (!a.audienceKind) return;
    const figure = (await this.populations.figures([a.unitId], a.audienceKind, m)).get(a.unitId);
    if (figure && figure.size > 0 && a.attendeeCount > figure.size) {
      throw invalid(
        'attendeeCount',
        `More attendees than the unit’s ${figure.size} of ${a.audienceKind}`,
        'ATTENDANCE_INVALID',
      );
    }
  }

  private async openPlan(m: EntityManager, planId: string): Promise<ActivityPlan> {
    const plan = await m.findOne(ActivityPlan, { where: { id: planId } });
    if (!plan) throw new ActivitiesError('PLAN_NOT_FOUND', 'No such plan', { field: 'planId' });
    if (plan.status !== ActivityPlanStatus.OPEN) throw new ActivitiesError('PLAN_CLOSED', 'The plan is closed');
    return plan;
  }

  /** The OPEN plan whose dates hold today, else the newest OPEN plan. */
  private async currentPlan(m: EntityManager): Promise<ActivityPlan> {
    const today = todayInVietnam();
    const [row]: { id: string }[] = await m.query(
      `SELECT id FROM activity_plan WHERE status = 'OPEN'
        ORDER BY ($1::date BETWEEN starts_on AND ends_on) DESC, starts_on DESC LIMIT 1`,
      [today],
    );
    if (!row) throw new ActivitiesError('PLAN_NOT_FOUND', 'There is no open plan', { field: 'planId' });
    return this.openPlan(m, row.id);
  }

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
    throw new ActivitiesError('OUT_OF_SCOPE', 'This activity belongs to a unit outside your own unit');
  }
}

const countedState = (a: Activity): CountedState => ({
  planId: a.planId,
  unitId: a.unitId,
  occurredOn: a.occurredOn,
  status: a.status,
});
