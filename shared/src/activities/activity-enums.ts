/**
 * Propagation activities (hoạt động tuyên truyền) as the ward's plan lists their forms
 * (Kế hoạch tuyên truyền, mục III "Hình thức tuyên truyền"): each unit logs what it did,
 * the ward's Phòng Văn hóa - Xã hội sums it up and reports to the Ủy ban nhân dân.
 */

/** The six forms of section III of the plan, in its order. */
export const ActivityForm = {
  /** 1. Tuyên truyền trên các phương tiện thông tin đại chúng (đài truyền thanh, cổng thông tin, báo). */
  MASS_MEDIA: 'MASS_MEDIA',
  /** 2. Tuyên truyền trên không gian mạng (Zalo, Facebook, trang của đơn vị). */
  CYBERSPACE: 'CYBERSPACE',
  /** 3. Tuyên truyền miệng: hội nghị, sinh hoạt chi bộ, họp tổ dân phố, báo cáo viên. */
  ORAL: 'ORAL',
  /** 4. Cổ động trực quan: băng rôn, pa nô, áp phích, màn hình LED. */
  VISUAL: 'VISUAL',
  /** 5. Các hoạt động văn hóa, văn nghệ. */
  CULTURAL: 'CULTURAL',
  /** 6. Phong trào thi đua yêu nước: đăng ký thi đua, mô hình, điển hình. */
  EMULATION: 'EMULATION',
} as const;
export type ActivityForm = (typeof ActivityForm)[keyof typeof ActivityForm];
export const ACTIVITY_FORMS: readonly ActivityForm[] = Object.values(ActivityForm);

/**
 * Where an activity stands. A DRAFT is saved as the officer types and counts nowhere; a
 * SUBMITTED activity counts in the totals, the indicators and the reports; a reviewer
 * may ask for a correction with a reason (CORRECTION_REQUESTED: it stops counting until
 * the unit submits it again).
 */
export const ActivityStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  CORRECTION_REQUESTED: 'CORRECTION_REQUESTED',
} as const;
export type ActivityStatus = (typeof ActivityStatus)[keyof typeof ActivityStatus];

/** The statuses that count in totals, computed indicators and reports. */
export const COUNTED_ACTIVITY_STATUSES: readonly ActivityStatus[] = [ActivityStatus.SUBMITTED];

/** A plan's state: activities are logged only while it is OPEN; a CLOSED plan is read-only. */
export const ActivityPlanStatus = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type ActivityPlanStatus = (typeof ActivityPlanStatus)[keyof typeof ActivityPlanStatus];

/**
 * A report a unit sends the ward (mục V of the plan):
 * - FALSE_INFORMATION: thông tin sai trái, xuyên tạc found on a social network (where, what, what was done);
 * - DIFFICULTY: khó khăn, vướng mắc, đề xuất, reported in writing through Phòng Văn hóa - Xã hội, answered by it.
 */
export const WardReportKind = { FALSE_INFORMATION: 'FALSE_INFORMATION', DIFFICULTY: 'DIFFICULTY' } as const;
export type WardReportKind = (typeof WardReportKind)[keyof typeof WardReportKind];

/**
 * A report's state: SENT by the unit → IN_PROGRESS once the office takes it up → RESOLVED
 * (false information handled: removed, reported to the platform, refuted) or ANSWERED (a
 * difficulty the office replied to). The reply is shown to the unit.
 */
export const WardReportStatus = {
  SENT: 'SENT',
  IN_PROGRESS: 'IN_PROGRESS',
  RESOLVED: 'RESOLVED',
  ANSWERED: 'ANSWERED',
} as const;
export type WardReportStatus = (typeof WardReportStatus)[keyof typeof WardReportStatus];

/** Evidence of an activity: a file (photo, scanned minutes) or a link (an article, a post). */
export const ActivityEvidenceKind = { FILE: 'FILE', LINK: 'LINK' } as const;
export type ActivityEvidenceKind = (typeof ActivityEvidenceKind)[keyof typeof ActivityEvidenceKind];
