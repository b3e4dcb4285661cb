import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { PopulationsService } from '../../people/populations.service.js';
import type {
  ActivityAttendanceModel,
  ActivityAttendeeModel,
  ActivityEvidenceModel,
  ActivityHistoryEventModel,
  ActivityModel,
} from './activity-log.model.js';

/** Per request: each field of a list of activities is read with one query, not one per activity. */
export interface ActivityDetailLoaders {
  attendees: DataLoader<string, ActivityAttendeeModel[]>;
  evidence: DataLoader<string, ActivityEvidenceModel[]>;
  attendance: DataLoader<ActivityModel, ActivityAttendanceModel | null>;
  history: DataLoader<string, ActivityHistoryEventModel[]>;
}

/** What an activity shows beyond its row: attendees, evidence, attendance rate and history, read in batches. */
@Injectable()
export class ActivityDetailsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly populations: PopulationsService,
  ) {}

  loaders(): ActivityDetailLoaders {
    return {
      attendees: new DataLoader((ids) => this.attendees(ids)),
      evidence: new DataLoader((ids) => this.evidence(ids)),
      attendance: new DataLoader((activities) => this.attendance(activities), { cacheKeyFn: (a) => a.id }),
      history: new DataLoader((ids) => this.history(ids)),
    };
  }

  private async attendees(ids: readonly string[]): Promise<ActivityAttendeeModel[][]> {
    const rows: (ActivityAttendeeModel & { activityId: string })[] = await this.dataSource.query(
      `SELECT t.activity_id AS "activityId", p.id AS "personId", p.full_name AS "fullName", p.kind
         FROM activity_attendee t JOIN person p ON p.id = t.person_id
        WHERE t.activity_id = ANY($1::uuid[]) ORDER BY p.search_text, p.id`,
      [ids],
    );
    return groupBy(ids, rows, ({ activityId, ...attendee }) => [activityId, attendee]);
  }

  private async evidence(ids: readonly string[]): Promise<ActivityEvidenceModel[][]> {
    const rows: (ActivityEvidenceModel & { activityId: string })[] = await this.dataSource.query(
      `SELECT activity_id AS "activityId", id, kind, url, file_name AS "fileName", mime_type AS "mimeType", size,
              created_at AS "createdAt"
         FROM activity_evidence WHERE activity_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    return groupBy(ids, rows, ({ activityId, ...evidence }) => [activityId, evidence]);
  }

  /** Named attendees of the audience kind ÷ the unit's population of that kind (null when unknown). */
  private async attendance(activities: readonly ActivityModel[]): Promise<(ActivityAttendanceModel | null)[]> {
    const asked = activities.filter((a) => a.audienceKind);
    const present: { activityId: string; present: number }[] = await this.dataSource.query(
      `SELECT t.activity_id AS "activityId", count(*)::int AS present
         FROM activity_attendee t JOIN person p ON p.id = t.person_id JOIN activity a ON a.id = t.activity_id
        WHERE t.activity_id = ANY($1::uuid[]) AND p.kind = a.audience_kind GROUP BY t.activity_id`,
      [asked.map((a) => a.id)],
    );
    const presentBy = new Map(present.map((r) => [r.activityId, r.present]));
    const populationBy = new Map<string, Map<string, { size: number }>>();
    for (const kind of new Set(asked.map((a) => a.audienceKind!))) {
      const units = [...new Set(asked.filter((a) => a.audienceKind === kind).map((a) => a.unitId))];
      populationBy.set(kind, await this.populations.figures(units, kind));
    }
    return activities.map((a) => {
      if (!a.audienceKind) return null;
      const figure = populationBy.get(a.audienceKind)?.get(a.unitId);
      const population = figure && figure.size > 0 ? figure.size : null;
      const count = presentBy.get(a.id) ?? 0;
      return { present: count, population, rate: population ? count / population : null };
    });
  }

  private async history(ids: readonly string[]): Promise<ActivityHistoryEventModel[][]> {
    const rows: {
      subject_id: string;
      id: string;
      action: string;
      actor_name: string | null;
      new_value: unknown;
      reason: string | null;
      at: Date;
    }[] = await this.dataSource.query(
      `SELECT e.subject_id, e.id, e.action, a.display_name AS actor_name, e.new_value, e.reason, e.at
         FROM activity_event e LEFT JOIN app_user a ON a.id = e.actor_id
        WHERE e.subject_kind = 'ACTIVITY' AND e.subject_id = ANY($1::uuid[]) ORDER BY e.at, e.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => [
      r.subject_id,
      {
        id: r.id,
        action: r.action,
        actorName: r.actor_name,
        changedFields:
          r.action === 'ACTIVITY_SAVED' && r.new_value && typeof r.new_value === 'object'
            ? Object.keys(r.new_value)
            : [],
        reason: r.reason,
        at: r.at,
      },
    ]);
  }
}

/** The rows of each id, in the ids' order (an id without rows gets an empty list). */
function groupBy<R, T>(ids: readonly string[], rows: readonly R[], split: (row: R) => [string, T]): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const [id, value] = split(row);
    byId.get(id)?.push(value);
  }
  return ids.map((id) => byId.get(id)!);
}
