import type { SheetMark, SheetStatus } from '@thidua/shared';

/**
 * The Vietnamese words for a sheet's status and for why a row is listed but not
 * ranked: one place for the board's snapshot, the XLSX score table and the printed
 * period summary (the client words the same states through its own i18n keys).
 */
export const SHEET_STATUS_VI: Record<SheetStatus, string> = {
  DRAFT: 'Đang chấm',
  SUBMITTED: 'Đã nộp',
  FIRST_REVIEWED: 'Khối trưởng đã thẩm định',
  RETURNED: 'Trả lại',
  APPROVED: 'Đã thẩm định',
  PUBLISHED: 'Đã công bố',
};

export const SHEET_STATUSES = Object.keys(SHEET_STATUS_VI) as SheetStatus[];

/**
 * Why a unit with a sheet is listed after the ranked rows of its block: a reviewer's
 * mark (không nộp / không xét), the organiser (not ranked unless the campaign says so),
 * or a late sheet under the period's NOT_RANKED rule.
 */
export const UnrankedReason = {
  NOT_SUBMITTED: 'NOT_SUBMITTED',
  NOT_CONSIDERED: 'NOT_CONSIDERED',
  ORGANIZER: 'ORGANIZER',
  LATE: 'LATE',
} as const satisfies Record<SheetMark | 'ORGANIZER' | 'LATE', string>;
export type UnrankedReason = (typeof UnrankedReason)[keyof typeof UnrankedReason];

export const UNRANKED_VI: Record<UnrankedReason, string> = {
  NOT_SUBMITTED: 'Không nộp',
  NOT_CONSIDERED: 'Không xét',
  ORGANIZER: 'Đơn vị tổ chức – không xếp hạng',
  LATE: 'Nộp muộn – không xếp hạng',
};
