import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import {
  acceptEvidenceFile,
  acceptEvidenceUrl,
  assertOfficerCanEdit,
  assertSheetScope,
  assertSubmittable,
  requireReason,
  submissionExplanation,
} from './sheet-rules.js';

const officer = (unitId: string): AuthUser => ({ id: 'u1', username: 'officer', role: Role.UNIT_OFFICER, unitId });
const reviewer: AuthUser = { id: 'u2', username: 'reviewer', role: Role.REVIEWER, unitId: null };
const period = (deadline: string) => ({ name: 'Quý I', submissionDeadline: new Date(deadline) });
const NOW = new Date('2026-03-15T00:00:00Z');
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

  it('lets a unit edit its draft until the deadline, then names the period', () => {
    const sheet = { unitId: 'A', status: 'DRAFT' as const };
    expect(() => assertOfficerCanEdit(officer('A'), sheet, period('2026-03-31T00:00:00Z'), NOW)).not.toThrow();
    expect(refusal(() => assertOfficerCanEdit(officer('A'), sheet, period('2026-03-01T00:00:00Z'), NOW))).toMatchObject(
      { reason: 'DEADLINE_PASSED', message: 'The deadline of Quý I has passed' },
    );
    expect(
      refusal(() => assertOfficerCanEdit(officer('A'), { unitId: 'A', status: 'APPROVED' }, period('2026-03-31'), NOW)),
    ).toMatchObject({ reason: 'SHEET_NOT_EDITABLE' });
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
