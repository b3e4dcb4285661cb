import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assignPrizes,
  compareByChain,
  countingAttemptOf,
  gradeAnswer,
  IdentityMode,
  PredictionKind,
  rankByChain,
  type AnswerResponse,
  type RankingCriterion,
} from '@thidua/shared';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { DataAuditEvent } from '../../common/audit/data-audit-event.entity.js';
import { PhoneVault } from '../people/phone-vault.js';
import { Entrant } from './entities/entrant.entity.js';
import { ContestQuestionBank } from './contest-question-bank.js';
import { ContestsError } from './contests.errors.js';
import { ContestsService } from './contests.service.js';
import { ContestUnitResultsService, type UnitRow } from './contest-unit-results.service.js';
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
  /** The roster person (verified entrant); null for an entrant known only by phone. */
  personId: string | null;
  personKind: string | null;
  /** Whether the encrypted number is kept (a winner's phone can be revealed to an admin). */
  phoneKept: boolean;
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
  /** Identified from the roster. Unverified entrants are shown; in roster contests they take no prize. */
  verified: boolean;
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
  verified: boolean;
  phoneMasked: string;
  phoneKept: boolean;
  /** The criterion that put this winner ahead of the next entrant; null when nobody follows or they tie. */
  decidedAgainstNext: RankingCriterion | null;
  /** The values behind that criterion, e.g. "score 9000 > 8000". */
  evidence: string;
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
  /** Entrants identified from a roster; the others are unverified (never counted for a unit). */
  verifiedEntrants: number;
  unverifiedEntrants: number;
  /** How unit participation is computed, as shown on boards and exports. */
  participationFormula: string;
  participationBasis: Contest['participationBasis'];
  identityMode: Contest['identityMode'];
  totalAttempts: number;
  individuals: IndividualRow[];
  winners: WinnerRow[];
  units: UnitRow[];
}

/**
 * Rankings, winners with tie-break evidence, the results' unit rows (computed by
 * ContestUnitResultsService), per-question statistics and the winner's phone reveal.
 * Disqualified entrants (a flag resolved as DISQUALIFIED) are left out of all of them.
 */
@Injectable()
export class ContestResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly bank: ContestQuestionBank,
    private readonly vault: PhoneVault,
    private readonly unitFigures: ContestUnitResultsService,
  ) {}

  async results(contestId: string, roundId: string | null): Promise<ContestResults> {
    const contest = await this.contests.get(contestId);
    const round = roundId ? await this.contests.round(roundId) : null;
    if (round && round.contestId !== contest.id)
      throw new ContestsError('ROUND_NOT_FOUND', 'No such round in this contest');
    const attempts = await this.scoredAttempts(contest.id, roundId);
    const byEntrant = groupBy(attempts, (a) => a.entrantId);
    // In roster contests, only verified entrants take individual prizes, and an unverified
    // entrant neither moves the prediction's actual number nor wins by a prediction.
    const rosterContest = contest.identityMode !== IdentityMode.OPEN;
    const counts = (a: ScoredAttempt) => !rosterContest || a.personId !== null;
    const actual = actualFor(contest, new Map([...byEntrant].filter(([, list]) => counts(list[0]))));

    const counting = [...byEntrant.values()].map((list) => ({
      ...countingAttemptOf(list, contest.countingAttempt, contest.rankingChain, actual)!,
      attemptsUsed: list.length,
    }));
    const ranked = rankByChain(
      counting.map((c) => (counts(c) ? c : { ...c, prediction: null })),
      contest.rankingChain,
      actual,
    );
    const awardable = ranked.filter((r) => counts(r.entry));
    const prizes = assignPrizes(awardable, contest.unitPrize.prizeTiers);
    const prizeOf = new Map(prizes.map((p) => [p.row.entry.entrantId, p.tier]));
    const shown = new Map(counting.map((c) => [c.attemptId, c]));
    const individuals: IndividualRow[] = ranked.map((r) => ({
      ...r.entry,
      prediction: shown.get(r.entry.attemptId)?.prediction ?? r.entry.prediction,
      verified: r.entry.personId !== null,
      rank: r.rank,
      predictionDistance: r.predictionDistance,
      decidedBy: r.decidedBy,
      prize: prizeOf.get(r.entry.entrantId)?.label ?? null,
    }));
    const winners: WinnerRow[] = prizes.map(({ row, tier }) => {
      const index = awardable.indexOf(row);
      const next = awardable[index + 1];
      const decidedBy = next ? compareDecided(row.entry, next.entry, contest.rankingChain, actual) : null;
      return {
        rank: row.rank,
        prize: tier.label,
        entrantId: row.entry.entrantId,
        fullName: row.entry.fullName,
        unitName: row.entry.unitName,
        verified: row.entry.personId !== null,
        phoneMasked: row.entry.phoneMasked,
        phoneKept: row.entry.phoneKept,
        decidedAgainstNext: decidedBy,
        evidence: next ? evidenceOf(decidedBy, row.entry, next.entry, actual) : 'no one ranks below',
      };
    });

    const units = await this.unitFigures.unitRows(
      contest,
      counting,
      prizes.map((p) => ({ unitId: p.row.entry.unitId, personId: p.row.entry.personId, tier: p.tier })),
    );
    const verifiedEntrants = counting.filter((c) => c.personId !== null).length;
    return {
      contest,
      roundId: round?.id ?? null,
      roundName: round?.name ?? null,
      predictionKind: contest.predictionKind,
      actual,
      rankingChain: contest.rankingChain,
      totalEntrants: byEntrant.size,
      verifiedEntrants,
      unverifiedEntrants: byEntrant.size - verifiedEntrants,
      participationFormula: await this.unitFigures.formula(contest),
      participationBasis: contest.participationBasis,
      identityMode: contest.identityMode,
      totalAttempts: attempts.length,
      individuals,
      winners,
      units,
    };
  }

  /**
   * ADMIN only: the phone number of a prize winner (whole contest or a round), so the
   * organiser can call them; audited (PHONE_REVEALED) in the same transaction.
   */
  async revealWinnerPhone(actor: AuthUser, entrantId: string): Promise<string> {
    const entrant = await this.dataSource.getRepository(Entrant).findOneBy({ id: entrantId });
    if (!entrant) throw new ContestsError('ENTRANT_NOT_FOUND', 'No such entrant');
    const scopes = [null, ...(await this.contests.rounds(entrant.contestId)).map((r) => r.id)];
    let winner = false;
    for (const roundId of scopes) {
      const { winners } = await this.results(entrant.contestId, roundId);
      if (winners.some((w) => w.entrantId === entrantId)) {
        winner = true;
        break;
      }
    }
    if (!winner) throw new ContestsError('NOT_A_WINNER', 'Only a prize winner’s phone number can be revealed');
    const phone = entrant.phoneCiphertext ? this.vault.open(entrant.phoneCiphertext) : null;
    if (!phone)
      throw new ContestsError(
        'PHONE_NOT_KEPT',
        'This entrant’s number was kept only as a hash (registered before phones were encrypted); it cannot be shown',
      );
    await this.dataSource.transaction(async (manager) => {
      await manager.save(
        manager.create(DataAuditEvent, {
          actorId: actor.id,
          action: 'PHONE_REVEALED',
          subjectType: 'ENTRANT',
          subjectId: entrant.id,
          unitId: entrant.unitId,
          details: { contestId: entrant.contestId, phoneMasked: entrant.phoneMasked, reason: 'PRIZE_WINNER' },
        }),
      );
    });
    return phone;
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
  // ---------- internals ----------

  private async scoredAttempts(contestId: string, roundId: string | null): Promise<ScoredAttempt[]> {
    const rows: {
      attempt_id: string;
      entrant_id: string;
      full_name: string;
      birth_year: number;
      unit_id: string;
      unit_name: string;
      phone_masked: string | null;
      person_id: string | null;
      person_kind: string | null;
      phone_kept: boolean;
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
              e.phone_masked, e.person_id, p.kind AS person_kind, e.phone_ciphertext IS NOT NULL AS phone_kept,
              a.round_id, a.score, a.max_score, a.correct_count, a.duration_ms, a.submitted_at,
              a.prediction, a.auto_closed,
              EXISTS (SELECT 1 FROM contest_flag f WHERE f.entrant_id = e.id AND f.resolution IS NULL) AS flagged
         FROM attempt a JOIN entrant e ON e.id = a.entrant_id JOIN unit u ON u.id = e.unit_id
         LEFT JOIN person p ON p.id = e.person_id
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
      phoneMasked: r.phone_masked ?? '',
      personId: r.person_id,
      personKind: r.person_kind,
      phoneKept: r.phone_kept,
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

/** The criterion of the chain on which `a` ranks before `b` (null: tied on every one). */
function compareDecided(
  a: ScoredAttempt,
  b: ScoredAttempt,
  chain: readonly RankingCriterion[],
  actual: number | null,
): RankingCriterion | null {
  return compareByChain(a, b, chain, actual).criterion;
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
