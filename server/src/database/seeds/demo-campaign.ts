/**
 * The demo emulation campaign, as plain data.
 *
 * Source: "Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành
 * Trung ương Đảng khóa XIV" of UBND phường Hải An
 * (/work/shared/domain/ke-hoach-tuyen-truyen-nq-tw2-khoa-xiv.txt):
 *   - groups 1–4 follow section III "HÌNH THỨC TUYÊN TRUYỀN" (1. mass media,
 *     2. cyberspace, 3. oral, 4. visual, 5. cultural activities, 6. emulation);
 *   - group 5 follows section V "TỔ CHỨC THỰC HIỆN", item 6 (what every department,
 *     TDP and school must do: hold meetings, report to Phòng Văn hóa - Xã hội,
 *     follow public opinion and refute false views, report difficulties in writing).
 * The point values, targets, titles, quotas and all scores are invented for the demo.
 *
 * Indicator 2.2 (participation in the resolution quiz) is COMPUTED from a LIVE_GAME
 * whose id is null: no game has been played at seeding time. Once the quiz has been
 * played, an admin binds it with `bindComputedIndicator` (allowed after launch) and
 * runs `recomputeIndicators`; until then it scores 0.
 */
import type { ComputedSource, IndicatorKind, PeriodKind } from '@thidua/shared';

export const DEMO_CAMPAIGN_TITLE = 'Phong trào thi đua thực hiện Nghị quyết Hội nghị Trung ương 2 khóa XIV năm 2026';

export const DEMO_CAMPAIGN_DESCRIPTION =
  'Phát động theo mục III.6 Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV ' +
  'của UBND phường Hải An: gắn việc thực hiện Nghị quyết với các chỉ tiêu phát triển kinh tế - xã hội của địa phương, đơn vị năm 2026.';

export interface DemoPeriod {
  name: string;
  kind: PeriodKind;
  startsOn: string;
  endsOn: string;
  /** Days after seeding: the demo stays usable whenever it is loaded. */
  deadlineInDays: number;
}

export const DEMO_PERIODS: readonly DemoPeriod[] = [
  { name: 'Sơ kết 6 tháng', kind: 'INTERIM', startsOn: '2026-01-01', endsOn: '2026-06-30', deadlineInDays: 30 },
  { name: 'Tổng kết năm', kind: 'FINAL', startsOn: '2026-01-01', endsOn: '2026-12-31', deadlineInDays: 60 },
];

export interface DemoBlock {
  name: string;
  leaderCode: string;
  unitCodes: string[];
}

/** Units from demo-organization.ts. BAN-XAY-DUNG-DANG is alone in its group, so it is not ranked. */
export const DEMO_BLOCKS: readonly DemoBlock[] = [
  { name: 'Khối trường học', leaderCode: 'THCS-HAI-AN', unitCodes: ['MN-HAI-AN', 'TH-HAI-AN', 'THCS-HAI-AN'] },
  {
    name: 'Khối tổ dân phố',
    leaderCode: 'TDP-03',
    unitCodes: ['TDP-01', 'TDP-02', 'TDP-03', 'TDP-04', 'TDP-05', 'TDP-06', 'TDP-07', 'TDP-08'],
  },
  {
    name: 'Khối các phòng, ban, trung tâm',
    leaderCode: 'PHONG-VHXH',
    unitCodes: ['PHONG-VHXH', 'PHONG-KT-HT-DT', 'VP-HDND-UBND', 'TT-DV-SU-NGHIEP-CONG'],
  },
];

export interface DemoIndicator {
  code: string;
  parentCode: string | null;
  title: string;
  kind: IndicatorKind;
  maxPoints: number;
  step?: number;
  target?: number;
  perItemPoints?: number;
  evidenceRequired?: boolean;
  computedSource?: ComputedSource;
}

/** 100 points in five groups, plus a capped bonus and penalty. */
export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    code: '1',
    parentCode: null,
    kind: 'GROUP',
    maxPoints: 20,
    title: 'Tuyên truyền trên phương tiện thông tin đại chúng và không gian mạng (mục III.1, III.2)',
  },
  {
    code: '1.1',
    parentCode: '1',
    kind: 'COUNT',
    maxPoints: 8,
    perItemPoints: 2,
    evidenceRequired: true,
    title: 'Tin, bài về Nghị quyết gửi đăng trên đài truyền thanh, Cổng thông tin điện tử phường (2 điểm/tin, bài)',
  },
  {
    code: '1.2',
    parentCode: '1',
    kind: 'COUNT',
    maxPoints: 7,
    perItemPoints: 1,
    evidenceRequired: true,
    title: 'Bài đăng lan tỏa thông tin tích cực trên trang tin, Facebook, Zalo của đơn vị (1 điểm/bài)',
  },
  {
    code: '1.3',
    parentCode: '1',
    kind: 'YES_NO',
    maxPoints: 5,
    title: 'Phản bác quan điểm sai trái, thù địch; báo cáo thông tin xấu độc phát hiện được',
  },
  { code: '2', parentCode: null, kind: 'GROUP', maxPoints: 25, title: 'Tuyên truyền miệng (mục III.3)' },
  {
    code: '2.1',
    parentCode: '2',
    kind: 'TARGET',
    maxPoints: 10,
    target: 4,
    evidenceRequired: true,
    title: 'Số buổi sinh hoạt chi bộ, họp tổ dân phố, hội nghị có quán triệt Nghị quyết (chỉ tiêu 4 buổi)',
  },
  {
    code: '2.2',
    parentCode: '2',
    kind: 'COMPUTED',
    maxPoints: 10,
    computedSource: { kind: 'LIVE_GAME', id: null, metric: 'PARTICIPATION_RATE' },
    title: 'Tỷ lệ người tham gia cuộc thi tìm hiểu Nghị quyết (số người tham gia ÷ số người thuộc diện)',
  },
  {
    code: '2.3',
    parentCode: '2',
    kind: 'MANUAL',
    maxPoints: 5,
    step: 0.5,
    title: 'Phát huy vai trò báo cáo viên, tuyên truyền viên cơ sở',
  },
  {
    code: '3',
    parentCode: null,
    kind: 'GROUP',
    maxPoints: 20,
    title: 'Cổ động trực quan và hoạt động văn hóa, văn nghệ (mục III.4, III.5)',
  },
  {
    code: '3.1',
    parentCode: '3',
    kind: 'COUNT',
    maxPoints: 8,
    perItemPoints: 2,
    evidenceRequired: true,
    title: 'Băng rôn, khẩu hiệu, pano, áp phích tại trụ sở, nơi công cộng (2 điểm/điểm treo)',
  },
  {
    code: '3.2',
    parentCode: '3',
    kind: 'MANUAL',
    maxPoints: 12,
    step: 0.5,
    evidenceRequired: true,
    title: 'Hoạt động văn hóa, văn nghệ quần chúng gắn với tuyên truyền Nghị quyết, lồng ghép ngày lễ, kỷ niệm',
  },
  { code: '4', parentCode: null, kind: 'GROUP', maxPoints: 20, title: 'Phong trào thi đua yêu nước (mục III.6)' },
  {
    code: '4.1',
    parentCode: '4',
    kind: 'MANUAL',
    maxPoints: 10,
    step: 1,
    title: 'Đăng ký và thực hiện chỉ tiêu phát triển kinh tế - xã hội của đơn vị năm 2026',
  },
  {
    code: '4.2',
    parentCode: '4',
    kind: 'MANUAL',
    maxPoints: 10,
    step: 1,
    title: 'Mô hình, cách làm hay được biểu dương, nhân rộng',
  },
  {
    code: '5',
    parentCode: null,
    kind: 'GROUP',
    maxPoints: 15,
    title: 'Tổ chức thực hiện và chế độ thông tin, báo cáo (mục V.6)',
  },
  {
    code: '5.1',
    parentCode: '5',
    kind: 'YES_NO',
    maxPoints: 5,
    evidenceRequired: true,
    title: 'Ban hành kế hoạch triển khai tuyên truyền Nghị quyết của đơn vị',
  },
  {
    code: '5.2',
    parentCode: '5',
    kind: 'YES_NO',
    maxPoints: 5,
    title: 'Gửi báo cáo kết quả về Phòng Văn hóa - Xã hội phường đúng hạn',
  },
  {
    code: '5.3',
    parentCode: '5',
    kind: 'MANUAL',
    maxPoints: 5,
    step: 1,
    title: 'Nắm bắt dư luận xã hội; phản ánh khó khăn, vướng mắc bằng văn bản',
  },
  {
    code: 'T',
    parentCode: null,
    kind: 'BONUS',
    maxPoints: 5,
    evidenceRequired: true,
    title: 'Điểm thưởng: được cấp trên khen thưởng, biểu dương về công tác tuyên truyền (tối đa 5 điểm)',
  },
  {
    code: 'TR',
    parentCode: null,
    kind: 'PENALTY',
    maxPoints: 5,
    title: 'Điểm trừ: chậm báo cáo, để xảy ra sai sót trong thông tin tuyên truyền (tối đa 5 điểm)',
  },
];

export const DEMO_TITLES = [
  { name: 'Tập thể lao động xuất sắc', minTotal: 90, groupFloorPercent: 50, quotaPercent: 20 },
  { name: 'Tập thể lao động tiên tiến', minTotal: 75, groupFloorPercent: 50, quotaPercent: null },
] as const;

/** Interim statuses by unit code (the final period stays untouched). Units not listed stay DRAFT. */
export const DEMO_INTERIM_STATUS: Readonly<Record<string, 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED'>> = {
  'MN-HAI-AN': 'APPROVED',
  'TH-HAI-AN': 'SUBMITTED',
  'THCS-HAI-AN': 'RETURNED',
  'TDP-01': 'APPROVED',
  'TDP-02': 'APPROVED',
  'TDP-03': 'APPROVED',
  'TDP-04': 'SUBMITTED',
  'TDP-05': 'RETURNED',
  'TDP-06': 'DRAFT',
  'TDP-07': 'APPROVED',
  'TDP-08': 'DRAFT',
  'PHONG-VHXH': 'APPROVED',
  'PHONG-KT-HT-DT': 'SUBMITTED',
  'VP-HDND-UBND': 'APPROVED',
  'TT-DV-SU-NGHIEP-CONG': 'DRAFT',
};

/** How well each demo unit did, 0..1: drives its invented values. */
export const DEMO_PERFORMANCE: Readonly<Record<string, number>> = {
  'MN-HAI-AN': 0.86,
  'TH-HAI-AN': 0.93,
  'THCS-HAI-AN': 0.9,
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
  'VP-HDND-UBND': 0.91,
  'TT-DV-SU-NGHIEP-CONG': 0.84,
};

export const DEMO_RETURN_REASON =
  'Tiêu chí 3.2 chưa có minh chứng hoạt động văn nghệ (ảnh, chương trình); đề nghị bổ sung và giải trình.';
export const DEMO_REVIEW_REASON =
  'Chỉ có 3 tin, bài được đăng trên Cổng thông tin điện tử phường; điều chỉnh theo số bài đã đăng.';
