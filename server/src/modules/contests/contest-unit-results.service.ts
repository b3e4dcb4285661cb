import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ComputedMetric,
  contestParticipationFormula,
  ParticipationAct,
  unitResults,
  type ParticipantRecord,
  type UnitEntrantScore,
  type UnitPrizeWon,
  type UnitResult,
} from '@thidua/shared';
import type { DataSource } from 'typeorm';
import type { SourceParticipants } from '../campaigns/computed-source.registry.js';
import { ContestsService, type UnitOption } from './contests.service.js';
import type { Contest } from './entities/contest.entity.js';

export interface UnitRow extends UnitResult {
  unitName: string;
  unitCode: string;
  populationKind: string;
  populationSource: 'ROSTER' | 'DECLARED';
  /** averageScore ÷ max score of an attempt (0..1). */
  averageScoreShare: number;
}

/** An entrant's counting attempt, as the unit rows read it. */
export interface UnitCountedAttempt extends UnitEntrantScore {
  maxScore: number;
}

/**
 * A contest's unit figures, all through the shared participation(): the unit rows of
 * the results, the race's figures, the participation formula boards show, and the
 * CONTEST source of computed campaign indicators (participants / metrics).
 * Disqualified entrants are left out of all of them.
 */
@Injectable()
export class ContestUnitResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
  ) {}

  /** The formula boards show: the act, verified persons, and the kind divided by. */
  async formula(contest: Contest): Promise<string> {
    const label = contest.populationKind
      ? ((await this.contests.kindLabels()).get(contest.populationKind) ?? null)
      : null;
    return contestParticipationFormula(contest.participationBasis, label);
  }

  /**
   * Unit figures of a set of participants (one per entrant) through the shared
   * participation(): each eligible unit counts its own entrants and its sub-units'
   * (its population is its subtree's too). Units without a population or anyone
   * taking part are left out.
   */
  async unitFigures(
    contest: Contest,
    scores: readonly UnitEntrantScore[],
    prizesWon: readonly UnitPrizeWon[],
  ): Promise<{ options: Map<string, UnitOption>; rows: UnitResult[] }> {
    const options = await this.contests.unitOptions(contest);
    const byId = new Map(options.map((u) => [u.id, u]));
    const chain = (unitId: string) => {
      const out: string[] = [];
      for (let id: string | null = unitId; id && byId.has(id) && !out.includes(id); id = byId.get(id)!.parentId)
        out.push(id);
      return out;
    };
    const expanded = scores.flatMap((s) => chain(s.unitId).map((unitId) => ({ ...s, unitId })));
    const prizes = prizesWon.flatMap((p) => chain(p.unitId).map((unitId) => ({ ...p, unitId })));
    const present = new Set(expanded.map((s) => s.unitId));
    const units = options.filter((u) => u.population.size > 0 || present.has(u.id));
    const rows = unitResults(
      units.map((u) => ({
        unitId: u.id,
        population: {
          kind: u.population.kind,
          size: u.population.size,
          source: u.population.source,
          declared: u.population.declared,
        },
      })),
      expanded,
      prizes,
      contest.unitPrize,
      contest.participationBasis,
    );
    return { options: byId, rows };
  }

  /**
   * Each eligible unit's own figures (its own entrants only, through the shared
   * participation(): verified roster persons of its kind; unverified counted apart),
   * for the race board to roll up into parents.
   */
  async ownFigures(
    contest: Contest,
    scores: readonly UnitEntrantScore[],
  ): Promise<{ options: UnitOption[]; rows: Map<string, UnitResult> }> {
    const options = await this.contests.unitOptions(contest);
    const rows = unitResults(
      options.map((u) => ({ unitId: u.id, population: { ...u.population } })),
      scores,
      [],
      contest.unitPrize,
      contest.participationBasis,
    );
    return { options, rows: new Map(rows.map((r) => [r.unitId, r])) };
  }

  /** The unit rows of the results: unit figures with names, codes and the score share. */
  async unitRows(
    contest: Contest,
    counting: readonly UnitCountedAttempt[],
    prizesWon: UnitPrizeWon[],
  ): Promise<UnitRow[]> {
    const { options, rows } = await this.unitFigures(
      contest,
      counting.map((c) => ({
        unitId: c.unitId,
        entrantId: c.entrantId,
        personId: c.personId,
        personKind: c.personKind,
        score: c.score,
      })),
      prizesWon,
    );
    const maxScore = Math.max(1, ...counting.map((c) => c.maxScore));
    return rows.map((r) => ({
      ...r,
      unitName: options.get(r.unitId)!.name,
      unitCode: options.get(r.unitId)!.code,
      populationKind: r.participation.kind,
      populationSource: r.participation.populationSource,
      averageScoreShare: r.averageScore / maxScore,
    }));
  }

  /**
   * The campaign's computed-indicator source (ComputedSourceRegistry contract), over
   * the whole contest, each asked unit together with its sub-units:
   * PARTICIPATION_RATE → the number of distinct verified entrants (the campaign divides
   * by the population; it prefers `participants()`, which applies the one definition);
   * AVERAGE_SCORE → the mean of each verified entrant's best score ÷ max, 0..1. Entrants
   * known only by phone count in neither (except for contests counted before rosters).
   */
  async unitMetrics(
    contestId: string,
    unitIds: readonly string[],
    metric: ComputedMetric,
  ): Promise<Map<string, number>> {
    if (unitIds.length === 0) return new Map();
    const rows: { unit_id: string; entrants: number; average: number | null }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id AS root, id FROM unit WHERE id = ANY($2::uuid[])
         UNION SELECT tree.root, u.id FROM unit u JOIN tree ON u.parent_id = tree.id
       ), best AS (
         SELECT e.id AS entrant_id, e.unit_id, max(a.score::float / NULLIF(a.max_score, 0)) AS share
           FROM attempt a JOIN entrant e ON e.id = a.entrant_id
           JOIN contest c ON c.id = e.contest_id
          WHERE e.contest_id = $1 AND a.submitted_at IS NOT NULL AND e.disqualified_at IS NULL
            AND (e.person_id IS NOT NULL OR c.participation_basis = 'BEFORE_ROSTERS')
          GROUP BY e.id, e.unit_id
       )
       SELECT tree.root AS unit_id, count(best.entrant_id)::int AS entrants, avg(best.share) AS average
         FROM tree JOIN best ON best.unit_id = tree.id GROUP BY tree.root`,
      [contestId, unitIds],
    );
    return new Map(
      rows.map((r) => [r.unit_id, metric === ComputedMetric.PARTICIPATION_RATE ? r.entrants : Number(r.average ?? 0)]),
    );
  }

  /**
   * The CONTEST computed source's participants (ComputedSourceRegistry contract): per
   * asked unit with its sub-units, the entrants with a submitted attempt (not
   * disqualified), each with their roster person — the campaign applies participation().
   */
  async participants(contestId: string, unitIds: readonly string[]): Promise<SourceParticipants> {
    const contest = await this.contests.get(contestId);
    const byUnit = new Map<string, ParticipantRecord[]>(unitIds.map((id) => [id, []]));
    if (unitIds.length > 0) {
      const rows: { root: string; entrant_id: string; person_id: string | null; person_kind: string | null }[] =
        await this.dataSource.query(
          `WITH RECURSIVE tree AS (
             SELECT id AS root, id FROM unit WHERE id = ANY($2::uuid[])
             UNION SELECT tree.root, u.id FROM unit u JOIN tree ON u.parent_id = tree.id
           )
           SELECT tree.root, e.id AS entrant_id, e.person_id, p.kind AS person_kind
             FROM entrant e JOIN tree ON tree.id = e.unit_id LEFT JOIN person p ON p.id = e.person_id
            WHERE e.contest_id = $1 AND e.disqualified_at IS NULL
              AND EXISTS (SELECT 1 FROM attempt a WHERE a.entrant_id = e.id AND a.submitted_at IS NOT NULL)`,
          [contestId, unitIds],
        );
      for (const r of rows)
        byUnit.get(r.root)?.push({ id: r.entrant_id, personId: r.person_id, personKind: r.person_kind });
    }
    return { act: ParticipationAct.SUBMITTED, basis: contest.participationBasis, byUnit };
  }

  async exists(contestId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM contest WHERE id = $1', [contestId]);
    return rows.length > 0;
  }
}
