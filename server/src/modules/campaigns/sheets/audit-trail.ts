import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEvent } from '../entities/audit-event.entity.js';

export interface AuditRecord {
  campaignId: string;
  sheetId?: string | null;
  entryId?: string | null;
  actorId: string | null;
  action: AuditAction;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

export type AuditAction =
  | 'CAMPAIGN_CREATED'
  | 'CAMPAIGN_UPDATED'
  | 'CAMPAIGN_LAUNCHED'
  | 'CAMPAIGN_STATUS_CHANGED'
  | 'ENTRY_SAVED'
  | 'EVIDENCE_ADDED'
  | 'EVIDENCE_REMOVED'
  | 'SHEET_SUBMITTED'
  | 'SCORE_REVIEWED'
  | 'SHEET_FIRST_REVIEWED'
  | 'SHEET_RETURNED'
  | 'SHEET_APPROVED'
  | 'SHEET_PUBLISHED'
  | 'SCORE_CORRECTED'
  | 'DEADLINE_EXTENDED'
  | 'SHEET_MARKED'
  | 'SHEET_UNMARKED'
  | 'QUOTA_BASES_FROZEN'
  | 'ENTERED_ON_BEHALF'
  | 'SCORE_COMPUTED'
  | 'INDICATOR_SOURCE_BOUND'
  | 'DEMO_SEEDED';

/** Writes audit events in the caller's transaction, in one multi-row insert. */
export async function recordAudit(manager: EntityManager, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager.insert(
    AuditEvent,
    records.map((r) => ({
      campaignId: r.campaignId,
      sheetId: r.sheetId ?? null,
      entryId: r.entryId ?? null,
      actorId: r.actorId,
      action: r.action,
      field: r.field ?? null,
      // jsonb, serialized by TypeORM; "no value" is SQL NULL.
      oldValue: r.oldValue ?? null,
      newValue: r.newValue ?? null,
      reason: r.reason ?? null,
    })) as QueryDeepPartialEntity<AuditEvent>[], // old/new values are any JSON: TypeORM's deep-partial type cannot express `unknown`
  );
}
