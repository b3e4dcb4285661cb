import { Role, type SheetStatus } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import {
  acceptEvidenceFile,
  acceptEvidenceUrl,
  assertApprovable,
  assertCanEnterOnBehalf,
  assertCanRead,
  assertLaterDeadline,
  assertOfficerCanEdit,
  assertSheetScope,
  editableUntil,
  lateDaysAt,
  officerStatus,
  replyDueAfterReturn,
  reviewerRole,
  type ReviewContext,
  assertSubmittable,
  requireReason,
  submissionExplanation,
} from './sheet-rules.js';

const officer = (unitId: string): AuthUser => ({ id: 'u1', username: 'officer', role: Role.UNIT_OFFICER, unitId });
const reviewer: AuthUser = { id: 'u2', username: 'reviewer', role: Role.REVIEWER, unitId: null };
const period = (deadline: string) => ({ name: 'Quý I', submissionDeadline: new Date(deadline) });
const NOW = new Date('2026-03-15T00:00:00Z');
const open = { publishedAt: null };
const draft = (extra: Partial<Parameters<typeof officerStatus>[0]> = {}) => ({
  unitId: 'A',
  status: 'DRAFT' as SheetStatus,
  deadlineOverride: null as Date | null,
  replyDueAt: null as Date | null,
  mark: null as string | null,
  ...extra,
});
/** The error `act` throws, to match against. */
function refusal(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR')]);

describe('score sheet rules', () => {
  it("keeps a unit officer to their own unit's sheets; staff see every sheet", () => {
    expect(() => assertSheetScope(officer('A'), { unitId: 'A' })).not.toThrow();
    expect(refusal(() => assertSheetScope(officer('A'), { unitId: 'B' }))).toMatchObject({
      reason: 'SHEET_OUT_OF_SCOPE',
    });
    expect(() => assertSheetScope(reviewer, { unitId: 'B' })).not.toThrow();
  });

  it('lets a unit edit its draft until the deadline, then names the period and the deadline', () => {
    const sheet = draft();
    expect(() => assertOfficerCanEdit(officer('A'), sheet, period('2026-03-31T00:00:00Z'), NOW)).not.toThrow();
    expect(refusal(() => assertOfficerCanEdit(officer('A'), sheet, period('2026-03-01T00:00:00Z'), NOW))).toMatchObject(
      {
        reason: 'DEADLINE_PASSED',
        message: 'The deadline of Quý I passed on 2026-03-01T00:00:00.000Z; a reviewer can extend it',
        details: { deadline: '2026-03-01T00:00:00.000Z' },
      },
    );
    expect(
      refusal(() => assertOfficerCanEdit(officer('A'), draft({ status: 'APPROVED' }), period('2026-03-31'), NOW)),
    ).toMatchObject({ reason: 'SHEET_NOT_EDITABLE' });
  });

  it("edits past the period's deadline with the unit's own extension, or a returned sheet within its reply window", () => {
    const past = period('2026-03-01T00:00:00Z');
    const extended = draft({ deadlineOverride: new Date('2026-03-20T00:00:00Z') });
    expect(() => assertOfficerCanEdit(officer('A'), extended, past, NOW)).not.toThrow();
    const returned = draft({
      status: 'RETURNED',
      replyDueAt: replyDueAfterReturn(new Date('2026-03-13T00:00:00Z'), 3),
    });
    expect(returned.replyDueAt?.toISOString()).toBe('2026-03-16T00:00:00.000Z');
    expect(editableUntil(returned, past)).toEqual(returned.replyDueAt);
    expect(() => assertOfficerCanEdit(officer('A'), returned, past, NOW)).not.toThrow();
    expect(
      refusal(() => assertOfficerCanEdit(officer('A'), returned, past, new Date('2026-03-17T00:00:00Z'))),
    ).toMatchObject({
      reason: 'DEADLINE_PASSED',
      message: 'The reply window of Quý I passed on 2026-03-16T00:00:00.000Z; a reviewer can extend it',
    });
    // A reply window never shortens the deadline, and a draft has none.
    expect(editableUntil({ ...returned, deadlineOverride: new Date('2026-04-01T00:00:00Z') }, past).toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
    expect(editableUntil(draft({ replyDueAt: new Date('2026-05-01T00:00:00Z') }), past)).toEqual(
      past.submissionDeadline,
    );
    expect(replyDueAfterReturn(NOW, 0).getTime() - NOW.getTime()).toBe(86_400_000);
  });

  it('freezes a marked sheet for its unit and for reviewers entering on its behalf', () => {
    expect(
      refusal(() => assertOfficerCanEdit(officer('A'), draft({ mark: 'NOT_SUBMITTED' }), period('2026-03-31'), NOW)),
    ).toMatchObject({ reason: 'SHEET_MARKED' });
    expect(refusal(() => assertCanEnterOnBehalf({ status: 'DRAFT', mark: 'NOT_CONSIDERED' }, open))).toMatchObject({
      reason: 'SHEET_MARKED',
    });
    expect(() => assertCanEnterOnBehalf({ status: 'RETURNED', mark: null }, open)).not.toThrow();
    expect(refusal(() => assertCanEnterOnBehalf({ status: 'SUBMITTED', mark: null }, open))).toMatchObject({
      reason: 'INVALID_TRANSITION',
    });
    expect(refusal(() => assertCanEnterOnBehalf({ status: 'DRAFT', mark: null }, { publishedAt: NOW }))).toMatchObject({
      reason: 'PERIOD_PUBLISHED',
    });
  });

  it('wants a new deadline later than the current one', () => {
    const current = new Date('2026-03-01T00:00:00Z');
    expect(() => assertLaterDeadline(current, new Date('2026-03-02T00:00:00Z'))).not.toThrow();
    expect(refusal(() => assertLaterDeadline(current, current))).toMatchObject({ reason: 'INVALID_DEADLINE' });
    expect(refusal(() => assertLaterDeadline(current, new Date('nonsense')))).toMatchObject({
      reason: 'INVALID_DEADLINE',
    });
  });

  it('counts started days late from the deadline missed; a reply to a return is never late', () => {
    const deadline = new Date('2026-03-01T00:00:00Z');
    const at = (iso: string, extra: Partial<Parameters<typeof lateDaysAt>[0]> = {}) =>
      lateDaysAt({
        submittedAt: new Date(iso),
        previousStatus: 'DRAFT',
        previousLateDays: 0,
        effectiveDeadline: deadline,
        missedDeadline: null,
        ...extra,
      });
    expect(at('2026-02-28T00:00:00Z')).toBe(0);
    expect(at('2026-03-01T00:00:01Z')).toBe(1);
    expect(at('2026-03-03T00:00:00Z')).toBe(2);
    // Rescued by an extension after missing the deadline: counted from the missed one.
    expect(
      at('2026-03-04T12:00:00Z', { effectiveDeadline: new Date('2026-03-10T00:00:00Z'), missedDeadline: deadline }),
    ).toBe(4);
    // An extension before the deadline passed: not late.
    expect(at('2026-03-04T12:00:00Z', { effectiveDeadline: new Date('2026-03-10T00:00:00Z') })).toBe(0);
    expect(at('2026-03-20T00:00:00Z', { previousStatus: 'RETURNED', previousLateDays: 2 })).toBe(2);
  });

  it("tells the officer the sheet's own status: overdue, returned with a window, marked first", () => {
    const p = period('2026-03-01T00:00:00Z');
    const later = period('2026-03-31T00:00:00Z');
    expect(officerStatus(draft(), later, NOW)).toBe('DRAFT_OPEN');
    expect(officerStatus(draft(), p, NOW)).toBe('OVERDUE');
    expect(officerStatus(draft({ status: 'RETURNED', replyDueAt: new Date('2026-03-16T00:00:00Z') }), p, NOW)).toBe(
      'RETURNED_NEEDS_FIX',
    );
    expect(officerStatus(draft({ status: 'RETURNED', replyDueAt: new Date('2026-03-14T00:00:00Z') }), p, NOW)).toBe(
      'OVERDUE',
    );
    expect(officerStatus(draft({ status: 'SUBMITTED' }), p, NOW)).toBe('IN_REVIEW');
    expect(officerStatus(draft({ status: 'FIRST_REVIEWED' }), p, NOW)).toBe('FIRST_REVIEWED');
    expect(officerStatus(draft({ status: 'APPROVED' }), p, NOW)).toBe('APPROVED');
    expect(officerStatus(draft({ status: 'PUBLISHED' }), p, NOW)).toBe('PUBLISHED');
    expect(officerStatus(draft({ status: 'PUBLISHED', mark: 'NOT_SUBMITTED' }), p, NOW)).toBe('MARKED');
  });

  describe('review roles', () => {
    const block = (extra: Partial<ReviewContext> = {}): ReviewContext => ({
      blockId: 'K1',
      leaderUnitId: 'L',
      reviewerBlockIds: [],
      ...extra,
    });
    const scoped: AuthUser = { ...reviewer, unitId: null };
    const ownUnitReviewer: AuthUser = { ...reviewer, unitId: 'B' };

    it("lets the block leader's officers read and first-review the other sheets of their block, never their own", () => {
      expect(() => assertCanRead(officer('L'), { unitId: 'B' }, block())).not.toThrow();
      expect(refusal(() => assertCanRead(officer('C'), { unitId: 'B' }, block()))).toMatchObject({
        reason: 'SHEET_OUT_OF_SCOPE',
      });
      expect(reviewerRole(officer('L'), { unitId: 'B' }, block())).toBe('LEADER');
      expect(refusal(() => reviewerRole(officer('L'), { unitId: 'L' }, block()))).toMatchObject({
        reason: 'SELF_REVIEW',
      });
      expect(refusal(() => reviewerRole(officer('B'), { unitId: 'C' }, block()))).toMatchObject({
        reason: 'SHEET_OUT_OF_SCOPE',
      });
      expect(refusal(() => reviewerRole(officer('L'), { unitId: 'B' }, block({ leaderUnitId: null })))).toMatchObject({
        reason: 'SHEET_OUT_OF_SCOPE',
      });
    });

    it('keeps a scoped reviewer to their blocks and any reviewer off their own unit', () => {
      expect(reviewerRole(scoped, { unitId: 'B' }, block({ reviewerBlockIds: ['K1'] }))).toBe('WARD');
      expect(refusal(() => reviewerRole(scoped, { unitId: 'B' }, block({ reviewerBlockIds: ['K2'] })))).toMatchObject({
        reason: 'BLOCK_OUT_OF_SCOPE',
      });
      expect(refusal(() => reviewerRole(ownUnitReviewer, { unitId: 'B' }, block()))).toMatchObject({
        reason: 'SELF_REVIEW',
      });
      expect(
        reviewerRole({ ...reviewer, role: Role.ADMIN }, { unitId: 'B' }, block({ reviewerBlockIds: ['K2'] })),
      ).toBe('WARD');
    });

    it("approves after the first round in a block with a leader, except the leader unit's own sheet", () => {
      expect(refusal(() => assertApprovable({ unitId: 'B', status: 'SUBMITTED' }, block()))).toMatchObject({
        reason: 'FIRST_REVIEW_REQUIRED',
      });
      expect(() => assertApprovable({ unitId: 'B', status: 'FIRST_REVIEWED' }, block())).not.toThrow();
      expect(() => assertApprovable({ unitId: 'L', status: 'SUBMITTED' }, block())).not.toThrow();
      expect(() => assertApprovable({ unitId: 'B', status: 'SUBMITTED' }, block({ leaderUnitId: null }))).not.toThrow();
      expect(refusal(() => assertApprovable({ unitId: 'B', status: 'DRAFT' }, block()))).toMatchObject({
        reason: 'INVALID_TRANSITION',
      });
    });
  });

  it('wants a reason, trimmed', () => {
    expect(requireReason('  thiếu minh chứng ')).toBe('thiếu minh chứng');
    expect(refusal(() => requireReason('   '))).toMatchObject({ reason: 'REASON_REQUIRED' });
  });

  it('wants an explanation when a returned sheet is submitted again', () => {
    expect(submissionExplanation('DRAFT', '  ')).toBeNull();
    expect(submissionExplanation('RETURNED', ' đã bổ sung ')).toBe('đã bổ sung');
    expect(refusal(() => submissionExplanation('RETURNED', undefined))).toMatchObject({
      reason: 'EXPLANATION_REQUIRED',
    });
  });

  it('refuses an incomplete sheet naming each indicator once', () => {
    expect(() => assertSubmittable({ unscored: [], missingEvidence: [] })).not.toThrow();
    expect(refusal(() => assertSubmittable({ unscored: ['2.1'], missingEvidence: ['1.1', '2.1'] }))).toMatchObject({
      reason: 'SHEET_INCOMPLETE',
      message: 'The sheet cannot be submitted yet (not scored: 2.1; evidence required: 1.1, 2.1)',
      details: { indicators: ['2.1', '1.1'], unscored: ['2.1'], missingEvidence: ['1.1', '2.1'] },
    });
  });

  it('accepts evidence files whose content matches their name, never a path', () => {
    expect(acceptEvidenceFile('a/b.png', PNG.toString('base64'))).toMatchObject({
      fileName: 'a_b.png',
      mimeType: 'image/png',
    });
    expect(refusal(() => acceptEvidenceFile('b.pdf', PNG.toString('base64')))).toMatchObject({
      reason: 'EVIDENCE_TYPE_NOT_ALLOWED',
    });
    expect(refusal(() => acceptEvidenceFile('b.png', ''))).toMatchObject({
      reason: 'EVIDENCE_TYPE_NOT_ALLOWED',
      message: 'The file is empty',
    });
    expect(
      refusal(() => acceptEvidenceFile('b.png', Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64'))),
    ).toMatchObject({ reason: 'EVIDENCE_TOO_LARGE' });
  });

  it('accepts http(s) links only', () => {
    expect(acceptEvidenceUrl(' https://example.org/a ')).toBe('https://example.org/a');
    expect(refusal(() => acceptEvidenceUrl('javascript:alert(1)'))).toMatchObject({ reason: 'INVALID_URL' });
  });
});
