import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assignPrizes,
  ComputedMetric,
  countingAttemptOf,
  gradeAnswer,
  PredictionKind,
  rankByChain,
  unitResults,
  type AnswerResponse,
  type PrizeTier,
  type RankingCriterion,
  type UnitResult,
} from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { ContestQuestionBank } from './contest-question-bank.js';
import { ContestsError } from './contests.errors.js';
import { ContestsService } from './contests.service.js';
import type { AttemptQuestion } from './entities/attempt.entity.js';
import type { Contest } from './entities/contest.entity.js';

/** A submitted attempt with its entrant, as results read it. */
export interface ScoredAttempt {
  attemptId: string;
  entrantId: string;
  fullName: string;
  birthYear: number;
  unitId: string;
  unitName: string;
  phoneMasked: string;
  roundId: string;
  score: number;
  maxScore: number;
  correctCount: number;
  durationMs: number;
  submittedAt: number;
  prediction: number | null;
  autoClosed: boolean;
  flagged: boolean;
}

export interface IndividualRow extends ScoredAttempt {
  rank: number;
  predictionDistance: number | null;
  decidedBy: RankingCriterion | null;
  attemptsUsed: number;
  prize: string | null;
}

export interface WinnerRow {
  rank: number;
  prize: string;
  entrantId: string;
  fullName: string;
  unitName: string;
  /** The criterion that put this winner ahead of the next entrant; null when nobody follows or they tie. */
  decidedAgainstNext: RankingCriterion | null;
  /** The values behind that criterion, e.g. "score 9000 > 8000". */
  evidence: string;
}

export interface UnitRow extends UnitResult {
  unitName: string;
  unitCode: string;
  /** averageScore ÷ max score of an attempt (0..1). */
  averageScoreShare: number;
}

export interface QuestionStat {
  versionId: string;
  prompt: string;
  sectionTitle: string | null;
  asked: number;
  answered: number;
  /** Mean credit (0..1) over the times it was asked. */
  correctShare: number;
}

export interface ContestResults {
  contest: Contest;
  roundId: string | null;
  roundName: string | null;
  predictionKind: Contest['predictionKind'];
  /** The number predictions are compared with; null without a prediction question. */
  actual: number | null;
  rankingChain: RankingCriterion[];
  totalEntrants: number;
  totalAttempts: number;
  individuals: IndividualRow[];
  winners: WinnerRow[];
  units: UnitRow[];
}

/**
 * Rankings, winners with tie-break evidence, unit results (participation per
 * eligible person), per-question statistics and the metrics the campaign reads.
 * Disqualified entrants (a flag resolved as DISQUALIFIED) are left out of all of them.
 */
@Injectable()
export class ContestResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly bank: ContestQuestionBank,
  ) {}

  async results(contestId: string, roundId: string | null): Promise<ContestResults> {
    const contest = await this.contests.get(contestId);
    const round = roundId ? await this.contests.round(roundId) : null;
    if (round && round.contestId !== contest.id)
      throw new ContestsError('ROUND_NOT_FOUND', 'No such round in this contest');
    const attempts = await this.scoredAttempts(contest.id, roundId);
    const byEntrant = groupBy(attempts, (a) => a.entrantId);
    const actual = actualFor(contest, byEntrant);

    const counting = [...byEntrant.values()].map((list) => ({
      ...countingAttemptOf(list, contest.countingAttempt, contest.rankingChain, actual)!,
      attemptsUsed: list.length,
    }));
    const ranked = rankByChain(counting, contest.rankingChain, actual);
    const prizes = assignPrizes(ranked, contest.unitPrize.prizeTiers);
    const prizeOf = new Map(prizes.map((p) => [p.row.entry.entrantId, p.tier]));
    const individuals: IndividualRow[] = ranked.map((r) => ({
      ...r.entry,
      rank: r.rank,
      predictionDistance: r.predictionDistance,
      decidedBy: r.decidedBy,
      prize: prizeOf.get(r.entry.entrantId)?.label ?? null,
    }));
    const winners: WinnerRow[] = prizes.map(({ row, tier }) => {
      const index = ranked.indexOf(row);
      const next = ranked[index + 1];
      return {
        rank: row.rank,
        prize: tier.label,
        entrantId: row.entry.entrantId,
        fullName: row.entry.fullName,
        unitName: row.entry.unitName,
        decidedAgainstNext: next?.decidedBy ?? null,
        evidence: next ? evidenceOf(next.decidedBy, row.entry, next.entry, actual) : 'no one ranks below',
      };
    });

    const units = await this.unitRows(
      contest,
      counting,
      prizes.map((p) => ({ unitId: p.row.entry.unitId, tier: p.tier })),
    );
    return {
      contest,
      roundId: round?.id ?? null,
      roundName: round?.name ?? null,
      predictionKind: contest.predictionKind,
      actual,
      rankingChain: contest.rankingChain,
      totalEntrants: byEntrant.size,
      totalAttempts: attempts.length,
      individuals,
      winners,
      units,
    };
  }

  /** Per question version asked in the scope: how often asked, answered and the mean credit. */
  async questionStats(contestId: string, roundId: string | null): Promise<QuestionStat[]> {
    const rows: { questions: AttemptQuestion[]; answers: { index: number; response: AnswerResponse }[] | null }[] =
      await this.dataSource.query(
        `SELECT a.questions,
                (SELECT json_agg(json_build_object('index', aa.index, 'response', aa.response))
                   FROM attempt_answer aa WHERE aa.attempt_id = a.id) AS answers
           FROM attempt a JOIN contest_round r ON r.id = a.round_id JOIN entrant e ON e.id = a.entrant_id
          WHERE r.contest_id = $1 AND ($2::uuid IS NULL OR a.round_id = $2)
            AND a.submitted_at IS NOT NULL AND e.disqualified_at IS NULL`,
        [contestId, roundId],
      );
    const versions = await this.bank.get([...new Set(rows.flatMap((r) => r.questions.map((q) => q.versionId)))]);
    const stats = new Map<string, { asked: number; answered: number; credit: number }>();
    for (const row of rows) {
      const answers = new Map((row.answers ?? []).map((a) => [a.index, a.response]));
      row.questions.forEach((q, index) => {
        const version = versions.get(q.versionId);
        if (!version) return;
        const s = stats.get(q.versionId) ?? { asked: 0, answered: 0, credit: 0 };
        s.asked += 1;
        const response = answers.get(index);
        if (response) {
          s.answered += 1;
          s.credit += gradeAnswer(version.answerKey, response);
        }
        stats.set(q.versionId, s);
      });
    }
    return [...stats.entries()]
      .map(([versionId, s]) => ({
        versionId,
        prompt: versions.get(versionId)!.prompt,
        sectionTitle: versions.get(versionId)!.sectionTitle,
        asked: s.asked,
        answered: s.answered,
        correctShare: s.asked > 0 ? s.credit / s.asked : 0,
      }))
      .sort((a, b) => a.correctShare - b.correctShare);
  }

  /**
   * The campaign's computed-indicator source (ComputedSourceRegistry contract), over
   * the whole contest, each asked unit together with its sub-units:
   * PARTICIPATION_RATE → the number of distinct entrants (the campaign divides by the
   * population); AVERAGE_SCORE → the mean of each entrant's best score ÷ max, 0..1.
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
          WHERE e.contest_id = $1 AND a.submitted_at IS NOT NULL AND e.disqualified_at IS NULL
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

  // ---------- internals ----------

  private async scoredAttempts(contestId: string, roundId: string | null): Promise<ScoredAttempt[]> {
    const rows: {
      attempt_id: string;
      entrant_id: string;
      full_name: string;
      birth_year: number;
      unit_id: string;
      unit_name: string;
      phone_masked: string;
      round_id: string;
      score: number;
      max_score: number;
      correct_count: number;
      duration_ms: number;
      submitted_at: Date;
      prediction: number | null;
      auto_closed: boolean;
      flagged: boolean;
    }[] = await this.dataSource.query(
      `SELECT a.id AS attempt_id, e.id AS entrant_id, e.full_name, e.birth_year, e.unit_id, u.name AS unit_name,
              e.phone_masked, a.round_id, a.score, a.max_score, a.correct_count, a.duration_ms, a.submitted_at,
              a.prediction, a.auto_closed,
              EXISTS (SELECT 1 FROM contest_flag f WHERE f.entrant_id = e.id AND f.resolution IS NULL) AS flagged
         FROM attempt a JOIN entrant e ON e.id = a.entrant_id JOIN unit u ON u.id = e.unit_id
         JOIN contest_round r ON r.id = a.round_id
        WHERE r.contest_id = $1 AND ($2::uuid IS NULL OR a.round_id = $2)
          AND a.submitted_at IS NOT NULL AND e.disqualified_at IS NULL`,
      [contestId, roundId],
    );
    return rows.map((r) => ({
      attemptId: r.attempt_id,
      entrantId: r.entrant_id,
      fullName: r.full_name,
      birthYear: r.birth_year,
      unitId: r.unit_id,
      unitName: r.unit_name,
      phoneMasked: r.phone_masked,
      roundId: r.round_id,
      score: r.score,
      maxScore: r.max_score,
      correctCount: r.correct_count,
      durationMs: r.duration_ms,
      submittedAt: r.submitted_at.getTime(),
      prediction: r.prediction,
      autoClosed: r.auto_closed,
      flagged: r.flagged,
    }));
  }

  private async unitRows(
    contest: Contest,
    counting: readonly ScoredAttempt[],
    prizesWon: { unitId: string; tier: PrizeTier }[],
  ): Promise<UnitRow[]> {
    const options = await this.contests.unitOptions(contest);
    const withEntrants = new Set(counting.map((c) => c.unitId));
    const units = options.filter((u) => u.eligiblePopulation > 0 || withEntrants.has(u.id));
    const byId = new Map(units.map((u) => [u.id, u]));
    const rows = unitResults(
      units.map((u) => ({ unitId: u.id, eligiblePopulation: u.eligiblePopulation })),
      counting.map((c) => ({ unitId: c.unitId, entrantId: c.entrantId, score: c.score })),
      prizesWon,
      contest.unitPrize,
    );
    const maxScore = Math.max(1, ...counting.map((c) => c.maxScore));
    return rows.map((r) => ({
      ...r,
      unitName: byId.get(r.unitId)!.name,
      unitCode: byId.get(r.unitId)!.code,
      averageScoreShare: r.averageScore / maxScore,
    }));
  }
}

/** The actual number for the prediction: participants, or entrants whose counting attempt is perfect. */
function actualFor(contest: Contest, byEntrant: Map<string, ScoredAttempt[]>): number | null {
  switch (contest.predictionKind) {
    case PredictionKind.NONE:
      return null;
    case PredictionKind.PARTICIPANTS:
      return byEntrant.size;
    case PredictionKind.PERFECT_SCORES:
      return [...byEntrant.values()].filter((list) => {
        const counted =
          contest.countingAttempt === 'LAST'
            ? list.reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a))
            : list.reduce((a, b) => (b.score > a.score ? b : a));
        return counted.score === counted.maxScore;
      }).length;
  }
}

function evidenceOf(
  criterion: RankingCriterion | null,
  a: ScoredAttempt,
  b: ScoredAttempt,
  actual: number | null,
): string {
  const distance = (x: ScoredAttempt) =>
    x.prediction === null || actual === null ? 'none' : Math.abs(x.prediction - actual);
  switch (criterion) {
    case null:
      return 'tied on every criterion';
    case 'SCORE':
      return `score ${a.score} > ${b.score}`;
    case 'PREDICTION':
      return `|prediction − ${actual ?? '?'}|: ${distance(a)} < ${distance(b)} (predicted ${a.prediction ?? '–'} vs ${b.prediction ?? '–'})`;
    case 'DURATION':
      return `duration ${(a.durationMs / 1000).toFixed(1)} s < ${(b.durationMs / 1000).toFixed(1)} s`;
    case 'SUBMITTED_AT':
      return `submitted ${new Date(a.submittedAt).toISOString()} before ${new Date(b.submittedAt).toISOString()}`;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
