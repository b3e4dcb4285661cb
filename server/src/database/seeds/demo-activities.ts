/**
 * A plausible month of propagation activities for the demo units (as plain data), under
 * the ward's plan of the source document (Kế hoạch tuyên truyền Nghị quyết Hội nghị lần
 * thứ hai Ban Chấp hành Trung ương Đảng khóa XIV): radio items and portal articles by the
 * Trung tâm Dịch vụ sự nghiệp công, the ward's briefing conference and banners at its
 * headquarters, chi bộ meetings and TDP meetings with the people present from the rosters
 * of TDP 2 and TDP 6, Zalo posts, a school's thematic session and emulation registration,
 * a performance; one draft and one activity sent back for correction (TDP 8); one report
 * of false information handled and one difficulty answered, one difficulty still waiting.
 * TDP 1, 3, 4, 5 and 7 and the preschool report nothing this month: the dashboard lists them.
 *
 * Days are relative to the day the demo loads (negative: before), so the month is always
 * the last one.
 */
import type { ActivityForm, ActivityStatus, WardReportKind, WardReportStatus } from '@thidua/shared';

export const DEMO_ACTIVITY_PLAN = {
  title: 'Tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XIV',
  /** The source document's number is left blank ("Số:    /KH-UBND"): so is the demo's. */
  documentNumber: '',
  startsInDays: -60,
  endsInDays: 120,
};

/** The demo's site for links (not a real address). */
const SITE = 'https://phuonghaian.example.vn';

export interface DemoActivity {
  unitCode: string;
  form: ActivityForm;
  kind: string;
  title: string;
  day: number;
  location?: string;
  speaker?: string;
  link?: string;
  quantity?: number;
  attendeeCount?: number;
  /** Population kind measured, and how many people of the unit's roster of that kind were present (the first N by name). */
  audience?: { kind: string; present: number };
  notes?: string;
  status: ActivityStatus;
  correctionReason?: string;
  /** A generated photo of the item (a banner, a panel) as evidence. */
  photo?: boolean;
  /** Evidence links (articles, posts). */
  links?: readonly string[];
}

const RESOLUTION = 'Nghị quyết Hội nghị Trung ương 2 khóa XIV';

export const DEMO_ACTIVITIES: readonly DemoActivity[] = [
  // Trung tâm Dịch vụ sự nghiệp công: the radio and the portal (mục III.1, V.5).
  ...[-28, -21, -14, -7].map((day, i): DemoActivity => ({
    unitCode: 'TT-DV-SU-NGHIEP-CONG',
    form: 'MASS_MEDIA',
    kind: 'RADIO',
    title: `Chuyên mục “Nghị quyết vào cuộc sống” số ${i + 1} trên Đài truyền thanh phường`,
    day,
    quantity: 3,
    notes: 'Phát 3 buổi trong tuần (sáng, trưa, chiều), thời lượng 10 phút.',
    status: 'SUBMITTED',
  })),
  {
    unitCode: 'TT-DV-SU-NGHIEP-CONG',
    form: 'MASS_MEDIA',
    kind: 'PORTAL',
    title: `Những điểm mới của ${RESOLUTION}`,
    day: -25,
    link: `${SITE}/tin-tuc/nhung-diem-moi-nghi-quyet-trung-uong-2`,
    quantity: 1,
    status: 'SUBMITTED',
    links: [`${SITE}/tin-tuc/nhung-diem-moi-nghi-quyet-trung-uong-2`],
  },
  {
    unitCode: 'TT-DV-SU-NGHIEP-CONG',
    form: 'MASS_MEDIA',
    kind: 'PORTAL',
    title: 'Phường Hải An quán triệt, triển khai Nghị quyết đến cán bộ, đảng viên và Nhân dân',
    day: -12,
    link: `${SITE}/tin-tuc/quan-triet-trien-khai-nghi-quyet`,
    quantity: 1,
    status: 'SUBMITTED',
    links: [`${SITE}/tin-tuc/quan-triet-trien-khai-nghi-quyet`],
  },
  // Phòng Văn hóa - Xã hội: the ward's conference and the banners at its headquarters.
  {
    unitCode: 'PHONG-VHXH',
    form: 'ORAL',
    kind: 'CONFERENCE',
    title: `Hội nghị quán triệt, triển khai ${RESOLUTION}`,
    day: -26,
    location: 'Hội trường Ủy ban nhân dân phường',
    speaker: 'Đồng chí Bí thư Đảng ủy phường',
    attendeeCount: 135,
    notes: 'Thành phần: cán bộ, công chức phường, bí thư chi bộ, tổ trưởng tổ dân phố, hiệu trưởng các trường.',
    status: 'SUBMITTED',
  },
  {
    unitCode: 'PHONG-VHXH',
    form: 'VISUAL',
    kind: 'BANNER',
    title: 'Băng rôn tuyên truyền Nghị quyết tại trụ sở phường và trục đường Lê Hồng Phong',
    day: -24,
    location: 'Trụ sở Ủy ban nhân dân phường; đường Lê Hồng Phong',
    quantity: 6,
    status: 'SUBMITTED',
    photo: true,
  },
  // TDP 2 (roster: 40 households, 14 Party members).
  {
    unitCode: 'TDP-02',
    form: 'ORAL',
    kind: 'PARTY_CELL_MEETING',
    title: `Sinh hoạt chi bộ chuyên đề quán triệt ${RESOLUTION}`,
    day: -20,
    location: 'Nhà văn hóa tổ dân phố số 2',
    speaker: 'Bí thư chi bộ',
    attendeeCount: 13,
    audience: { kind: 'PARTY_MEMBERS', present: 13 },
    status: 'SUBMITTED',
  },
  {
    unitCode: 'TDP-02',
    form: 'ORAL',
    kind: 'TDP_MEETING',
    title: 'Họp tổ dân phố phổ biến nội dung cơ bản của Nghị quyết',
    day: -16,
    location: 'Nhà văn hóa tổ dân phố số 2',
    speaker: 'Báo cáo viên Đảng ủy phường',
    attendeeCount: 41,
    audience: { kind: 'HOUSEHOLDS', present: 35 },
    notes: '35 hộ có người dự họp; 6 người dân ở trọ dự thêm.',
    status: 'SUBMITTED',
  },
  ...[-18, -11, -4].map((day, i): DemoActivity => ({
    unitCode: 'TDP-02',
    form: 'CYBERSPACE',
    kind: 'ZALO',
    title: `Chia sẻ bài “Hỏi - đáp về Nghị quyết” kỳ ${i + 1} trên nhóm Zalo tổ dân phố`,
    day,
    link: `${SITE}/hoi-dap-nghi-quyet/ky-${i + 1}`,
    quantity: 1,
    status: 'SUBMITTED',
    links: [`${SITE}/hoi-dap-nghi-quyet/ky-${i + 1}`],
  })),
  {
    unitCode: 'TDP-02',
    form: 'VISUAL',
    kind: 'BANNER',
    title: 'Băng rôn tuyên truyền Nghị quyết tại nhà văn hóa và đầu ngõ 12 Văn Cao',
    day: -15,
    location: 'Nhà văn hóa tổ dân phố số 2; ngõ 12 Văn Cao',
    quantity: 2,
    status: 'SUBMITTED',
    photo: true,
  },
  {
    unitCode: 'TDP-02',
    form: 'CULTURAL',
    kind: 'PERFORMANCE',
    title: 'Giao lưu văn nghệ “Mừng Đảng, mừng Xuân” lồng ghép tuyên truyền Nghị quyết',
    day: -6,
    location: 'Sân nhà văn hóa tổ dân phố số 2',
    attendeeCount: 120,
    status: 'SUBMITTED',
  },
  // TDP 6 (roster: 105 households, 26 Party members).
  {
    unitCode: 'TDP-06',
    form: 'ORAL',
    kind: 'PARTY_CELL_MEETING',
    title: `Sinh hoạt chi bộ chuyên đề quán triệt ${RESOLUTION}`,
    day: -19,
    location: 'Nhà văn hóa tổ dân phố số 6',
    speaker: 'Bí thư chi bộ',
    attendeeCount: 24,
    audience: { kind: 'PARTY_MEMBERS', present: 24 },
    status: 'SUBMITTED',
  },
  {
    unitCode: 'TDP-06',
    form: 'ORAL',
    kind: 'TDP_MEETING',
    title: 'Họp tổ dân phố phổ biến Nghị quyết, lấy ý kiến về quy ước tổ dân phố',
    day: -13,
    location: 'Nhà văn hóa tổ dân phố số 6',
    speaker: 'Tổ trưởng tổ dân phố',
    attendeeCount: 88,
    audience: { kind: 'HOUSEHOLDS', present: 88 },
    status: 'SUBMITTED',
  },
  {
    unitCode: 'TDP-06',
    form: 'VISUAL',
    kind: 'PANEL',
    title: 'Pa nô tuyên truyền Nghị quyết tại ngã ba Cát Bi',
    day: -10,
    location: 'Ngã ba Cát Bi - ngõ 5 Cát Bi',
    quantity: 1,
    status: 'SUBMITTED',
    photo: true,
  },
  // TDP 8: one meeting counted, one sent back for correction, one draft.
  {
    unitCode: 'TDP-08',
    form: 'ORAL',
    kind: 'PARTY_CELL_MEETING',
    title: `Sinh hoạt chi bộ chuyên đề quán triệt ${RESOLUTION}`,
    day: -17,
    location: 'Nhà văn hóa tổ dân phố số 8',
    speaker: 'Bí thư chi bộ',
    attendeeCount: 15,
    audience: { kind: 'PARTY_MEMBERS', present: 15 },
    status: 'SUBMITTED',
  },
  {
    unitCode: 'TDP-08',
    form: 'ORAL',
    kind: 'TDP_MEETING',
    title: 'Họp tổ dân phố phổ biến Nghị quyết',
    day: -9,
    location: 'Nhà văn hóa tổ dân phố số 8',
    attendeeCount: 60,
    status: 'CORRECTION_REQUESTED',
    correctionReason:
      'Chưa đánh dấu các hộ có người dự họp theo danh sách hộ gia đình; đề nghị bổ sung để tính tỷ lệ hộ dự họp.',
  },
  {
    unitCode: 'TDP-08',
    form: 'VISUAL',
    kind: 'BANNER',
    title: 'Băng rôn tại nhà văn hóa tổ dân phố số 8',
    day: -2,
    location: 'Nhà văn hóa tổ dân phố số 8',
    quantity: 1,
    status: 'DRAFT',
  },
  // Schools.
  {
    unitCode: 'TH-HAI-AN',
    form: 'ORAL',
    kind: 'THEMATIC',
    title: `Sinh hoạt chuyên đề về ${RESOLUTION} cho cán bộ, giáo viên, nhân viên`,
    day: -22,
    location: 'Phòng họp Trường Tiểu học Hải An',
    speaker: 'Hiệu trưởng',
    attendeeCount: 38,
    audience: { kind: 'SCHOOL_STAFF', present: 38 },
    status: 'SUBMITTED',
  },
  {
    unitCode: 'TH-HAI-AN',
    form: 'EMULATION',
    kind: 'REGISTRATION',
    title: 'Đăng ký thi đua thực hiện Nghị quyết gắn với nhiệm vụ năm học',
    day: -21,
    quantity: 40,
    attendeeCount: 40,
    notes: '40/40 cán bộ, giáo viên, nhân viên ký bản đăng ký thi đua.',
    status: 'SUBMITTED',
  },
  {
    unitCode: 'THCS-HAI-AN',
    form: 'ORAL',
    kind: 'BRIEFING',
    title: 'Giao ban cơ quan quán triệt Nghị quyết và kế hoạch tuyên truyền của phường',
    day: -23,
    location: 'Phòng họp Trường THCS Hải An',
    speaker: 'Bí thư chi bộ nhà trường',
    attendeeCount: 42,
    audience: { kind: 'SCHOOL_STAFF', present: 42 },
    status: 'SUBMITTED',
  },
  {
    unitCode: 'THCS-HAI-AN',
    form: 'CYBERSPACE',
    kind: 'FACEBOOK',
    title: 'Bài “Học sinh THCS Hải An tìm hiểu Nghị quyết” trên trang Facebook của nhà trường',
    day: -8,
    link: `${SITE}/thcs/hoc-sinh-tim-hieu-nghi-quyet`,
    quantity: 1,
    status: 'SUBMITTED',
    links: [`${SITE}/thcs/hoc-sinh-tim-hieu-nghi-quyet`],
  },
  {
    unitCode: 'THCS-HAI-AN',
    form: 'CULTURAL',
    kind: 'CONTEST',
    title: 'Hội thi kể chuyện “Tuổi trẻ làm theo lời Bác” lồng ghép nội dung Nghị quyết',
    day: -5,
    location: 'Sân trường THCS Hải An',
    attendeeCount: 260,
    status: 'SUBMITTED',
  },
];

export interface DemoWardReport {
  unitCode: string;
  kind: WardReportKind;
  title: string;
  body: string;
  foundWhere?: string;
  link?: string;
  day: number;
  actionTaken?: string;
  status: WardReportStatus;
  reply?: string;
  replyDay?: number;
}

export const DEMO_WARD_REPORTS: readonly DemoWardReport[] = [
  {
    unitCode: 'TDP-06',
    kind: 'FALSE_INFORMATION',
    title: 'Bài đăng sai sự thật về việc sắp xếp tổ dân phố',
    body:
      'Một tài khoản cá nhân đăng bài cho rằng khi sắp xếp, sáp nhập tổ dân phố theo mô hình chính quyền địa ' +
      'phương hai cấp, các hộ gia đình sẽ phải làm lại toàn bộ giấy tờ nhà đất và nộp phí; bài đăng có nhiều ' +
      'lượt chia sẻ trong nhóm cư dân.',
    foundWhere: 'Nhóm Facebook “Cư dân Cát Bi”',
    link: 'https://www.facebook.com/groups/example-cu-dan-cat-bi/posts/0000000000',
    day: -14,
    actionTaken:
      'Tổ trưởng và bí thư chi bộ giải thích tại cuộc họp tổ dân phố ngày họp gần nhất; báo cáo Phòng Văn hóa - Xã hội ' +
      'và đề nghị quản trị viên nhóm gỡ bài.',
    status: 'RESOLVED',
    reply:
      'Phòng Văn hóa - Xã hội đã phối hợp Công an phường làm việc với người đăng; bài đã được gỡ. Trung tâm Dịch vụ ' +
      'sự nghiệp công đăng tin đính chính trên Cổng thông tin điện tử phường.',
    replyDay: -11,
  },
  {
    unitCode: 'TDP-08',
    kind: 'DIFFICULTY',
    title: 'Nhà văn hóa chưa có thiết bị trình chiếu tài liệu tuyên truyền',
    body:
      'Nhà văn hóa tổ dân phố số 8 chưa có loa và máy chiếu nên khó tổ chức họp tổ dân phố với tài liệu hình ảnh về ' +
      'Nghị quyết. Đề nghị phường hỗ trợ cho mượn thiết bị trong các buổi sinh hoạt.',
    day: -12,
    status: 'ANSWERED',
    reply:
      'Trung tâm Dịch vụ sự nghiệp công phường cho tổ dân phố mượn loa kéo và máy chiếu theo lịch đăng ký; tổ trưởng ' +
      'liên hệ Trung tâm trước buổi họp 2 ngày.',
    replyDay: -10,
  },
  {
    unitCode: 'TH-HAI-AN',
    kind: 'DIFFICULTY',
    title: 'Đề nghị tài liệu tuyên truyền Nghị quyết phù hợp với học sinh tiểu học',
    body:
      'Tài liệu hiện có dành cho cán bộ, đảng viên, khó sử dụng với học sinh tiểu học. Đề nghị phường cung cấp tài ' +
      'liệu hỏi - đáp ngắn gọn, có hình ảnh để lồng ghép trong giờ sinh hoạt dưới cờ.',
    day: -3,
    status: 'SENT',
  },
];
