import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { foldForSearch } from '@thidua/shared';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { recordActivityEvent } from '../../modules/activities/activities-audit.js';
import {
  Activity,
  ActivityAttendee,
  ActivityEvidence,
  ActivityPlan,
  WardReport,
} from '../../modules/activities/entities/index.js';
import { Person } from '../../modules/people/entities/person.entity.js';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { User } from '../../modules/users/entities/user.entity.js';
import { demoDate, demoDay } from './demo-commendation.js';
import { DEMO_ACTIVITIES, DEMO_ACTIVITY_PLAN, DEMO_WARD_REPORTS, type DemoActivity } from './demo-activities.js';
import { DEMO_ORGANISER_USERNAME } from './demo-commendation.js';
import { demoBannerPhoto } from './demo-photo.js';

/**
 * Loads the demo's month of propagation activities and reports to the ward
 * (demo-activities.ts) under the ward's plan: the people present are the first of the
 * unit's roster of the audience kind (by name), photos are generated images stored as
 * the log stores evidence (`<DATA_DIR>/activities/<planId>/<uuid>`), replies are the
 * demo's ward reviewer's (Phòng Văn hóa - Xã hội). Each row's creation is in the trail
 * (DEMO_SEEDED). Idempotent and locked: the plan is created once, with its log.
 */
@Injectable()
export class ActivitiesSeeder {
  private readonly logger = new Logger(ActivitiesSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seedDemoActivities(now = Date.now()): Promise<string | null> {
    const files: { path: string; content: Buffer }[] = [];
    const planId = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['demo.activities']);
      if (await m.existsBy(ActivityPlan, { title: DEMO_ACTIVITY_PLAN.title })) return null;
      const codes = [...new Set([...DEMO_ACTIVITIES, ...DEMO_WARD_REPORTS].map((a) => a.unitCode))];
      const units = new Map((await m.findBy(Unit, { code: In(codes) })).map((u) => [u.code, u]));
      if (units.size < codes.length) return null;
      const organiser = await m.findOneBy(User, { username: DEMO_ORGANISER_USERNAME });
      const plan = await m.save(ActivityPlan, {
        title: DEMO_ACTIVITY_PLAN.title,
        documentNumber: DEMO_ACTIVITY_PLAN.documentNumber,
        issuedOn: null,
        startsOn: demoDate(DEMO_ACTIVITY_PLAN.startsInDays, now),
        endsOn: demoDate(DEMO_ACTIVITY_PLAN.endsInDays, now),
        status: 'OPEN',
        createdBy: organiser?.id ?? null,
      });
      for (const demo of DEMO_ACTIVITIES) {
        const unit = units.get(demo.unitCode)!;
        const activity = await m.save(Activity, activityRow(plan.id, unit.id, demo, now));
        if (demo.audience) await this.attend(m, activity.id, unit.id, demo.audience);
        for (const url of demo.links ?? []) {
          await m.insert(ActivityEvidence, { activityId: activity.id, kind: 'LINK', url });
        }
        if (demo.photo) {
          const content = demoBannerPhoto();
          const storedPath = ['activities', plan.id, randomUUID()].join('/');
          files.push({ path: storedPath, content });
          await m.insert(ActivityEvidence, {
            activityId: activity.id,
            kind: 'FILE',
            storedPath,
            fileName: 'anh-bang-ron.png',
            mimeType: 'image/png',
            size: content.length,
          });
        }
        await recordActivityEvent(m, {
          subjectKind: 'ACTIVITY',
          subjectId: activity.id,
          unitId: unit.id,
          actorId: null,
          action: 'DEMO_SEEDED',
          newValue: { status: activity.status, form: activity.form, kind: activity.kind },
        });
      }
      for (const demo of DEMO_WARD_REPORTS) {
        const unit = units.get(demo.unitCode)!;
        const report = await m.save(WardReport, {
          planId: plan.id,
          unitId: unit.id,
          kind: demo.kind,
          title: demo.title,
          body: demo.body,
          foundWhere: demo.foundWhere ?? '',
          link: demo.link ?? null,
          reportedOn: demoDate(demo.day, now),
          actionTaken: demo.actionTaken ?? '',
          status: demo.status,
          reply: demo.reply ?? null,
          repliedBy: demo.reply ? (organiser?.id ?? null) : null,
          repliedAt: demo.reply && demo.replyDay !== undefined ? demoDay(demo.replyDay, now) : null,
        });
        await recordActivityEvent(m, {
          subjectKind: 'WARD_REPORT',
          subjectId: report.id,
          unitId: unit.id,
          actorId: null,
          action: 'DEMO_SEEDED',
          newValue: { kind: report.kind, status: report.status },
        });
      }
      return plan.id;
    });
    // The files after the rows are committed: a failed load leaves no rows pointing at nothing.
    for (const file of files) {
      const absolute = resolve(this.config.dataDir, ...file.path.split('/'));
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, file.content, { mode: 0o640 });
    }
    if (planId)
      this.logger.log(`Loaded ${DEMO_ACTIVITIES.length} demo activities and ${DEMO_WARD_REPORTS.length} reports`);
    return planId;
  }

  /** The first `present` people of the unit's roster of the kind, by name, as the people present. */
  private async attend(
    m: EntityManager,
    activityId: string,
    unitId: string,
    audience: { kind: string; present: number },
  ) {
    const people = await m.find(Person, {
      where: { unitId, kind: audience.kind },
      order: { searchText: 'ASC', id: 'ASC' },
      take: audience.present,
    });
    if (people.length > 0)
      await m.insert(
        ActivityAttendee,
        people.map((p) => ({ activityId, personId: p.id })),
      );
  }
}

function activityRow(planId: string, unitId: string, demo: DemoActivity, now: number): Partial<Activity> {
  const counted = demo.status !== 'DRAFT';
  return {
    planId,
    unitId,
    form: demo.form,
    kind: demo.kind,
    title: demo.title,
    searchText: foldForSearch(demo.title),
    occurredOn: demoDate(demo.day, now),
    location: demo.location ?? '',
    speaker: demo.speaker ?? '',
    link: demo.link ?? null,
    quantity: demo.quantity ?? null,
    attendeeCount: demo.attendeeCount ?? null,
    audienceKind: demo.audience?.kind ?? null,
    notes: demo.notes ?? '',
    status: demo.status,
    correctionReason: demo.correctionReason ?? null,
    submittedAt: counted ? demoDay(demo.day + 1, now) : null,
  };
}
