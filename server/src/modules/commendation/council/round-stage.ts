import type { FormAuthority, ProposalStatus, RoundStatus } from '@thidua/shared';
import type { CommendationErrorReason } from '../commendation.errors.js';

/**
 * Where a round may go from where it stands: proposing → council (attendance, votes) →
 * public posting (residents' comments) → the chairman's decision (then revocations and
 * certificates). Pure rules; the services check them before writing anything.
 */
export type RoundStep =
  | 'OPEN_SESSION'
  | 'UPDATE_SESSION'
  | 'ATTENDANCE'
  | 'VOTE'
  | 'START_POSTING'
  | 'COMMENT'
  | 'HANDLE_COMMENT'
  | 'DECIDE'
  | 'REVOKE'
  | 'CERTIFICATES';

const STEP_STAGES: Record<RoundStep, readonly RoundStatus[]> = {
  OPEN_SESSION: ['PROPOSING'],
  UPDATE_SESSION: ['IN_COUNCIL'],
  ATTENDANCE: ['IN_COUNCIL'],
  VOTE: ['IN_COUNCIL'],
  START_POSTING: ['IN_COUNCIL'],
  COMMENT: ['POSTED'],
  HANDLE_COMMENT: ['POSTED'],
  DECIDE: ['POSTED'],
  REVOKE: ['DECIDED'],
  CERTIFICATES: ['DECIDED'],
};

export function stagesFor(step: RoundStep): readonly RoundStatus[] {
  return STEP_STAGES[step];
}

export function stepAllowed(step: RoundStep, status: RoundStatus): boolean {
  return STEP_STAGES[step].includes(status);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The paper posting may have begun before the organiser enters it, by at most this many days. */
export const POSTING_BACKDATE_DAYS = 30;

export interface PostingWindow {
  startsAt: Date;
  endsAt: Date;
}

/** From the start, as long as the longest posting of the forms on the passed list (0 days: no posting). */
export function postingWindow(startsAt: Date, postingDays: readonly number[]): PostingWindow {
  const days = Math.max(0, ...postingDays.filter((d) => Number.isFinite(d)));
  return { startsAt, endsAt: new Date(startsAt.getTime() + days * DAY_MS) };
}

/** The start the organiser gives: not in the future, not more than 30 days back. */
export function postingStartProblem(startsAt: Date, now: Date): 'IN_FUTURE' | 'TOO_FAR_BACK' | null {
  if (Number.isNaN(startsAt.getTime())) return 'TOO_FAR_BACK';
  if (startsAt.getTime() > now.getTime() + 60_000) return 'IN_FUTURE';
  if (startsAt.getTime() < now.getTime() - POSTING_BACKDATE_DAYS * DAY_MS) return 'TOO_FAR_BACK';
  return null;
}

/** Residents may comment from the start until (excluding) the end. */
export function commentsOpen(now: Date, window: { startsAt: Date | null; endsAt: Date | null }): boolean {
  if (!window.startsAt || !window.endsAt) return false;
  return now.getTime() >= window.startsAt.getTime() && now.getTime() < window.endsAt.getTime();
}

export interface DecisionCheck {
  allowed: boolean;
  reason: CommendationErrorReason | null;
}

/** A decision after the posting ended with every comment handled (a posting of 0 days ends as it starts). */
export function decisionCheck(input: {
  status: RoundStatus;
  now: Date;
  postingEndsAt: Date | null;
  newComments: number;
}): DecisionCheck {
  if (input.status !== 'POSTED') return { allowed: false, reason: 'ROUND_WRONG_STAGE' };
  if (!input.postingEndsAt || input.now.getTime() < input.postingEndsAt.getTime()) {
    return { allowed: false, reason: 'POSTING_NOT_ENDED' };
  }
  if (input.newComments > 0) return { allowed: false, reason: 'COMMENTS_UNHANDLED' };
  return { allowed: true, reason: null };
}

/** What the decision makes of a proposal: the passed are conferred by the ward or forwarded upward. */
export function decidedStatus(status: ProposalStatus, authority: FormAuthority): ProposalStatus {
  if (status !== 'PASSED') return status;
  return authority === 'CONFER' ? 'CONFERRED' : 'FORWARDED';
}

/** On the public list: the passed, and what the decision made of them. */
export const PUBLIC_STATUSES: readonly ProposalStatus[] = ['PASSED', 'CONFERRED', 'FORWARDED', 'REVOKED'];

/** "Số: 12/QĐ-UBND": a number, a slash, a symbol of letters and digits joined by "-" or "."; at most 40 characters. */
const DECISION_NUMBER = /^\d{1,6}[a-z]?\/(?:[\p{L}\d]+)(?:[-.][\p{L}\d]+)*$/u;

export function validDecisionNumber(value: string): boolean {
  return value.length <= 40 && DECISION_NUMBER.test(value);
}
