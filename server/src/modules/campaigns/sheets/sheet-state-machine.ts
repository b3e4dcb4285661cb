import type { CampaignStatus, SheetStatus } from '@thidua/shared';
import { CampaignsError } from '../campaigns.errors.js';

/**
 * What may happen to a score sheet (bảng tự chấm) in which status, and the refusal
 * a user reads otherwise. Who may act (block leader, ward reviewer, scopes, self
 * review), marks and deadlines are in sheet-rules.ts. Pure: no database.
 *
 *                                 first round (khối trưởng or a ward reviewer)
 *   DRAFT ──submit──▶ SUBMITTED ──first review──▶ FIRST_REVIEWED ──approve──▶ APPROVED ──publish──▶ PUBLISHED
 *     ▲ edit            │  │ approve (no leader, or the leader's own sheet) ──▲    │ return      │ correct
 *   RETURNED ◀──return──┴──┴──────────────────────────┴─────────────────────────────┘             ▼ (stays)
 *
 * A mark (không nộp / không xét) is not a status: it can be set on any unpublished
 * sheet, freezes it, and lets publishing go on without it (the sheet is published
 * with its mark).
 */
export type SheetAction =
  'EDIT' | 'SUBMIT' | 'REVIEW' | 'FIRST_REVIEW' | 'RETURN' | 'APPROVE' | 'MARK' | 'PUBLISH' | 'CORRECT';

interface Transition {
  actor: 'UNIT_OFFICER' | 'REVIEWER' | 'ADMIN';
  from: readonly SheetStatus[];
  /** The status after the action; null when the status stays. */
  to: SheetStatus | null;
  /** Why a staff action is refused in another status; officers read SHEET_NOT_EDITABLE instead. */
  refusal: string;
}

const OFFICER_EDITABLE: readonly SheetStatus[] = ['DRAFT', 'RETURNED'];
const IN_REVIEW: readonly SheetStatus[] = ['SUBMITTED', 'FIRST_REVIEWED'];

export const SHEET_TRANSITIONS: Readonly<Record<SheetAction, Transition>> = {
  EDIT: { actor: 'UNIT_OFFICER', from: OFFICER_EDITABLE, to: null, refusal: '' },
  SUBMIT: { actor: 'UNIT_OFFICER', from: OFFICER_EDITABLE, to: 'SUBMITTED', refusal: '' },
  REVIEW: { actor: 'REVIEWER', from: IN_REVIEW, to: null, refusal: 'Only a submitted sheet can be reviewed' },
  FIRST_REVIEW: {
    actor: 'REVIEWER',
    from: ['SUBMITTED'],
    to: 'FIRST_REVIEWED',
    refusal: 'Only a submitted sheet gets its first-round review',
  },
  RETURN: {
    actor: 'REVIEWER',
    from: [...IN_REVIEW, 'APPROVED'],
    to: 'RETURNED',
    refusal: 'Only a submitted, first-reviewed or approved sheet can be returned',
  },
  APPROVE: {
    actor: 'REVIEWER',
    from: IN_REVIEW,
    to: 'APPROVED',
    refusal: 'Only a submitted or first-reviewed sheet can be approved',
  },
  MARK: {
    actor: 'REVIEWER',
    from: ['DRAFT', 'RETURNED', 'SUBMITTED', 'FIRST_REVIEWED', 'APPROVED'],
    to: null,
    refusal: 'A published sheet keeps its mark',
  },
  PUBLISH: { actor: 'ADMIN', from: ['APPROVED'], to: 'PUBLISHED', refusal: 'Only an approved sheet can be published' },
  CORRECT: {
    actor: 'ADMIN',
    from: ['PUBLISHED'],
    to: null,
    refusal: 'Only published scores are corrected; before publication, review them',
  },
};

export function canTransition(action: SheetAction, status: SheetStatus): boolean {
  return SHEET_TRANSITIONS[action].from.includes(status);
}

/** The refusal of `action` on a sheet in `status`, or null when it is allowed. */
export function transitionRefusal(action: SheetAction, status: SheetStatus): CampaignsError | null {
  if (canTransition(action, status)) return null;
  if (status === 'PUBLISHED') {
    return new CampaignsError(
      'SHEET_LOCKED',
      'Published results cannot be changed; an admin can correct a score with a reason',
    );
  }
  const transition = SHEET_TRANSITIONS[action];
  if (transition.actor === 'UNIT_OFFICER') {
    return new CampaignsError(
      'SHEET_NOT_EDITABLE',
      `The sheet is ${status}: it can be edited again only if the reviewer returns it`,
    );
  }
  return new CampaignsError('INVALID_TRANSITION', `${transition.refusal} (it is ${status})`);
}

export function assertTransition(action: SheetAction, sheet: { status: SheetStatus }): void {
  const refusal = transitionRefusal(action, sheet.status);
  if (refusal) throw refusal;
}

/** Publishing waits for a sheet unless it is approved or marked (a marked sheet is published with its mark). */
export function isReadyToPublish(sheet: { status: SheetStatus; mark: string | null }): boolean {
  return canTransition('PUBLISH', sheet.status) || (sheet.mark !== null && sheet.status !== 'PUBLISHED');
}

/** The first review step moves a launched campaign into review; null when it stays. */
export function campaignStatusAfterReview(status: CampaignStatus): CampaignStatus | null {
  return status === 'LAUNCHED' ? 'IN_REVIEW' : null;
}

/** A campaign is published when its last unpublished period is; null when it stays. */
export function campaignStatusAfterPublish(unpublishedPeriods: number): CampaignStatus | null {
  return unpublishedPeriods === 0 ? 'PUBLISHED' : null;
}
