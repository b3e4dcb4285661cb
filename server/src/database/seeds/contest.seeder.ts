import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_UNIT_PRIZE, IdentityMode, PredictionKind } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { ResolutionsService } from '../../modules/content/resolutions.service.js';
import { ContestsService } from '../../modules/contests/contests.service.js';
import { Contest } from '../../modules/contests/entities/contest.entity.js';
import {
  DEMO_CONTEST_ATTEMPTS_PER_ROUND,
  DEMO_CONTEST_DRAW,
  DEMO_CONTEST_RESOLUTION_CODE,
  DEMO_CONTEST_ROUND_WEEKS,
  DEMO_CONTEST_RULES,
  DEMO_CONTEST_TIME_LIMIT_SECONDS,
  DEMO_CONTEST_SLUG,
  DEMO_CONTEST_TITLE,
} from './demo-contest.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * The demo contest (demo-contest.ts): the demo resolution's sections, weekly rounds
 * around today, prediction of participants, OPEN: the sections are read through
 * ResolutionsService and the contest is created through ContestsService.
 * Idempotent: nothing happens when a demo contest exists or when the demo content is missing.
 */
@Injectable()
export class ContestSeeder {
  private readonly logger = new Logger(ContestSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolutions: ResolutionsService,
    private readonly contests: ContestsService,
  ) {}

  async seedDemoContest(now = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['contest.demo']);
      if (await manager.existsBy(Contest, { isDemo: true })) return false;
      const resolution = (await this.resolutions.listResolutions()).find(
        (r) => r.code === DEMO_CONTEST_RESOLUTION_CODE,
      );
      const sectionId = new Map(resolution?.sections.map((s) => [s.key, s.id]));
      if (DEMO_CONTEST_DRAW.some(([key]) => !sectionId.has(key))) {
        this.logger.warn(`No demo contest: the demo content (${DEMO_CONTEST_RESOLUTION_CODE}) is not loaded`);
        return false;
      }
      // Monday 00:00 (server time) of the current week; rounds from last week to two weeks ahead.
      const monday = new Date(now);
      monday.setHours(0, 0, 0, 0);
      monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
      const rounds = DEMO_CONTEST_ROUND_WEEKS.map((week, i) => ({
        name: `Đợt ${i + 1}`,
        startsAt: new Date(monday.getTime() + week * WEEK_MS),
        endsAt: new Date(monday.getTime() + (week + 1) * WEEK_MS),
      }));
      const slugTaken = await manager.existsBy(Contest, { slug: DEMO_CONTEST_SLUG });
      const contest = await this.contests.createIn(
        manager,
        null,
        {
          title: DEMO_CONTEST_TITLE,
          // The short link, unless a contest of the staff already has it (then one from the title).
          ...(slugTaken ? {} : { slug: DEMO_CONTEST_SLUG }),
          rulesText: DEMO_CONTEST_RULES,
          drawRules: DEMO_CONTEST_DRAW.map(([key, count]) => ({ sectionId: sectionId.get(key)!, count })),
          timeLimitSeconds: DEMO_CONTEST_TIME_LIMIT_SECONDS,
          attemptsPerRound: DEMO_CONTEST_ATTEMPTS_PER_ROUND,
          predictionKind: PredictionKind.PARTICIPANTS,
          unitPrize: DEFAULT_UNIT_PRIZE,
          // As it is meant to be used: the roster way first (only verified people count for a
          // unit), the phone way still open to guests. No population kind: the demo contest is
          // for every unit (pupils, staff, residents), each divided by its own main kind.
          identityMode: IdentityMode.ROSTER_PREFERRED,
          rounds,
        },
        { isDemo: true, open: true },
      );
      this.logger.log(`Loaded the demo contest ${contest.id} with ${rounds.length} weekly rounds`);
      return true;
    });
  }
}
