/**
 * The demo online contest (cuộc thi trắc nghiệm trực tuyến), as plain data, over the
 * demo content pack (demo-content.ts): its sections, the draw per attempt and the
 * rules text. The weekly rounds are placed around the day it is loaded (contest.seeder.ts).
 */

import { DEMO_RESOLUTION } from './demo-content.js';

/** The demo content pack's resolution, whose sections the contest draws from. */
export const DEMO_CONTEST_RESOLUTION_CODE = DEMO_RESOLUTION.code;

export const DEMO_CONTEST_TITLE = 'Cuộc thi trắc nghiệm trực tuyến tìm hiểu Nghị quyết Hội nghị Trung ương 2 khóa XIV';
/** Its short link /c/<slug>: the one made from the long title is too long to read aloud or print. */
export const DEMO_CONTEST_SLUG = 'tim-hieu-nq-tw2';

/** Section key → questions drawn from it (10 per attempt). */
export const DEMO_CONTEST_DRAW: readonly [string, number][] = [
  ['MO_DAU', 1],
  ['I.1', 1],
  ['I.2', 1],
  ['II.1', 2],
  ['II.2', 2],
  ['II.3', 1],
  ['III.2', 1],
  ['V.5', 1],
];

/** Weekly rounds, in weeks from the current week's Monday: last week, this week, the next two. */
export const DEMO_CONTEST_ROUND_WEEKS: readonly number[] = [-1, 0, 1, 2];

export const DEMO_CONTEST_TIME_LIMIT_SECONDS = 600;
export const DEMO_CONTEST_ATTEMPTS_PER_ROUND = 3;

export const DEMO_CONTEST_RULES = `Thể lệ (bản minh họa)
1. Đối tượng: cán bộ, đảng viên, học sinh và Nhân dân trên địa bàn phường Hải An.
2. Mỗi lượt thi gồm 10 câu hỏi chọn ngẫu nhiên từ ngân hàng câu hỏi, làm trong 10 phút; mỗi tuần là một đợt thi, mỗi người được thi tối đa 3 lượt mỗi đợt, lượt có kết quả cao nhất được tính.
3. Câu hỏi dự đoán: số người tham gia đợt thi.
4. Xếp giải theo thứ tự: điểm cao hơn; dự đoán gần đúng hơn; thời gian làm bài ngắn hơn; nộp bài sớm hơn.
5. Số điện thoại dùng để nhận diện người dự thi và liên hệ trao giải; chỉ hiển thị dạng che (09•••••123).`;
