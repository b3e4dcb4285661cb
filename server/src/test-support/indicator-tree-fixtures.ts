import type { ScoreContext } from '@thidua/shared';

/**
 * Scoring tables for the import tests, as rows of the ward layout (STT | Nội dung tiêu chí |
 * Điểm chuẩn | Cách tính | Minh chứng yêu cầu | Loại tiêu chí | Chỉ tiêu / ngưỡng | Điểm mỗi
 * lần | Bước điểm | Đối tượng | So sánh | Bắt buộc minh chứng), with the codes they give and
 * sample values with the points the table's own rules give.
 */
export interface TreeFixture {
  name: string;
  totalPoints: number;
  rows: readonly (readonly string[])[];
  /** "code|number" of every saved indicator, depth-first. */
  codes: readonly string[];
  samples: readonly { code: string; value: number; context?: ScoreContext; points: number | string }[];
  /** RELATIVE_TO_BEST scored over a block: actual values and points by unit. */
  relative?: readonly { code: string; values: Record<string, number>; points: Record<string, number> }[];
}

/** Part of a province's "tổ dân phố văn hóa" appendix: criteria numbered afresh in each standard. */
const TDP: TreeFixture = {
  name: 'Tổ dân phố văn hóa (phụ lục)',
  totalPoints: 100,
  rows: [
    ['I', 'Đời sống kinh tế ổn định và từng bước phát triển', '30', '', '', 'Nhóm'],
    [
      '1',
      'Có từ 85 % hộ gia đình trở lên đạt danh hiệu "Gia đình văn hóa"',
      '4',
      'Đạt từ 85 % trở lên: 4 điểm; dưới 85 %: 0 điểm',
      'Danh sách hộ gia đình văn hóa',
      'Ngưỡng',
      '85',
      '',
      '',
      '',
      '≥',
      'Có',
    ],
    [
      '2',
      'Tỷ lệ hộ nghèo không cao hơn tỷ lệ chung của phường',
      '6',
      '',
      'Số liệu rà soát',
      'So với tỷ lệ của phường',
      '2,5',
      '',
      '',
      'Hộ gia đình',
      '≤',
    ],
    ['3', 'Có mô hình phát triển kinh tế', '20', '', '', '', '', '', '0,5'],
    ['II', 'Đời sống văn hóa, tinh thần lành mạnh, phong phú', '70', '', '', 'Nhóm'],
    ['1', 'Có quy ước, hương ước được thông qua', '40', '', 'Quy ước', 'Có/Không', '', '', '', '', '', 'Có'],
    [
      '2',
      'Hộ gia đình tham gia sinh hoạt cộng đồng',
      '30',
      '≥ 90 %: 30 điểm; 70 % – dưới 90 %: 15 điểm',
      '',
      'Ngưỡng',
      '90:30; 70:15',
    ],
    ['3', 'Vi phạm trật tự, an toàn xã hội', '10', 'Trừ 2 điểm/vụ, tối đa trừ 10 điểm', '', 'Điểm trừ', '', '2'],
    ['', 'Tổng cộng', '100'],
  ],
  codes: ['I|I', 'I.1|1', 'I.2|2', 'I.3|3', 'II|II', 'II.1|1', 'II.2|2', 'II.3|3'],
  samples: [
    // The issue: TARGET gave 3.76 of 4 at 80 %.
    { code: 'I.1', value: 80, points: 0 },
    { code: 'I.1', value: 85, points: 4 },
    { code: 'I.2', value: 2, points: 6 },
    { code: 'I.2', value: 3.1, points: 0 },
    { code: 'I.3', value: 12.5, points: 12.5 },
    { code: 'II.2', value: 75, points: 15 },
    { code: 'II.2', value: 95, points: 30 },
    { code: 'II.2', value: 60, points: 0 },
    // −2 per occurrence, capped at −10: occurrences, not points.
    { code: 'II.3', value: 3, points: -6 },
    { code: 'II.3', value: 7, points: -10 },
  ],
};

/** Part of a police cluster's 1,000-point scale: against target, relative to the block's best. */
const CLUSTER: TreeFixture = {
  name: 'Cụm thi đua công an (1.000 điểm)',
  totalPoints: 1000,
  rows: [
    ['I', 'Kết quả thực hiện chỉ tiêu', '600', '', '', 'Nhóm'],
    [
      '1',
      'Tỷ lệ điều tra, khám phá án',
      '200',
      'Dưới chỉ tiêu: 0,5 × 200 × thực tế ÷ chỉ tiêu; đạt: 100; cao nhất cụm: 200',
      '',
      'So với đơn vị dẫn đầu',
      '100',
    ],
    ['2', 'Thu hồi vũ khí, vật liệu nổ', '400', '', '', 'So với đơn vị dẫn đầu', '50'],
    ['II', 'Xây dựng lực lượng', '400', '', '', 'Nhóm'],
    ['1', 'Công tác chính trị, tư tưởng', '300', '', '', 'Nhóm'],
    ['1.1', 'Quán triệt nghị quyết', '150', '', '', 'Chấm điểm', '', '', '5'],
    ['1.2', 'Sinh hoạt chi bộ', '150', '', '', 'Có/Không'],
    ['2', 'Đề xuất sáng kiến', '100', 'Mỗi sáng kiến 20 điểm', '', 'Đếm', '', '20'],
    ['3', 'Được khen thưởng đột xuất', '50', 'Mỗi lần 10 điểm, tối đa 50', '', 'Điểm thưởng', '', '10'],
  ],
  codes: ['I|I', 'I.1|1', 'I.2|2', 'II|II', 'II.1|1', 'II.1.1|1.1', 'II.1.2|1.2', 'II.2|2', 'II.3|3'],
  samples: [
    // The issue: TARGET gave 200/200 at target.
    { code: 'I.1', value: 100, points: 100 },
    { code: 'II.1.1', value: 145, points: 145 },
    { code: 'II.1.1', value: 142, points: 'NOT_ON_STEP' },
    { code: 'II.2', value: 3, points: 60 },
    { code: 'II.3', value: 7, points: 50 },
  ],
  relative: [
    {
      code: 'I.1',
      values: { A: 80, B: 100, C: 125, D: 150 },
      points: { A: 80, B: 100, C: 150, D: 200 },
    },
  ],
};

export const TREE_FIXTURES: readonly TreeFixture[] = [TDP, CLUSTER];
