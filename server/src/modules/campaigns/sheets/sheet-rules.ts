import {
  detectEvidenceType,
  isAllowedEvidenceUrl,
  MAX_EVIDENCE_FILE_BYTES,
  normalizeText,
  Role,
  type SheetStatus,
} from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignsError } from '../campaigns.errors.js';
import { assertTransition } from './sheet-state-machine.js';

/**
 * The rules of a score sheet that are not its status: scope, deadline, reasons,
 * what a submission needs, what evidence is accepted. Pure: the caller loads the
 * rows and passes the clock.
 */

/** A unit officer acts only on their own unit's sheets. */
export function assertSheetScope(viewer: AuthUser, sheet: { unitId: string }): void {
  if (viewer.role === Role.UNIT_OFFICER && sheet.unitId !== viewer.unitId) {
    throw new CampaignsError('SHEET_OUT_OF_SCOPE', "This is another unit's score sheet");
  }
}

/** A unit officer edits their own unit's sheet, DRAFT or RETURNED, before the period's deadline. */
export function assertOfficerCanEdit(
  viewer: AuthUser,
  sheet: { unitId: string; status: SheetStatus },
  period: { name: string; submissionDeadline: Date },
  now: Date,
): void {
  assertSheetScope(viewer, sheet);
  assertTransition('EDIT', sheet);
  if (period.submissionDeadline.getTime() < now.getTime()) {
    throw new CampaignsError('DEADLINE_PASSED', `The deadline of ${period.name} has passed`);
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

/** A link, accepted when it is http(s). */
export function acceptEvidenceUrl(value: string): string {
  const url = value.trim();
  if (!isAllowedEvidenceUrl(url)) throw new CampaignsError('INVALID_URL', 'Links must start with http:// or https://');
  return url;
}
