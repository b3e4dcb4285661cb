import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_UNIT_PRIZE, PredictionKind } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { ContestsService } from './contests.service.js';
import { Contest } from './entities/contest.entity.js';

const DEMO_RESOLUTION_CODE = 'NQ-TW2-XIV';
const DEMO_TITLE = 'Cuộc thi trắc nghiệm trực tuyến tìm hiểu Nghị quyết Hội nghị Trung ương 2 khóa XIV';
/** Section key → questions drawn from it (10 per attempt). */
const DEMO_DRAW: readonly [string, number][] = [
  ['MO_DAU', 1],
  ['I.1', 1],
  ['I.2', 1],
  ['II.1', 2],
  ['II.2', 2],
  ['II.3', 1],
  ['III.2', 1],
  ['V.5', 1],
];
const WEEK_MS = 7 * 24 * 3600 * 1000;

const DEMO_RULES = `Thể lệ (bản minh họa)
1. Đối tượng: cán bộ, đảng viên, học sinh và Nhân dân trên địa bàn phường Hải An.
2. Mỗi lượt thi gồm 10 câu hỏi chọn ngẫu nhiên từ ngân hàng câu hỏi, làm trong 10 phút; mỗi tuần là một đợt thi, mỗi người được thi tối đa 3 lượt mỗi đợt, lượt có kết quả cao nhất được tính.
3. Câu hỏi dự đoán: số người tham gia đợt thi.
4. Xếp giải theo thứ tự: điểm cao hơn; dự đoán gần đúng hơn; thời gian làm bài ngắn hơn; nộp bài sớm hơn.
5. Số điện thoại dùng để nhận diện người dự thi và liên hệ trao giải; chỉ hiển thị dạng che (09•••••123).`;

/**
 * The demo contest: the demo resolution's sections, weekly rounds around today
 * (last week, this week, the next two), prediction of participants, OPEN. Idempotent:
 * nothing happens when a demo contest exists or when the demo content is missing.
 */
@Injectable()
export class ContestSeeder {
  private readonly logger = new Logger(ContestSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
  ) {}

  async seedDemoContest(now = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['contest.demo']);
      if (await manager.existsBy(Contest, { isDemo: true })) return false;
      const sections: { key: string; id: string }[] = await manager.query(
        `SELECT s.key, s.id FROM resolution_section s JOIN resolution r ON r.id = s.resolution_id WHERE r.code = $1`,
        [DEMO_RESOLUTION_CODE],
      );
      const sectionId = new Map(sections.map((s) => [s.key, s.id]));
      if (DEMO_DRAW.some(([key]) => !sectionId.has(key))) {
        this.logger.warn(`No demo contest: the demo content (${DEMO_RESOLUTION_CODE}) is not loaded`);
        return false;
      }
      // Monday 00:00 (server time) of the current week; rounds from last week to two weeks ahead.
      const monday = new Date(now);
      monday.setHours(0, 0, 0, 0);
      monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
      const rounds = [-1, 0, 1, 2].map((week, i) => ({
        name: `Đợt ${i + 1}`,
        startsAt: new Date(monday.getTime() + week * WEEK_MS),
        endsAt: new Date(monday.getTime() + (week + 1) * WEEK_MS),
      }));
      const contest = await this.contests.createIn(
        manager,
        null,
        {
          title: DEMO_TITLE,
          rulesText: DEMO_RULES,
          drawRules: DEMO_DRAW.map(([key, count]) => ({ sectionId: sectionId.get(key)!, count })),
          timeLimitSeconds: 600,
          attemptsPerRound: 3,
          predictionKind: PredictionKind.PARTICIPANTS,
          unitPrize: DEFAULT_UNIT_PRIZE,
          rounds,
        },
        { isDemo: true, open: true },
      );
      this.logger.log(`Loaded the demo contest ${contest.id} with ${rounds.length} weekly rounds`);
      return true;
    });
  }
}
