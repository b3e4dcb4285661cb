import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { raceRows, type RaceSnapshot, type RaceUnitRow } from '@thidua/shared';
import { ContestUnitResultsService } from './contest-unit-results.service.js';
import type { DataSource } from 'typeorm';
import { ContestRaceBroadcaster } from './contest-race.broadcaster.js';
import { ContestsService } from './contests.service.js';

/** At most one snapshot per contest per this many ms (≤ 2 per second). */
const THROTTLE_MS = 500;

/**
 * The public unit participation race over the whole contest, through the shared
 * participation(): distinct verified roster persons of each unit ÷ its population of
 * the contest's kind; a parent (ward, block) rolls up its descendants' entrants and its
 * children's populations (shared raceRows), and each level is ranked on its own;
 * unverified entrants are shown apart and never counted. While a round is frozen (and not yet
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
    private readonly units: ContestUnitResultsService,
  ) {}

  onModuleDestroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
  }

  async snapshot(contestId: string): Promise<RaceSnapshot> {
    // The race screen is anonymous: a draft is not found, as an unknown id.
    const contest = await this.contests.visibleContest(contestId, undefined);
    const rows: { entrant_id: string; unit_id: string; person_id: string | null; person_kind: string | null }[] =
      await this.dataSource.query(
        `SELECT DISTINCT e.id AS entrant_id, e.unit_id, e.person_id, p.kind AS person_kind
           FROM attempt a JOIN entrant e ON e.id = a.entrant_id JOIN contest_round r ON r.id = a.round_id
           LEFT JOIN person p ON p.id = e.person_id
          WHERE r.contest_id = $1 AND a.submitted_at IS NOT NULL AND e.disqualified_at IS NULL
            AND NOT (r.frozen_at IS NOT NULL AND r.published_at IS NULL AND a.submitted_at > r.frozen_at)`,
        [contestId],
      );
    const { options, rows: own } = await this.units.ownFigures(
      contest,
      rows.map((r) => ({
        unitId: r.unit_id,
        entrantId: r.entrant_id,
        personId: r.person_id,
        personKind: r.person_kind,
        score: 0,
      })),
    );
    const byId = new Map(options.map((u) => [u.id, u]));
    const rolled = raceRows(
      options.map((u) => ({
        unitId: u.id,
        parentId: u.parentId,
        level: u.kind,
        entrants: own.get(u.id)?.entrants ?? 0,
        unverified: own.get(u.id)?.unverified ?? 0,
        population: own.get(u.id)?.eligiblePopulation ?? 0,
      })),
    );
    const list: RaceUnitRow[] = rolled.map((r) => {
      const unit = byId.get(r.unitId)!;
      return {
        ...r,
        unitName: unit.name,
        populationKind: unit.population.kind,
        populationSource: own.get(r.unitId)?.participation.populationSource ?? unit.population.source,
      };
    });
    const current = await this.contests.currentRound(contestId);
    const verified = rows.filter((r) => r.person_id !== null).length;
    return {
      contestId,
      title: contest.title,
      formula: await this.units.formula(contest),
      frozen: Boolean(current?.frozenAt && !current.publishedAt),
      totalEntrants: verified,
      totalUnverified: rows.length - verified,
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
