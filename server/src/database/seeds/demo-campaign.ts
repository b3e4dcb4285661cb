/**
 * The demo emulation campaign, as plain data.
 *
 * Source: "Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành
 * Trung ương Đảng khóa XIV" of UBND phường Hải An
 * (/work/shared/domain/ke-hoach-tuyen-truyen-nq-tw2-khoa-xiv.txt): one campaign with
 * one board, three blocks, each block scored by its own criteria set built from the
 * plan's sections III and V (demo-criteria-school.ts, -tdp.ts, -department.ts).
 * Phòng Văn hóa - Xã hội, which the plan makes the organiser (V.2: "chủ trì… theo dõi,
 * kiểm tra, đôn đốc… định kỳ sơ kết, tổng kết"), is shown in its block but not ranked.
 * The point values, targets, titles, quotas, accounts and all scores are invented.
 *
 * The interim period (sơ kết 6 tháng) is past its deadline, as a ward's is when it
 * reviews: most sheets are approved, one TDP never submitted and is marked "không nộp"
 * by the reviewer, one TDP submitted two days late (the period's late rule takes points),
 * one had its deadline extended, one was returned after the deadline with a reply
 * window, and a few wait in the block leaders' and the ward reviewer's queues.
 *
 * The participation criteria are COMPUTED from a CONTEST whose id is null: nothing has
 * been played at seeding time. Once the contest has run, an admin binds it with
 * `bindComputedIndicator` (allowed after launch) and runs `recomputeIndicators`; until
 * then they score 0.
 */
import type { LateRule, PeriodKind, Role, SheetMark } from '@thidua/shared';
import type { DemoCriteriaSet } from './demo-criteria.js';
import { DEMO_DEPARTMENT_CRITERIA } from './demo-criteria-department.js';
import { DEMO_SCHOOL_CRITERIA } from './demo-criteria-school.js';
import { DEMO_TDP_CRITERIA } from './demo-criteria-tdp.js';

export const DEMO_CAMPAIGN_TITLE = 'Phong trào thi đua thực hiện Nghị quyết Hội nghị Trung ương 2 khóa XIV năm 2026';

export const DEMO_CAMPAIGN_DESCRIPTION =
  'Phát động theo mục III.6 Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV ' +
  'của UBND phường Hải An: gắn việc thực hiện Nghị quyết với các chỉ tiêu phát triển kinh tế - xã hội của địa phương, đơn vị năm 2026. ' +
  'Phòng Văn hóa - Xã hội phường chủ trì, tổng hợp kết quả.';

/** The organiser (đơn vị chủ trì): shown on the board, not ranked. */
export const DEMO_ORGANIZER_CODE = 'PHONG-VHXH';

export interface DemoPeriod {
  name: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
  /** Days after seeding (negative: before): the demo is in the same state whenever it is loaded. */
  deadlineInDays: number;
  lateRule: LateRule;
  replyDays: number;
}

export const DEMO_PERIODS: readonly DemoPeriod[] = [
  {
    name: 'Sơ kết 6 tháng',
    kind: 'INTERIM',
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
    deadlineInDays: -4,
    lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 1, maxPoints: 5 },
    replyDays: 3,
  },
  {
    name: 'Tổng kết năm',
    kind: 'FINAL',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    deadlineInDays: 60,
    lateRule: { kind: 'POINTS_PER_DAY', pointsPerDay: 1, maxPoints: 5 },
    replyDays: 3,
  },
];

/** One criteria set per block, in this order. */
export const DEMO_CRITERIA_SETS: readonly DemoCriteriaSet[] = [
  DEMO_SCHOOL_CRITERIA,
  DEMO_TDP_CRITERIA,
  DEMO_DEPARTMENT_CRITERIA,
];

export interface DemoBlock {
  name: string;
  criteriaSet: DemoCriteriaSet['key'];
  /** The block leader (khối trưởng): does the first-round review of the block's sheets. */
  leaderCode: string;
  unitCodes: string[];
}

/** Units from demo-organization.ts. BAN-XAY-DUNG-DANG is alone in its group, so it is not ranked. */
export const DEMO_BLOCKS: readonly DemoBlock[] = [
  {
    name: 'Khối trường học',
    criteriaSet: 'SCHOOL',
    leaderCode: 'THCS-HAI-AN',
    unitCodes: ['MN-HAI-AN', 'TH-HAI-AN', 'THCS-HAI-AN'],
  },
  {
    name: 'Khối tổ dân phố',
    criteriaSet: 'TDP',
    leaderCode: 'TDP-03',
    unitCodes: ['TDP-01', 'TDP-02', 'TDP-03', 'TDP-04', 'TDP-05', 'TDP-06', 'TDP-07', 'TDP-08'],
  },
  {
    // The organiser compiles the results: it does not lead the block it is shown in.
    name: 'Khối các phòng, ban, trung tâm',
    criteriaSet: 'DEPARTMENT',
    leaderCode: 'VP-HDND-UBND',
    unitCodes: ['PHONG-VHXH', 'PHONG-KT-HT-DT', 'VP-HDND-UBND', 'TT-DV-SU-NGHIEP-CONG'],
  },
];

/**
 * A thematic campaign ends in the ward chairman's giấy khen (DOMAIN.md, "Commendation"):
 * the ward confers it; "Tập thể lao động xuất sắc" is an annual title proposed to the
 * higher level, so the demo does not award it. The giấy khen goes to at most 20 % of
 * the units that completed the campaign with distinction, rounded down, at least one.
 *
 * `formCode` is the catalogue form (shared ward-forms.ts) a unit earning the title is
 * proposed for in the commendation round: the giấy khen is GIAY_KHEN_TAP_THE; "Hoàn thành
 * xuất sắc nhiệm vụ…" is the campaign's own grading, a form of no law, so it proposes nothing.
 */
export const DEMO_TITLES = [
  {
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
    formCode: 'GIAY_KHEN_TAP_THE',
    minTotal: 90,
    groupFloorPercent: 50,
    quotaPercent: 20,
    quotaBase: 'LOWER_TITLE',
    quotaRounding: 'FLOOR',
    quotaMinimum: 1,
  },
  {
    name: 'Hoàn thành xuất sắc nhiệm vụ tuyên truyền Nghị quyết',
    formCode: null,
    minTotal: 80,
    groupFloorPercent: 50,
    quotaPercent: null,
    quotaBase: 'LOWER_TITLE',
    quotaRounding: 'FLOOR',
    quotaMinimum: 1,
  },
] as const;

export type DemoSheetStatus = 'DRAFT' | 'SUBMITTED' | 'FIRST_REVIEWED' | 'RETURNED' | 'APPROVED';

/** Where an interim sheet stands; times are in days from the period's deadline (negative: before it). */
export interface DemoSheetPlan {
  status: DemoSheetStatus;
  /** When it was (first) submitted; absent: never. */
  submittedDay?: number;
  /** The unit's own deadline, extended with EXTENSION_REASON. */
  extendedToDay?: number;
  /** A reviewer took it out of the ranking with MARK_REASON. */
  mark?: SheetMark;
}

/** The interim sheets by unit code (the final period's stay untouched drafts). */
export const DEMO_INTERIM: Readonly<Record<string, DemoSheetPlan>> = {
  'MN-HAI-AN': { status: 'APPROVED', submittedDay: -3 },
  'TH-HAI-AN': { status: 'FIRST_REVIEWED', submittedDay: -2 },
  'THCS-HAI-AN': { status: 'APPROVED', submittedDay: -5 },
  'TDP-01': { status: 'APPROVED', submittedDay: -6 },
  // An elderly TDP head's sheet, two days late: the late rule takes 2 points.
  'TDP-02': { status: 'APPROVED', submittedDay: 2 },
  'TDP-03': { status: 'APPROVED', submittedDay: -4 },
  'TDP-04': { status: 'SUBMITTED', submittedDay: -1 },
  'TDP-05': { status: 'RETURNED', submittedDay: -2 },
  'TDP-06': { status: 'DRAFT', mark: 'NOT_SUBMITTED' },
  'TDP-07': { status: 'APPROVED', submittedDay: -3 },
  'TDP-08': { status: 'SUBMITTED', submittedDay: 3, extendedToDay: 7 },
  'PHONG-VHXH': { status: 'APPROVED', submittedDay: -7 },
  'PHONG-KT-HT-DT': { status: 'APPROVED', submittedDay: -2 },
  'VP-HDND-UBND': { status: 'APPROVED', submittedDay: -3 },
  'TT-DV-SU-NGHIEP-CONG': { status: 'FIRST_REVIEWED', submittedDay: -1 },
};

/** How well each demo unit did, 0..1: drives its invented values. */
export const DEMO_PERFORMANCE: Readonly<Record<string, number>> = {
  'MN-HAI-AN': 0.86,
  'TH-HAI-AN': 0.93,
  'THCS-HAI-AN': 0.97,
  'TDP-01': 0.95,
  'TDP-02': 0.72,
  'TDP-03': 0.97,
  'TDP-04': 0.81,
  'TDP-05': 0.66,
  'TDP-06': 0.58,
  'TDP-07': 0.88,
  'TDP-08': 0.75,
  'PHONG-VHXH': 0.98,
  'PHONG-KT-HT-DT': 0.79,
  'VP-HDND-UBND': 0.96,
  'TT-DV-SU-NGHIEP-CONG': 0.84,
};

/** The returned TDP's criterion lacking evidence (III.2 of the TDP set). */
export const DEMO_RETURN_CODE = 'III.2';
export const DEMO_RETURN_REASON =
  'Tiêu chí III.2 chưa có minh chứng hoạt động văn nghệ (ảnh, chương trình); đề nghị bổ sung và giải trình.';
export const DEMO_REVIEW_REASON =
  'Chỉ có 3 tin, bài được đăng trên Cổng thông tin điện tử phường; điều chỉnh theo số tin, bài đã đăng.';
export const DEMO_MARK_REASON =
  'Tổ dân phố không gửi bảng tự chấm điểm sau khi đã được nhắc 2 lần (điện thoại ngày 25/6, văn bản ngày 28/6); ' +
  'ghi nhận “không nộp” để sơ kết đúng thời gian.';
export const DEMO_EXTENSION_REASON =
  'Tổ trưởng tổ dân phố điều trị tại bệnh viện; gia hạn 7 ngày theo đề nghị của tổ phó.';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Extract<Role, 'REVIEWER' | 'UNIT_OFFICER'>;
  unitCode: string;
  /** The ward reviewer's scope: none = every block. */
  reviews?: 'WARD';
}

/**
 * Staff accounts of the demo units, created *inactive and without a usable password*:
 * DEMO_DATA is on by default, and a known password would open a real installation. An
 * admin gives one a password (and activates it) under "Người dùng" to try the demo as
 * that person.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'demo.vhxh',
    displayName: 'Nguyễn Thị Thu Hà (Phòng Văn hóa - Xã hội)',
    role: 'REVIEWER',
    unitCode: 'PHONG-VHXH',
    reviews: 'WARD',
  },
  {
    username: 'demo.thcs',
    displayName: 'Phạm Văn Long (Trường THCS Hải An)',
    role: 'UNIT_OFFICER',
    unitCode: 'THCS-HAI-AN',
  },
  {
    username: 'demo.tdp03',
    displayName: 'Trần Văn Bình (Tổ trưởng TDP số 3)',
    role: 'UNIT_OFFICER',
    unitCode: 'TDP-03',
  },
  { username: 'demo.tdp05', displayName: 'Lê Thị Mai (Tổ trưởng TDP số 5)', role: 'UNIT_OFFICER', unitCode: 'TDP-05' },
  {
    username: 'demo.vp',
    displayName: 'Đỗ Minh Tuấn (Văn phòng HĐND và UBND phường)',
    role: 'UNIT_OFFICER',
    unitCode: 'VP-HDND-UBND',
  },
];

/** The password hash of a demo account nobody can sign in with until an admin sets one. */
export const DEMO_ACCOUNT_NO_PASSWORD = '!demo-account: set a password to use it';
