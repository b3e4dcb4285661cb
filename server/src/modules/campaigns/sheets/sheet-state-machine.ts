import type { CampaignStatus, SheetStatus } from '@thidua/shared';
import { CampaignsError } from '../campaigns.errors.js';

/**
 * What may happen to a score sheet (bảng tự chấm) in which status, and the refusal
 * a user reads otherwise. Who may act is the resolvers' @Roles (the actor is named
 * here for the reader); scope and deadline are in sheet-rules.ts. Pure: no database.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──publish (the period)──▶ PUBLISHED
 *     ▲ edit            │ review, return       │ return                          │ correct
 *   RETURNED ◀──────────┴──────────────────────┘                                 ▼ (stays)
 */
export type SheetAction = 'EDIT' | 'SUBMIT' | 'REVIEW' | 'RETURN' | 'APPROVE' | 'PUBLISH' | 'CORRECT';

interface Transition {
  actor: 'UNIT_OFFICER' | 'REVIEWER' | 'ADMIN';
  from: readonly SheetStatus[];
  /** The status after the action; null when the status stays. */
  to: SheetStatus | null;
  /** Why a staff action is refused in another status; officers read SHEET_NOT_EDITABLE instead. */
  refusal: string;
}

const OFFICER_EDITABLE: readonly SheetStatus[] = ['DRAFT', 'RETURNED'];

export const SHEET_TRANSITIONS: Readonly<Record<SheetAction, Transition>> = {
  EDIT: { actor: 'UNIT_OFFICER', from: OFFICER_EDITABLE, to: null, refusal: '' },
  SUBMIT: { actor: 'UNIT_OFFICER', from: OFFICER_EDITABLE, to: 'SUBMITTED', refusal: '' },
  REVIEW: { actor: 'REVIEWER', from: ['SUBMITTED'], to: null, refusal: 'Only a submitted sheet can be reviewed' },
  RETURN: {
    actor: 'REVIEWER',
    from: ['SUBMITTED', 'APPROVED'],
    to: 'RETURNED',
    refusal: 'Only a submitted or approved sheet can be returned',
  },
  APPROVE: {
    actor: 'REVIEWER',
    from: ['SUBMITTED'],
    to: 'APPROVED',
    refusal: 'Only a submitted sheet can be approved',
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

/** The first review step moves a launched campaign into review; null when it stays. */
export function campaignStatusAfterReview(status: CampaignStatus): CampaignStatus | null {
  return status === 'LAUNCHED' ? 'IN_REVIEW' : null;
}

/** A campaign is published when its last unpublished period is; null when it stays. */
export function campaignStatusAfterPublish(unpublishedPeriods: number): CampaignStatus | null {
  return unpublishedPeriods === 0 ? 'PUBLISHED' : null;
}
