import type { CommendationFormDefinition } from './form-rules.js';

/**
 * The ward's default catalogue of commendation forms (hình thức khen thưởng, danh hiệu thi
 * đua) after the 2025 two-level local government reform: what the ward chairman confers
 * and what the ward proposes upward. It is seeded once into `commendation_form` and then
 * edited by the admin: texts change and some figures are not confirmed by a primary text
 * (the council's approval thresholds, the TTLĐXS quota), so every rule here is data.
 *
 * Checked against: Luật Thi đua, khen thưởng số 06/2022/QH15 (Điều 23 "Chiến sĩ thi đua
 * cơ sở", Điều 24 "Lao động tiên tiến", Điều 27–28 the collective titles, Điều 74 giấy
 * khen, Điều 80 authority), Nghị định 86/2023/NĐ-CP ("Gia đình văn hóa", "Thôn, tổ dân phố
 * văn hóa") and the press reports of Nghị định 129/2025/NĐ-CP on powers at ward level.
 */
const LAW = 'Luật Thi đua, khen thưởng năm 2022';
const REFORM = 'thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã theo Nghị định số 129/2025/NĐ-CP';
/** Written once without its capital, since it also continues a sentence; "Đảng" and "Nhà nước" keep theirs. */
const COMPLY_CLAUSE = 'chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước';
const COMPLY = `C${COMPLY_CLAUSE.slice(1)}`;
const NO_DISCIPLINE = 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên';

const base = {
  legalBasis: '',
  unitKinds: [],
  quotaPercent: null,
  quotaOfFormCode: null,
  quotaMinimum: 1,
  postingDays: 10,
  approvalPercent: 70,
  secretBallot: false,
  certificateHeading: '',
  active: true,
} satisfies Partial<CommendationFormDefinition>;

export const WARD_COMMENDATION_FORMS: readonly CommendationFormDefinition[] = [
  {
    ...base,
    code: 'GIAY_KHEN_TAP_THE',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
    recipientKind: 'COLLECTIVE',
    authority: 'CONFER',
    period: 'THEMATIC',
    legalBasis: `Điều 74, Điều 80 ${LAW}; ${REFORM}. Dùng khi sơ kết, tổng kết phong trào thi đua theo chuyên đề.`,
    conditions: [
      { id: 'c1', kind: 'MIN_TOTAL', label: 'Đạt từ 90 điểm trở lên theo thang điểm của phong trào', value: 90 },
      { id: 'c2', kind: 'CONFIRMED', label: COMPLY, evidenceRequired: false },
    ],
    certificateHeading: 'GIẤY KHEN',
    position: 10,
  },
  {
    ...base,
    code: 'GIAY_KHEN_CA_NHAN',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
    recipientKind: 'INDIVIDUAL',
    authority: 'CONFER',
    period: 'THEMATIC',
    legalBasis: `Điều 74, Điều 80 ${LAW}; ${REFORM}. Dùng khi sơ kết, tổng kết phong trào thi đua theo chuyên đề.`,
    conditions: [
      { id: 'c1', kind: 'CONFIRMED', label: COMPLY, evidenceRequired: false },
      {
        id: 'c2',
        kind: 'CONFIRMED',
        label: 'Có thành tích tiêu biểu trong phong trào thi đua, được tập thể ghi nhận',
        evidenceRequired: true,
      },
    ],
    certificateHeading: 'GIẤY KHEN',
    position: 20,
  },
  {
    ...base,
    code: 'LAO_DONG_TIEN_TIEN',
    name: 'Danh hiệu “Lao động tiên tiến”',
    recipientKind: 'INDIVIDUAL',
    authority: 'CONFER',
    period: 'ANNUAL',
    legalBasis: `Điều 24, Điều 80 ${LAW}; ${REFORM}. Xét tặng hằng năm, không giới hạn tỷ lệ.`,
    conditions: [
      { id: 'c1', kind: 'CONFIRMED', label: 'Hoàn thành tốt nhiệm vụ được giao', evidenceRequired: false },
      { id: 'c2', kind: 'CONFIRMED', label: COMPLY, evidenceRequired: false },
    ],
    postingDays: 0,
    certificateHeading: 'GIẤY CHỨNG NHẬN',
    position: 30,
  },
  {
    ...base,
    code: 'CHIEN_SI_THI_DUA_CO_SO',
    name: 'Danh hiệu “Chiến sĩ thi đua cơ sở”',
    recipientKind: 'INDIVIDUAL',
    authority: 'CONFER',
    period: 'ANNUAL',
    legalBasis: `Điều 23, Điều 80 ${LAW}; ${REFORM}. Hội đồng bỏ phiếu kín; ngưỡng tán thành là số liệu đơn vị tự cấu hình.`,
    conditions: [
      {
        id: 'c1',
        kind: 'CONFIRMED',
        label:
          'Đạt danh hiệu “Lao động tiên tiến” và có sáng kiến (hoặc đề tài, giải pháp) được cơ sở công nhận áp dụng hiệu quả',
        evidenceRequired: true,
      },
    ],
    secretBallot: true,
    certificateHeading: 'GIẤY CHỨNG NHẬN',
    position: 40,
  },
  {
    ...base,
    code: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    name: 'Danh hiệu “Tập thể lao động tiên tiến”',
    recipientKind: 'COLLECTIVE',
    authority: 'CONFER',
    period: 'ANNUAL',
    legalBasis: `Điều 28, Điều 80 ${LAW}; ${REFORM}. Ở trường học, thành viên là cán bộ - giáo viên - nhân viên (SCHOOL_STAFF).`,
    conditions: [
      {
        id: 'c1',
        kind: 'CONFIRMED',
        label:
          'Hoàn thành tốt nhiệm vụ và kế hoạch được giao; có phong trào thi đua thường xuyên, thiết thực, hiệu quả',
        evidenceRequired: false,
      },
      {
        id: 'c2',
        kind: 'MEMBER_SHARE',
        label: 'Có trên 50% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến”',
        value: 50,
        formCode: 'LAO_DONG_TIEN_TIEN',
        populationKind: 'CIVIL_SERVANTS',
        strict: true,
      },
      { id: 'c3', kind: 'CONFIRMED', label: NO_DISCIPLINE, evidenceRequired: true },
      { id: 'c4', kind: 'CONFIRMED', label: `Nội bộ đoàn kết, ${COMPLY_CLAUSE}`, evidenceRequired: false },
    ],
    certificateHeading: 'GIẤY CHỨNG NHẬN',
    position: 50,
  },
  {
    ...base,
    code: 'TO_DAN_PHO_VAN_HOA',
    name: 'Danh hiệu “Tổ dân phố văn hóa”',
    recipientKind: 'COLLECTIVE',
    authority: 'CONFER',
    period: 'ANNUAL',
    legalBasis:
      `Nghị định số 86/2023/NĐ-CP (khung tiêu chuẩn, trình tự xét tặng); ${LAW}; ${REFORM}. ` +
      'Thang điểm 100, niêm yết công khai 10 ngày; ngưỡng điểm theo quy định của tỉnh.',
    conditions: [
      { id: 'c1', kind: 'MIN_TOTAL', label: 'Tổng điểm đạt từ 90 điểm trở lên', value: 90 },
      { id: 'c2', kind: 'GROUP_FLOOR', label: 'Mỗi tiêu chuẩn đạt từ 50% số điểm tối đa trở lên', value: 50 },
    ],
    unitKinds: ['NEIGHBORHOOD_GROUP'],
    postingDays: 10,
    certificateHeading: 'GIẤY CÔNG NHẬN',
    position: 60,
  },
  {
    ...base,
    code: 'GIA_DINH_VAN_HOA',
    name: 'Danh hiệu “Gia đình văn hóa”',
    recipientKind: 'INDIVIDUAL',
    authority: 'CONFER',
    period: 'ANNUAL',
    legalBasis: `Nghị định số 86/2023/NĐ-CP; ${LAW}; ${REFORM}. Người nhận là hộ gia đình, ghi theo tên chủ hộ.`,
    conditions: [
      {
        id: 'c1',
        kind: 'CONFIRMED',
        label: 'Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước, quy ước của tổ dân phố',
        evidenceRequired: false,
      },
      {
        id: 'c2',
        kind: 'CONFIRMED',
        label: 'Gia đình hạnh phúc, tiến bộ, tương trợ giúp đỡ mọi người trong cộng đồng',
        evidenceRequired: false,
      },
    ],
    certificateHeading: 'GIẤY CÔNG NHẬN',
    position: 70,
  },
  {
    ...base,
    code: 'TAP_THE_LAO_DONG_XUAT_SAC',
    name: 'Danh hiệu “Tập thể lao động xuất sắc”',
    recipientKind: 'COLLECTIVE',
    authority: 'PROPOSE_UPWARD',
    period: 'ANNUAL',
    legalBasis:
      `Điều 27 ${LAW}: phường đề nghị cấp trên xét tặng. ` +
      'Tỷ lệ (không quá 20% số tập thể đạt “Tập thể lao động tiên tiến”, tối thiểu 1) và ngưỡng tán thành 90% là số liệu chưa đối chiếu văn bản gốc.',
    conditions: [
      {
        id: 'c1',
        kind: 'CONFIRMED',
        label: 'Hoàn thành xuất sắc nhiệm vụ; 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao',
        evidenceRequired: true,
      },
      {
        id: 'c2',
        kind: 'MEMBER_SHARE',
        label: 'Có ít nhất 70% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến”',
        value: 70,
        formCode: 'LAO_DONG_TIEN_TIEN',
        populationKind: 'CIVIL_SERVANTS',
        strict: false,
      },
      {
        id: 'c3',
        kind: 'CONFIRMED',
        label: 'Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”',
        evidenceRequired: true,
      },
      { id: 'c4', kind: 'CONFIRMED', label: NO_DISCIPLINE, evidenceRequired: true },
    ],
    quotaPercent: 20,
    quotaOfFormCode: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    quotaMinimum: 1,
    postingDays: 0,
    approvalPercent: 90,
    secretBallot: true,
    position: 80,
  },
  {
    ...base,
    code: 'BANG_KHEN_CHU_TICH_TINH',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    recipientKind: 'COLLECTIVE',
    authority: 'PROPOSE_UPWARD',
    period: 'ANNUAL',
    legalBasis: `${LAW}: phường đề nghị Chủ tịch Ủy ban nhân dân tỉnh xét tặng.`,
    conditions: [
      {
        id: 'c1',
        kind: 'CONFIRMED',
        label: 'Có thành tích xuất sắc được bình xét trong phong trào thi đua',
        evidenceRequired: true,
      },
      { id: 'c2', kind: 'CONFIRMED', label: NO_DISCIPLINE, evidenceRequired: true },
    ],
    postingDays: 0,
    approvalPercent: 90,
    secretBallot: true,
    position: 90,
  },
  {
    ...base,
    code: 'CO_THI_DUA_TINH',
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    recipientKind: 'COLLECTIVE',
    authority: 'PROPOSE_UPWARD',
    period: 'ANNUAL',
    legalBasis: `Điều 26 ${LAW}: phường đề nghị cấp tỉnh xét tặng.`,
    conditions: [
      {
        id: 'c1',
        kind: 'CONFIRMED',
        label: 'Hoàn thành xuất sắc, toàn diện nhiệm vụ; là tập thể tiêu biểu xuất sắc của khối thi đua',
        evidenceRequired: true,
      },
      { id: 'c2', kind: 'MAX_RANK', label: 'Dẫn đầu khối thi đua', value: 1 },
      { id: 'c3', kind: 'CONFIRMED', label: NO_DISCIPLINE, evidenceRequired: true },
    ],
    postingDays: 0,
    approvalPercent: 90,
    secretBallot: true,
    position: 100,
  },
];
