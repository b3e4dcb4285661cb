import type { EntityManager } from 'typeorm';
import { CommendationEvent } from './entities/commendation-event.entity.js';

export type CommendationAction =
  | 'FORM_CREATED'
  | 'FORM_UPDATED'
  | 'DOCUMENT_SETTINGS_UPDATED'
  | 'ROUND_CREATED'
  | 'ROUND_UPDATED'
  | 'PROPOSALS_BUILT'
  | 'PROPOSAL_ADDED'
  | 'PROPOSAL_UPDATED'
  | 'PROPOSAL_WITHDRAWN'
  | 'CONDITION_CONFIRMED'
  | 'SESSION_OPENED'
  | 'SESSION_UPDATED'
  | 'ATTENDANCE_RECORDED'
  | 'VOTE_RECORDED'
  | 'SESSION_CLOSED'
  | 'POSTING_STARTED'
  | 'COMMENT_RECEIVED'
  | 'COMMENT_HANDLED'
  | 'DECISION_RECORDED'
  | 'PROPOSAL_REVOKED'
  | 'NARRATIVE_UPDATED'
  | 'DEMO_SEEDED';

export interface CommendationAuditRecord {
  roundId?: string | null;
  proposalId?: string | null;
  actorId: string | null;
  action: CommendationAction;
  detail?: unknown;
  reason?: string | null;
}

/** Writes one step of a round's trail, in the caller's transaction. */
export async function recordCommendationEvent(manager: EntityManager, record: CommendationAuditRecord): Promise<void> {
  await manager.insert(CommendationEvent, {
    roundId: record.roundId ?? null,
    proposalId: record.proposalId ?? null,
    actorId: record.actorId,
    action: record.action,
    detail: (record.detail ?? null) as never,
    reason: record.reason ?? null,
  });
}
