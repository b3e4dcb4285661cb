/**
 * The demo's commendation story, as plain data, in two rounds (DOMAIN.md, "Commendation
 * at ward level"; Luật Thi đua, khen thưởng 2022):
 *
 * 1. The annual titles of the year before (danh hiệu thi đua are annual, never computed
 *    at a 6-month review), decided: "Lao động tiên tiến" for most of Phòng Văn hóa - Xã
 *    hội's civil servants, so its "Tập thể lao động tiên tiến" (more than 50 % of its
 *    members LĐTT) is met; Phòng Kinh tế, Hạ tầng và Đô thị is proposed too, but only 5
 *    of its 15 are LĐTT, so its condition is unmet and the council does not pass it; one
 *    "Chiến sĩ thi đua cơ sở" by secret ballot, counted again with a reason → the council
 *    (9 members, one absent) → the list posted for 10 days from 12 days ago, a resident's
 *    comment answered → the chairman's decision yesterday → certificates.
 * 2. The sơ kết of the demo campaign (demo-campaign.ts), being drawn up: the chairman's
 *    giấy khen for individuals with a record in the campaign (teachers, a civil servant,
 *    a resident), and, once the period is published, the units that earned the campaign's
 *    giấy khen from the ranking (GIAY_KHEN_TAP_THE).
 *
 * "Tập thể lao động xuất sắc" is proposed to the higher level, never conferred by the
 * ward: the demo does not propose it at all. People are picked from the demo rosters
 * (demo-people.ts) by unit, roster kind and position, so the names are the rosters' own;
 * the council's outside members (Mặt trận, đoàn thể) are invented.
 */
import type { CouncilRole } from '@thidua/shared';

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_ROUND_NAME = 'Khen thưởng sơ kết 6 tháng đầu năm 2026 phong trào thi đua thực hiện Nghị quyết';
export const DEMO_ROUND_YEAR = 2026;

export const DEMO_ANNUAL_ROUND_NAME = 'Bình xét danh hiệu thi đua năm 2025';
export const DEMO_ANNUAL_YEAR = 2025;

/** The demo account that acts as the organiser (demo-campaign.ts DEMO_ACCOUNTS: Phòng Văn hóa - Xã hội). */
export const DEMO_ORGANISER_USERNAME = 'demo.vhxh';

/** The dates of the annual round, in days from seeding (negative: before), so the demo reads the same whenever it is loaded. */
export const DEMO_COMMENDATION_DAYS = {
  /** Tờ trình of Phòng Văn hóa - Xã hội. */
  submission: -15,
  council: -13,
  postingStart: -12,
  /** The resident's comment, and the organiser's answer the next day. */
  comment: -8,
  handled: -7,
  /** The posting (10 days) ended 2 days ago; the chairman signed the day after. */
  decision: -1,
} as const;

export function demoDay(days: number, now = Date.now()): Date {
  return new Date(now + days * DAY);
}

/** yyyy-mm-dd of a demo day, for date columns (the decision's, the tờ trình's). */
export function demoDate(days: number, now = Date.now()): string {
  return demoDay(days, now).toISOString().slice(0, 10);
}

export const DEMO_SUBMISSION_NUMBER = '25/TTr-VHXH';
export const DEMO_DECISION_NUMBER = '118/QĐ-UBND';
export const DEMO_POSTING_PLACES =
  'Trụ sở Ủy ban nhân dân phường Hải An, nhà văn hóa các tổ dân phố và Cổng thông tin điện tử phường';

/** The chairman signs himself: no "KT." line (that is a deputy's, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
export const DEMO_SIGNER = {
  authority: 'TM. ỦY BAN NHÂN DÂN',
  capacity: null,
  title: 'CHỦ TỊCH',
  name: 'Lê Văn Thành',
} as const;

export interface DemoCouncilMember {
  fullName: string;
  position: string;
  role: CouncilRole;
  present: boolean;
}

/** Hội đồng Thi đua - Khen thưởng phường (9 members; the Women's Union chair is away on the day: 8 of 9, quorum 6). */
export const DEMO_COUNCIL: readonly DemoCouncilMember[] = [
  { fullName: 'Lê Văn Thành', position: 'Chủ tịch Ủy ban nhân dân phường', role: 'CHAIR', present: true },
  {
    fullName: 'Nguyễn Thị Hồng Vân',
    position: 'Phó Chủ tịch Ủy ban nhân dân phường',
    role: 'VICE_CHAIR',
    present: true,
  },
  {
    fullName: 'Trần Quốc Hưng',
    position: 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường',
    role: 'VICE_CHAIR',
    present: true,
  },
  {
    fullName: 'Hoàng Thị Hà',
    position: 'Trưởng phòng Văn hóa - Xã hội phường',
    role: 'STANDING_MEMBER',
    present: true,
  },
  {
    fullName: 'Nguyễn Đức Quý',
    position: 'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
    role: 'MEMBER',
    present: true,
  },
  {
    fullName: 'Vũ Kim Hương',
    position: 'Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường',
    role: 'MEMBER',
    present: true,
  },
  { fullName: 'Phạm Thị Thu Hằng', position: 'Chủ tịch Hội Liên hiệp Phụ nữ phường', role: 'MEMBER', present: false },
  {
    fullName: 'Đặng Minh Khoa',
    position: 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh phường',
    role: 'MEMBER',
    present: true,
  },
  {
    fullName: 'Nguyễn Thị Thu Hà',
    position: 'Công chức Phòng Văn hóa - Xã hội phường',
    role: 'SECRETARY',
    present: true,
  },
];

export const DEMO_COUNCIL_LOCATION = 'Phòng họp tầng 2, trụ sở Ủy ban nhân dân phường Hải An';
export const DEMO_MINUTES_NOTE =
  'Hội đồng thống nhất đề nghị công nhận danh hiệu thi đua năm 2025 cho các cá nhân, tập thể đủ điều kiện; ' +
  'Phòng Kinh tế, Hạ tầng và Đô thị chưa đủ tỷ lệ cá nhân đạt danh hiệu “Lao động tiên tiến” nên Hội đồng không ' +
  'thông qua đề nghị công nhận danh hiệu “Tập thể lao động tiên tiến”.';

/** A person of a demo roster: the `index`-th of `kind` in `unitCode` (demo-people.ts order). */
export interface DemoRosterPick {
  unitCode: string;
  kind: 'CIVIL_SERVANTS' | 'SCHOOL_STAFF' | 'RESIDENTS';
  index: number;
}

export interface DemoIndividual extends DemoRosterPick {
  formCode: 'GIAY_KHEN_CA_NHAN' | 'LAO_DONG_TIEN_TIEN' | 'CHIEN_SI_THI_DUA_CO_SO';
  /** The line under the name on the certificate. */
  detail: string;
  achievements: string;
}

const VHXH = 'Phòng Văn hóa - Xã hội phường Hải An';

/** The chairman's giấy khen for individuals with a record in the campaign (teachers, a civil servant, a resident). */
export const DEMO_GIAY_KHEN_INDIVIDUALS: readonly DemoIndividual[] = [
  {
    unitCode: 'THCS-HAI-AN',
    kind: 'SCHOOL_STAFF',
    index: 5,
    formCode: 'GIAY_KHEN_CA_NHAN',
    detail: 'Giáo viên Tổ Ngữ văn, Trường THCS Hải An',
    achievements:
      'Đã có thành tích xuất sắc trong tổ chức tuyên truyền Nghị quyết cho học sinh qua các tiết sinh hoạt dưới cờ và cuộc thi tìm hiểu Nghị quyết',
  },
  {
    unitCode: 'TH-HAI-AN',
    kind: 'SCHOOL_STAFF',
    index: 3,
    formCode: 'GIAY_KHEN_CA_NHAN',
    detail: 'Giáo viên Tổ khối 1, Trường Tiểu học Hải An',
    achievements: 'Đã có thành tích tiêu biểu trong xây dựng chương trình phát thanh măng non về Nghị quyết',
  },
  {
    unitCode: 'PHONG-VHXH',
    kind: 'CIVIL_SERVANTS',
    index: 2,
    formCode: 'GIAY_KHEN_CA_NHAN',
    detail: `Công chức bộ phận Văn hóa - Thông tin, ${VHXH}`,
    achievements:
      'Đã có thành tích xuất sắc trong biên tập tin, bài tuyên truyền Nghị quyết trên Cổng thông tin điện tử phường',
  },
  {
    unitCode: 'TDP-02',
    kind: 'RESIDENTS',
    index: 1,
    formCode: 'GIAY_KHEN_CA_NHAN',
    detail: 'Tuyên truyền viên Tổ dân phố số 2, phường Hải An',
    achievements: 'Đã có thành tích tích cực tuyên truyền Nghị quyết qua nhóm Zalo và buổi họp tổ dân phố',
  },
];

/** Of Phòng Văn hóa - Xã hội's 12 civil servants, 8 "Lao động tiên tiến" (67 % > 50 %: its TTLĐTT is met). */
const VHXH_LDTT = [0, 1, 2, 3, 4, 5, 7, 8];
/** Of Phòng Kinh tế, Hạ tầng và Đô thị's 15, only 5 (33 %): its TTLĐTT is proposed, unmet and not passed. */
const KT_LDTT = [0, 2, 4, 6, 9];

function ldtt(unitCode: string, index: number, unitName: string): DemoIndividual {
  return {
    unitCode,
    kind: 'CIVIL_SERVANTS',
    index,
    formCode: 'LAO_DONG_TIEN_TIEN',
    detail: `Công chức ${unitName}`,
    achievements: 'Đã hoàn thành tốt nhiệm vụ được giao năm 2025',
  };
}

export const DEMO_LDTT_INDIVIDUALS: readonly DemoIndividual[] = [
  ...VHXH_LDTT.map((i) => ldtt('PHONG-VHXH', i, VHXH)),
  ...KT_LDTT.map((i) => ldtt('PHONG-KT-HT-DT', i, 'Phòng Kinh tế, Hạ tầng và Đô thị phường Hải An')),
];

/** "Chiến sĩ thi đua cơ sở": an LĐTT of Phòng Văn hóa - Xã hội with an initiative; the form is voted by secret ballot. */
export const DEMO_CSTDCS_INDIVIDUALS: readonly DemoIndividual[] = [
  {
    unitCode: 'PHONG-VHXH',
    kind: 'CIVIL_SERVANTS',
    index: 5,
    formCode: 'CHIEN_SI_THI_DUA_CO_SO',
    detail: `Công chức bộ phận Văn hóa - Thông tin, ${VHXH}`,
    achievements:
      'Đã có sáng kiến “Số hóa sổ theo dõi hoạt động văn hóa các tổ dân phố” được Hội đồng sáng kiến phường công nhận năm 2025',
  },
];

/** The departments proposed for "Tập thể lao động tiên tiến": the first meets its MEMBER_SHARE condition, the second does not. */
export const DEMO_TTLDTT_UNITS = ['PHONG-VHXH', 'PHONG-KT-HT-DT'] as const;

/** The evidence the organiser gives for the CONFIRMED conditions it confirms. */
export const DEMO_CONFIRMATION_EVIDENCE =
  'Báo cáo thành tích của đơn vị và xác nhận của Phòng Văn hóa - Xã hội, lưu hồ sơ đợt xét';

/** The secret ballot on the "Chiến sĩ thi đua cơ sở" was counted again (a re-vote with its reason). */
export const DEMO_REVOTE_REASON =
  'Ban kiểm phiếu xác định 2 phiếu ghi sai mẫu ở lần bỏ phiếu thứ nhất; Hội đồng thống nhất bỏ phiếu kín lại.';

/** Ballots of the first, miscounted secret vote: 5 of 8 approving (62,5 %, below the 70 % threshold). */
export const DEMO_FIRST_SECRET_APPROVE = 5;

/** The resident's comment during the posting (about Phòng Văn hóa - Xã hội's title), and how the organiser handled it. */
export const DEMO_COMMENT = {
  unitCode: 'PHONG-VHXH',
  authorName: 'Bùi Văn Tiến',
  contact: '0912 345 678',
  body:
    'Tôi là cư dân Tổ dân phố số 2. Đề nghị cho biết trong năm 2025 Phòng Văn hóa - Xã hội có cán bộ nào bị kỷ luật không, ' +
    'vì điều kiện công nhận “Tập thể lao động tiên tiến” yêu cầu không có cá nhân bị kỷ luật.',
  handlingNote:
    'Đã đối chiếu hồ sơ thi đua và quyết định kỷ luật năm 2025: Phòng Văn hóa - Xã hội không có cá nhân bị kỷ luật. ' +
    'Đã trả lời ông Bùi Văn Tiến qua điện thoại; giữ nguyên đề nghị.',
} as const;
