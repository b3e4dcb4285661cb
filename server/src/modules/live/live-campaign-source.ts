import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ComputedMetric,
  ComputedSourceKind,
  ParticipationAct,
  ParticipationBasis,
  questionPoints,
  type ParticipantRecord,
  streakBonusPoints,
  type LiveGameSettings,
} from '@thidua/shared';
import { DataSource } from 'typeorm';
import { ComputedSourceRegistry, type SourceParticipants } from '../campaigns/computed-source.registry.js';

/**
 * The LIVE_GAME source of computed campaign indicators (ComputedSourceRegistry
 * contract), registered when the campaigns module is loaded (looked up globally,
 * so neither module imports the other).
 *
 * A game's *participants* are its players (not removed by the host) with at least
 * one stored answer: joining and leaving without answering is not taking part.
 * Each asked unit counts the players of its whole subtree, so a school's figure
 * includes the players who chose one of its classes.
 *
 * - PARTICIPATION_RATE → the number of distinct participants per unit (the
 *   campaign divides by the unit's eligible population, caps at 1).
 * - AVERAGE_SCORE → the mean of the unit's participants' totals ÷ the game's
 *   maximum possible score, a 0..1 share (as the CONTEST source gives the mean
 *   best score ÷ the attempt's maximum). The maximum is what a player answering
 *   every asked question correctly at t = 0 would score: the sum of the points of
 *   the questions that were shown (a game the host ended early is measured on what
 *   was asked), plus the largest streak bonus when the game has it on.
 */
@Injectable()
export class LiveCampaignSource implements OnModuleInit {
  private readonly logger = new Logger(LiveCampaignSource.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    let registry: ComputedSourceRegistry | undefined;
    try {
      registry = this.moduleRef.get(ComputedSourceRegistry, { strict: false });
    } catch {
      this.logger.debug?.('No campaigns module: the LIVE_GAME computed source is not registered');
      return;
    }
    if (!registry) return;
    registry.register({
      kind: ComputedSourceKind.LIVE_GAME,
      fetch: (gameId, unitIds, metric) => this.unitMetrics(gameId, unitIds, metric),
      participants: (gameId, unitIds) => this.participants(gameId, unitIds),
      exists: (gameId) => this.exists(gameId),
    });
  }

  async exists(gameId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM live_game WHERE id = $1', [gameId]);
    return rows.length > 0;
  }

  /**
   * Per asked unit (with its sub-units): the game's participants as the shared
   * `participation()` counts them (act ANSWERED, the game's basis): players not removed
   * with at least one stored answer, each with the roster person they were verified as
   * (null: a guest, who never counts in a VERIFIED game). The game's own unit board
   * (shared `rankUnits`) counts the same players, so a campaign indicator bound to the
   * game gives the board's figure.
   */
  async participants(gameId: string, unitIds: readonly string[]): Promise<SourceParticipants> {
    const [game]: { participation_basis: ParticipationBasis }[] = await this.dataSource.query(
      'SELECT participation_basis FROM live_game WHERE id = $1',
      [gameId],
    );
    const byUnit = new Map<string, ParticipantRecord[]>(unitIds.map((id) => [id, []]));
    const basis = game?.participation_basis ?? ParticipationBasis.VERIFIED;
    if (!game || unitIds.length === 0) return { act: ParticipationAct.ANSWERED, basis, byUnit };
    const rows: { unit_id: string; id: string; person_id: string | null; person_kind: string | null }[] =
      await this.dataSource.query(
        `WITH RECURSIVE tree AS (
           SELECT id AS root, id FROM unit WHERE id = ANY($2::uuid[])
           UNION SELECT tree.root, u.id FROM unit u JOIN tree ON u.parent_id = tree.id
         )
         SELECT tree.root AS unit_id, p.id, p.person_id, pe.kind AS person_kind
           FROM live_player p JOIN tree ON tree.id = p.unit_id
           LEFT JOIN person pe ON pe.id = p.person_id
          WHERE p.game_id = $1 AND p.removed_at IS NULL
            AND EXISTS (SELECT 1 FROM live_answer a WHERE a.player_id = p.id)`,
        [gameId, unitIds],
      );
    for (const r of rows) byUnit.get(r.unit_id)?.push({ id: r.id, personId: r.person_id, personKind: r.person_kind });
    return { act: ParticipationAct.ANSWERED, basis, byUnit };
  }

  /** Per asked unit (with its sub-units): distinct participants, or their mean total ÷ the maximum. */
  async unitMetrics(gameId: string, unitIds: readonly string[], metric: ComputedMetric): Promise<Map<string, number>> {
    if (unitIds.length === 0) return new Map();
    const rows: { unit_id: string; participants: number; average: number | null }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id AS root, id FROM unit WHERE id = ANY($2::uuid[])
         UNION SELECT tree.root, u.id FROM unit u JOIN tree ON u.parent_id = tree.id
       ), participant AS (
         SELECT p.id, p.unit_id, p.score FROM live_player p
          WHERE p.game_id = $1 AND p.removed_at IS NULL
            AND EXISTS (SELECT 1 FROM live_answer a WHERE a.player_id = p.id)
       )
       SELECT tree.root AS unit_id, count(DISTINCT participant.id)::int AS participants,
              avg(participant.score)::float8 AS average
         FROM tree JOIN participant ON participant.unit_id = tree.id GROUP BY tree.root`,
      [gameId, unitIds],
    );
    if (metric === ComputedMetric.PARTICIPATION_RATE) return new Map(rows.map((r) => [r.unit_id, r.participants]));
    const max = await this.maxScore(gameId);
    return new Map(rows.map((r) => [r.unit_id, max > 0 ? Math.min(1, Math.max(0, Number(r.average ?? 0) / max)) : 0]));
  }

  /** The most points one player could have scored over the game's shown questions. */
  async maxScore(gameId: string): Promise<number> {
    const [game]: { settings: LiveGameSettings }[] = await this.dataSource.query(
      'SELECT settings FROM live_game WHERE id = $1',
      [gameId],
    );
    if (!game) return 0;
    const questions: { double_points: boolean }[] = await this.dataSource.query(
      `SELECT v.double_points FROM live_game_question q JOIN question_version v ON v.id = q.question_version_id
        WHERE q.game_id = $1 AND q.shown_at IS NOT NULL ORDER BY q.index`,
      [gameId],
    );
    return questions.reduce(
      (sum, q, position) =>
        sum + questionPoints(q.double_points) + (game.settings.streakBonus ? streakBonusPoints(position) : 0),
      0,
    );
  }
}
