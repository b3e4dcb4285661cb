import { inflateRawSync } from 'node:zlib';
import {
  checkOfficeParts,
  detectEvidenceType,
  isAllowedEvidenceUrl,
  MACRO_CONTENT_TYPE,
  MAX_EVIDENCE_FILE_BYTES,
  normalizeText,
  Role,
  type SheetStatus,
  zipEntries,
  zipEntryData,
} from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignsError } from '../campaigns.errors.js';
import { assertTransition } from './sheet-state-machine.js';

/**
 * The rules of a score sheet that are not its status: scope, deadline, reasons,
 * what a submission needs, what evidence is accepted. Pure: the caller loads the
 * rows and passes the clock.
 */

const DAY_MS = 86_400_000;

/** A unit officer acts only on their own unit's sheets. */
export function assertSheetScope(viewer: AuthUser, sheet: { unitId: string }): void {
  if (viewer.role === Role.UNIT_OFFICER && sheet.unitId !== viewer.unitId) {
    throw new CampaignsError('SHEET_OUT_OF_SCOPE', "This is another unit's score sheet");
  }
}

/** Where a sheet sits for review: its unit's block, the block's leader, and the viewer's block scope. */
export interface ReviewContext {
  /** The block of the sheet's unit in this campaign; null when the unit is in none. */
  blockId: string | null;
  /** The block leader (khối trưởng) unit; null when the block has none. */
  leaderUnitId: string | null;
  /** The blocks a REVIEWER is scoped to in this campaign; empty: every block. */
  reviewerBlockIds: readonly string[];
}

/** A REVIEWER scoped to blocks acts only on those blocks' sheets. */
export function inReviewerScope(viewer: AuthUser, context: ReviewContext): boolean {
  if (viewer.role !== Role.REVIEWER || context.reviewerBlockIds.length === 0) return true;
  return context.blockId !== null && context.reviewerBlockIds.includes(context.blockId);
}

/**
 * Who may read a sheet: staff in their scope; a unit officer their own unit's, and an
 * officer of a block leader unit every sheet of its block (for the first round).
 */
export function assertCanRead(viewer: AuthUser, sheet: { unitId: string }, context: ReviewContext): void {
  if (viewer.role === Role.UNIT_OFFICER) {
    if (sheet.unitId === viewer.unitId) return;
    if (viewer.unitId && context.leaderUnitId === viewer.unitId) return;
    throw new CampaignsError('SHEET_OUT_OF_SCOPE', "This is another unit's score sheet");
  }
  if (!inReviewerScope(viewer, context)) {
    throw new CampaignsError('BLOCK_OUT_OF_SCOPE', 'This sheet is in a block outside your review scope');
  }
}

/**
 * Who reviews a sheet, refusing everyone else: LEADER, an officer of the block leader
 * unit (first round only), or WARD, a REVIEWER in scope or an ADMIN. A unit never
 * reviews itself: a reviewer whose own unit it is, or the leader on its own sheet.
 */
export function reviewerRole(viewer: AuthUser, sheet: { unitId: string }, context: ReviewContext): 'LEADER' | 'WARD' {
  if (viewer.role === Role.UNIT_OFFICER) {
    if (!viewer.unitId || context.leaderUnitId !== viewer.unitId) {
      throw new CampaignsError('SHEET_OUT_OF_SCOPE', 'Only the block leader unit reviews the sheets of its block');
    }
    if (sheet.unitId === viewer.unitId) {
      throw new CampaignsError('SELF_REVIEW', "The block leader's own sheet is reviewed by the ward reviewers");
    }
    return 'LEADER';
  }
  assertCanRead(viewer, sheet, context);
  if (viewer.unitId && viewer.unitId === sheet.unitId) {
    throw new CampaignsError('SELF_REVIEW', "A reviewer does not review their own unit's sheet");
  }
  return 'WARD';
}

/** Ward reviewers only (approve, mark, extend, enter on a unit's behalf): in scope, never their own unit. */
export function assertWardReviewer(viewer: AuthUser, sheet: { unitId: string }, context: ReviewContext): void {
  if (reviewerRole(viewer, sheet, context) !== 'WARD') {
    throw new CampaignsError('SHEET_OUT_OF_SCOPE', 'Only the ward reviewers do this');
  }
}

/**
 * The second round: in a block with a leader, a sheet is approved after its first-round
 * review, except the leader unit's own sheet, which goes straight to the ward reviewers.
 */
export function assertApprovable(sheet: { unitId: string; status: SheetStatus }, context: ReviewContext): void {
  assertTransition('APPROVE', sheet);
  if (sheet.status === 'SUBMITTED' && context.leaderUnitId && context.leaderUnitId !== sheet.unitId) {
    throw new CampaignsError(
      'FIRST_REVIEW_REQUIRED',
      'The block leader (or a ward reviewer) must do the first-round review before approval',
    );
  }
}

// ---- deadlines ----

export interface SheetDeadlines {
  deadlineOverride: Date | null;
  replyDueAt: Date | null;
  status: SheetStatus;
}

/**
 * The unit's own deadline: its extension, or the period's. An extension is always later
 * than the deadline it replaced; should the period's later be extended past it, the
 * period's (later) deadline applies, so a period extension never shortens a unit's.
 */
export function effectiveDeadline(sheet: SheetDeadlines, period: { submissionDeadline: Date }): Date {
  const own = sheet.deadlineOverride;
  return own && own.getTime() > period.submissionDeadline.getTime() ? own : period.submissionDeadline;
}

/**
 * Until when the unit may edit and submit: its deadline, and for a returned sheet the
 * later of that and the reply window (a return after the deadline still gets answered).
 */
export function editableUntil(sheet: SheetDeadlines, period: { submissionDeadline: Date }): Date {
  const deadline = effectiveDeadline(sheet, period);
  if (sheet.status === 'RETURNED' && sheet.replyDueAt && sheet.replyDueAt.getTime() > deadline.getTime()) {
    return sheet.replyDueAt;
  }
  return deadline;
}

/** A return gives the unit `replyDays` (at least one) from now to answer. */
export function replyDueAfterReturn(now: Date, replyDays: number): Date {
  return new Date(now.getTime() + Math.max(1, replyDays) * DAY_MS);
}

/** A new deadline must be later than the one it replaces. */
export function assertLaterDeadline(current: Date, next: Date): void {
  if (Number.isNaN(next.getTime()) || next.getTime() <= current.getTime()) {
    throw new CampaignsError(
      'INVALID_DEADLINE',
      `The new deadline must be later than the current one (${current.toISOString()})`,
      { current: current.toISOString() },
    );
  }
}

/**
 * Started days late (lateDays), the figure the period's late rule is applied to by the
 * ranking. The rule:
 * - a resubmission (answering a return) is never late: it keeps the days of the first submission;
 * - a first submission counts from the deadline the unit missed: when a reviewer extended the
 *   unit's deadline after the deadline in force had passed (a rescue, recorded on the
 *   extension's audit event), from that missed deadline, otherwise from its effective deadline;
 * - an extension granted before the deadline passed, or a period-wide extension, is no lateness;
 * - on time is 0; each started day (24 h) after the deadline counts one.
 */
export function lateDaysAt(input: {
  submittedAt: Date;
  previousStatus: SheetStatus;
  previousLateDays: number;
  effectiveDeadline: Date;
  missedDeadline: Date | null;
}): number {
  if (input.previousStatus === 'RETURNED') return input.previousLateDays;
  const base = input.missedDeadline ?? input.effectiveDeadline;
  const late = input.submittedAt.getTime() - base.getTime();
  return late > 0 ? Math.ceil(late / DAY_MS) : 0;
}

/**
 * A unit officer edits their own unit's unmarked sheet, DRAFT or RETURNED, until its
 * deadline (a returned sheet: until the end of its reply window).
 */
export function assertOfficerCanEdit(
  viewer: AuthUser,
  sheet: { unitId: string; mark?: string | null } & SheetDeadlines,
  period: { name: string; submissionDeadline: Date },
  now: Date,
): void {
  assertSheetScope(viewer, sheet);
  assertNotMarked(sheet);
  assertTransition('EDIT', sheet);
  const until = editableUntil(sheet, period);
  if (until.getTime() < now.getTime()) {
    const what = sheet.status === 'RETURNED' ? 'reply window' : 'deadline';
    throw new CampaignsError(
      'DEADLINE_PASSED',
      `The ${what} of ${period.name} passed on ${until.toISOString()}; a reviewer can extend it`,
      { deadline: until.toISOString() },
    );
  }
}

/** A reviewer enters a DRAFT or RETURNED sheet on the unit's behalf at any time before publishing. */
export function assertCanEnterOnBehalf(
  sheet: { status: SheetStatus; mark?: string | null },
  period: { publishedAt: Date | null },
): void {
  if (period.publishedAt) throw new CampaignsError('PERIOD_PUBLISHED', 'This period is already published');
  assertNotMarked(sheet);
  if (sheet.status === 'PUBLISHED') assertTransition('EDIT', sheet);
  if (sheet.status !== 'DRAFT' && sheet.status !== 'RETURNED') {
    throw new CampaignsError(
      'INVALID_TRANSITION',
      `Only a draft or returned sheet is entered on the unit's behalf (it is ${sheet.status})`,
    );
  }
}

/** A marked sheet (không nộp / không xét) is frozen until a reviewer removes the mark. */
export function assertNotMarked(sheet: { mark?: string | null }): void {
  if (sheet.mark) {
    throw new CampaignsError('SHEET_MARKED', `The sheet is marked ${sheet.mark}; a reviewer can remove the mark`, {
      mark: sheet.mark,
    });
  }
}

/** Deadlines and marks change only before the period is published. */
export function assertPeriodOpen(period: { publishedAt: Date | null }): void {
  if (period.publishedAt) throw new CampaignsError('PERIOD_PUBLISHED', 'This period is already published');
}

// ---- the status an officer reads ----

export const SheetOfficerStatus = {
  DRAFT_OPEN: 'DRAFT_OPEN',
  OVERDUE: 'OVERDUE',
  IN_REVIEW: 'IN_REVIEW',
  RETURNED_NEEDS_FIX: 'RETURNED_NEEDS_FIX',
  FIRST_REVIEWED: 'FIRST_REVIEWED',
  APPROVED: 'APPROVED',
  MARKED: 'MARKED',
  PUBLISHED: 'PUBLISHED',
} as const;
export type SheetOfficerStatus = (typeof SheetOfficerStatus)[keyof typeof SheetOfficerStatus];

/**
 * What the sheet means for its unit, in one word: a mark first (it is out of the
 * ranking), then the status, with a draft or returned sheet past its time OVERDUE.
 */
export function officerStatus(
  sheet: SheetDeadlines & { mark: string | null },
  period: { submissionDeadline: Date },
  now: Date,
): SheetOfficerStatus {
  if (sheet.mark) return 'MARKED';
  const overdue = editableUntil(sheet, period).getTime() < now.getTime();
  switch (sheet.status) {
    case 'DRAFT':
      return overdue ? 'OVERDUE' : 'DRAFT_OPEN';
    case 'RETURNED':
      return overdue ? 'OVERDUE' : 'RETURNED_NEEDS_FIX';
    case 'SUBMITTED':
      return 'IN_REVIEW';
    case 'FIRST_REVIEWED':
      return 'FIRST_REVIEWED';
    case 'APPROVED':
      return 'APPROVED';
    case 'PUBLISHED':
      return 'PUBLISHED';
  }
}

/** Reviews, returns and corrections say why. */
export function requireReason(value: string): string {
  const reason = value.trim();
  if (!reason) throw new CampaignsError('REASON_REQUIRED', 'Give a reason');
  return reason;
}

/** The trimmed explanation (giải trình); answering a return needs one. */
export function submissionExplanation(status: SheetStatus, value: string | null | undefined): string | null {
  const explanation = value?.trim() || null;
  if (status === 'RETURNED' && !explanation) {
    throw new CampaignsError(
      'EXPLANATION_REQUIRED',
      'Explain how the return was answered (giải trình) before resubmitting',
    );
  }
  return explanation;
}

/** Refuses a submission, naming the indicators, while any is unscored or lacks required evidence. */
export function assertSubmittable(problems: { unscored: string[]; missingEvidence: string[] }): void {
  const named = [...new Set([...problems.unscored, ...problems.missingEvidence])];
  if (named.length === 0) return;
  const parts = [
    problems.unscored.length ? `not scored: ${problems.unscored.join(', ')}` : '',
    problems.missingEvidence.length ? `evidence required: ${problems.missingEvidence.join(', ')}` : '',
  ].filter(Boolean);
  throw new CampaignsError('SHEET_INCOMPLETE', `The sheet cannot be submitted yet (${parts.join('; ')})`, {
    indicators: named,
    unscored: problems.unscored,
    missingEvidence: problems.missingEvidence,
  });
}

export interface EvidenceFile {
  content: Buffer;
  /** Normalized, without path separators. */
  fileName: string;
  mimeType: string;
}

/** An uploaded file, accepted when it is 1 byte..5 MiB and its content matches an allowed type. */
export function acceptEvidenceFile(fileName: string, contentBase64: string): EvidenceFile {
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length > MAX_EVIDENCE_FILE_BYTES)
    throw new CampaignsError('EVIDENCE_TOO_LARGE', 'The file is larger than 5 MiB');
  if (content.length === 0) throw new CampaignsError('EVIDENCE_TYPE_NOT_ALLOWED', 'The file is empty');
  const name = normalizeText(fileName).replace(/[/\\]/g, '_');
  const office = /\.(docx|xlsx)$/i.exec(name)?.[1]?.toLowerCase() as 'docx' | 'xlsx' | undefined;
  if (office && hasMacros(office, content)) {
    throw new CampaignsError(
      'EVIDENCE_MACROS_NOT_ALLOWED',
      'Documents and workbooks with macros or embedded programs are not accepted; save them as plain DOCX or XLSX',
      { fileName: name },
    );
  }
  const type = detectEvidenceType(name, content);
  if (!type) {
    throw new CampaignsError(
      'EVIDENCE_TYPE_NOT_ALLOWED',
      'Only PDF, JPG, PNG, WEBP, DOCX or XLSX files whose content matches their name',
      { fileName: name },
    );
  }
  return { content, fileName: name, mimeType: type.mimeType };
}

/** [Content_Types].xml is small; a bigger one (or a bomb) is treated as hostile. */
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

/**
 * A macro-enabled Office file: a VBA or ActiveX part in the directory, or a macro-enabled
 * content type in [Content_Types].xml (inflated with a cap, so a bomb costs nothing).
 */
function hasMacros(kind: 'docx' | 'xlsx', content: Buffer): boolean {
  if (checkOfficeParts(kind, content) === 'macros') return true;
  const entry = zipEntries(content)?.find((e) => e.name === '[Content_Types].xml');
  const data = entry ? zipEntryData(content, entry) : null;
  if (!entry) return false; // not an Office file at all: detectEvidenceType refuses it
  if (!data) return true;
  let xml: string;
  try {
    xml = (
      entry.method === 0 ? Buffer.from(data) : inflateRawSync(data, { maxOutputLength: MAX_CONTENT_TYPES_BYTES })
    ).toString('utf8');
  } catch {
    return true;
  }
  return MACRO_CONTENT_TYPE.test(xml);
}

/** A link, accepted when it is http(s). */
export function acceptEvidenceUrl(value: string): string {
  const url = value.trim();
  if (!isAllowedEvidenceUrl(url)) throw new CampaignsError('INVALID_URL', 'Links must start with http:// or https://');
  return url;
}
