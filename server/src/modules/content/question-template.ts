import type { QuestionFileRow } from './question-file.js';

/**
 * Example rows of the downloadable import template: one per question type, each
 * answerable from the ward's propagation plan (Kế hoạch tuyên truyền Nghị quyết Hội nghị
 * lần thứ hai BCH TW khóa XIV, UBND phường Hải An), with the section numbering of that plan.
 * sectionId is unused in a file (the "Mục" column is the section key).
 */
export const QUESTION_TEMPLATE_ROWS: QuestionFileRow[] = [
  {
    key: 'MAU-01',
    sectionKey: 'II.3',
    content: {
      type: 'SINGLE_CHOICE',
      prompt: 'Theo Kế hoạch, chiến lược bảo vệ Tổ quốc được tuyên truyền với phương châm nào?',
      options: ['"Từ sớm, từ xa"', '"Bốn kiên định"', '"Dân biết, dân bàn"', '"Tinh gọn, hiệu lực, hiệu quả"'],
      correct: [0],
      numeric: null,
      explanation:
        'Mục II.3: "Tuyên truyền về chiến lược bảo vệ Tổ quốc "từ sớm, từ xa", xây dựng "thế trận lòng dân" vững chắc..."',
      sectionId: null,
      difficulty: 'EASY',
      tags: ['quốc phòng', 'an ninh'],
      timeLimitSeconds: 20,
      doublePoints: false,
    },
  },
  {
    key: 'MAU-02',
    sectionKey: 'III.2',
    content: {
      type: 'MULTIPLE_SELECT',
      prompt: 'Những nền tảng mạng xã hội nào được Kế hoạch nêu tên để tuyên truyền trên không gian mạng?',
      options: ['Facebook', 'Zalo', 'YouTube', 'Báo in'],
      correct: [0, 1, 2],
      numeric: null,
      explanation: 'Mục III.2: "các nền tảng mạng xã hội (Facebook, Zalo, YouTube...)".',
      sectionId: null,
      difficulty: 'MEDIUM',
      tags: ['hình thức tuyên truyền'],
      timeLimitSeconds: 30,
      doublePoints: false,
    },
  },
  {
    key: 'MAU-03',
    sectionKey: 'IV',
    content: {
      type: 'TRUE_FALSE',
      prompt: 'Kinh phí thực hiện Kế hoạch lấy từ nguồn ngân sách phường hằng năm.',
      options: ['Đúng', 'Sai'],
      correct: [0],
      numeric: null,
      explanation: 'Mục IV: "Từ nguồn ngân sách phường hằng năm."',
      sectionId: null,
      difficulty: 'EASY',
      tags: ['kinh phí'],
      timeLimitSeconds: 15,
      doublePoints: false,
    },
  },
  {
    key: 'MAU-04',
    sectionKey: 'II',
    content: {
      type: 'ORDERING',
      prompt: 'Sắp xếp các nhóm nội dung tuyên truyền theo đúng thứ tự trong mục II của Kế hoạch.',
      options: [
        'Về xây dựng Đảng và hệ thống chính trị',
        'Về phát triển kinh tế - xã hội',
        'Về quốc phòng, an ninh và đối ngoại',
      ],
      correct: [0, 1, 2],
      numeric: null,
      explanation:
        'Mục II gồm: 1. Về xây dựng Đảng và hệ thống chính trị; 2. Về phát triển kinh tế - xã hội; 3. Về quốc phòng, an ninh và đối ngoại.',
      sectionId: null,
      difficulty: 'MEDIUM',
      tags: ['nội dung tuyên truyền'],
      timeLimitSeconds: 40,
      doublePoints: false,
    },
  },
  {
    key: 'MAU-05',
    sectionKey: 'III',
    content: {
      type: 'NUMERIC',
      prompt: 'Mục III của Kế hoạch nêu bao nhiêu hình thức tuyên truyền?',
      options: [],
      correct: [],
      numeric: { answer: 6, tolerance: 0, unit: 'hình thức' },
      explanation:
        'Mục III liệt kê 6 hình thức, từ "1. Tuyên truyền trên các phương tiện thông tin đại chúng" đến "6. Phong trào thi đua yêu nước".',
      sectionId: null,
      difficulty: 'HARD',
      tags: ['hình thức tuyên truyền'],
      timeLimitSeconds: 30,
      doublePoints: true,
    },
  },
];
