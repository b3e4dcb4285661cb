import type { EntityManager } from 'typeorm';
import { ActivityEvent } from './entities/activity-event.entity.js';

export type ActivitySubjectKind = 'ACTIVITY' | 'WARD_REPORT' | 'PLAN' | 'PERIODIC_REPORT';

export interface ActivityAuditRecord {
  subjectKind: ActivitySubjectKind;
  subjectId: string;
  unitId?: string | null;
  actorId: string | null;
  /** e.g. ACTIVITY_CREATED, ACTIVITY_SAVED, ACTIVITY_SUBMITTED, CORRECTION_REQUESTED, EVIDENCE_ADDED, REPORT_SENT, REPORT_REPLIED. */
  action: string;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

/** Writes one change of the log or of the reports, in the caller's transaction. */
export async function recordActivityEvent(manager: EntityManager, ...records: ActivityAuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager.insert(
    ActivityEvent,
    records.map((r) => ({
      subjectKind: r.subjectKind,
      subjectId: r.subjectId,
      unitId: r.unitId ?? null,
      actorId: r.actorId,
      action: r.action,
      oldValue: (r.oldValue ?? null) as never,
      newValue: (r.newValue ?? null) as never,
      reason: r.reason ?? null,
    })),
  );
}
