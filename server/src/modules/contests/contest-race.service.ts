import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RaceSnapshot } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { ContestRaceBroadcaster } from './contest-race.broadcaster.js';
import { ContestsService } from './contests.service.js';

/** At most one snapshot per contest per this many ms (≤ 2 per second). */
const THROTTLE_MS = 500;

const FORMULA = 'Tỷ lệ tham gia = số người dự thi ÷ số đối tượng của đơn vị';

/**
 * The public unit participation race: distinct entrants per unit ÷ eligible
 * population, over the whole contest. While a round is frozen (and not yet
 * published), that round's submissions after the freeze are not shown — the board
 * stays as it was at the freeze — and no update is pushed.
 */
@Injectable()
export class ContestRaceService implements OnModuleDestroy {
  private readonly logger = new Logger(ContestRaceService.name);
  private readonly contestOfRound = new Map<string, { contestId: string; frozen: boolean; at: number }>();
  private readonly lastEmit = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly broadcaster: ContestRaceBroadcaster,
  ) {}

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  async snapshot(contestId: string): Promise<RaceSnapshot> {
    const contest = await this.contests.get(contestId);
    const units = await this.contests.unitOptions(contest);
    const rows: { unit_id: string; entrants: number }[] = await this.dataSource.query(
      `SELECT e.unit_id, count(DISTINCT e.id)::int AS entrants
         FROM attempt a JOIN entrant e ON e.id = a.entrant_id JOIN contest_round r ON r.id = a.round_id
        WHERE r.contest_id = $1 AND a.submitted_at IS NOT NULL AND e.disqualified_at IS NULL
          AND NOT (r.frozen_at IS NOT NULL AND r.published_at IS NULL AND a.submitted_at > r.frozen_at)
        GROUP BY e.unit_id`,
      [contestId],
    );
    const entrants = new Map(rows.map((r) => [r.unit_id, r.entrants]));
    const current = await this.contests.currentRound(contestId);
    const list = units
      .filter((u) => u.eligiblePopulation > 0 || entrants.has(u.id))
      .map((u) => {
        const count = entrants.get(u.id) ?? 0;
        return {
          unitId: u.id,
          unitName: u.name,
          entrants: count,
          eligiblePopulation: u.eligiblePopulation,
          participationRate: u.eligiblePopulation > 0 ? count / u.eligiblePopulation : 0,
          rank: 0,
        };
      })
      .sort((a, b) => b.participationRate - a.participationRate || b.entrants - a.entrants);
    list.forEach((row, i) => {
      const previous = list[i - 1];
      row.rank = previous && previous.participationRate === row.participationRate ? previous.rank : i + 1;
    });
    return {
      contestId,
      title: contest.title,
      formula: FORMULA,
      frozen: Boolean(current?.frozenAt && !current.publishedAt),
      totalEntrants: rows.reduce((sum, r) => sum + r.entrants, 0),
      units: list,
      at: Date.now(),
    };
  }

  /** A submission (or close) in a round: push a snapshot soon, unless that round's board is frozen. */
  roundChanged(roundId: string): void {
    this.contestForRound(roundId).then(
      (info) => {
        if (info && !info.frozen) this.contestChanged(info.contestId);
      },
      (error: unknown) => this.logger.error(`Race update failed: ${String(error)}`),
    );
  }

  /** Pushes a snapshot now or, within THROTTLE_MS of the last one, once the window ends. */
  contestChanged(contestId: string): void {
    if (this.timers.has(contestId)) return;
    const wait = Math.max(0, (this.lastEmit.get(contestId) ?? 0) + THROTTLE_MS - Date.now());
    const timer = setTimeout(() => {
      this.timers.delete(contestId);
      this.lastEmit.set(contestId, Date.now());
      this.snapshot(contestId).then(
        (snapshot) => this.broadcaster.emitRace(snapshot),
        (error: unknown) => this.logger.error(`Race snapshot failed: ${String(error)}`),
      );
    }, wait);
    timer.unref();
    this.timers.set(contestId, timer);
  }

  /** Forgets cached round states (after a freeze or a publication). */
  roundStateChanged(roundId: string, contestId: string): void {
    this.contestOfRound.delete(roundId);
    this.contestChanged(contestId);
  }

  private async contestForRound(roundId: string): Promise<{ contestId: string; frozen: boolean } | null> {
    const cached = this.contestOfRound.get(roundId);
    if (cached && Date.now() - cached.at < 5_000) return cached;
    const rows: { contest_id: string; frozen: boolean }[] = await this.dataSource.query(
      'SELECT contest_id, (frozen_at IS NOT NULL AND published_at IS NULL) AS frozen FROM contest_round WHERE id = $1',
      [roundId],
    );
    if (!rows[0]) return null;
    const info = { contestId: rows[0].contest_id, frozen: rows[0].frozen, at: Date.now() };
    this.contestOfRound.set(roundId, info);
    return info;
  }
}
