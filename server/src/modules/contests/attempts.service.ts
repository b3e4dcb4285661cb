import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTEST_GRACE_SECONDS,
  ContestFlagKind,
  gradeAnswer,
  isEmptySubmission,
  isImplausiblyFast,
  isUniformTiming,
  answerIntervals,
  paceOf,
  MIN_PLAUSIBLE_MS_PER_QUESTION,
  type AnswerResponse,
} from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { RateLimits, type RateLimit } from '../../common/rate-limit/rate-limits.js';
import { AnswerSaveBatcher } from './answer-save-batcher.js';
import { ContestQuestionBank, shuffle, shuffleAway, type BankVersion } from './contest-question-bank.js';
import { ContestRaceService } from './contest-race.service.js';
import { ContestSecrets, tokenHash } from './contest-secrets.js';
import { ContestsError, rateLimited } from './contests.errors.js';
import { ContestsService } from './contests.service.js';
import { EntrantRegistrationService } from './entrant-registration.service.js';
import { AttemptAnswer } from './entities/attempt-answer.entity.js';
import { Attempt, type AttemptQuestion } from './entities/attempt.entity.js';
import { ContestFlag } from './entities/contest-flag.entity.js';
import type { Contest } from './entities/contest.entity.js';
import { Entrant } from './entities/entrant.entity.js';

const GRACE_MS = CONTEST_GRACE_SECONDS * 1000;
/** How often overdue attempts are closed in the background (they are also closed lazily on any read). */
const SWEEP_EVERY_MS = 15_000;

export interface AttemptState {
  attempt: Attempt;
  versions: Map<string, BankVersion>;
  answers: AttemptAnswer[];
}

/**
 * The entrant's attempts: start, saves, submission, the result, and the background
 * close of overdue attempts. Who the entrant is (registration, entrant token) is
 * EntrantRegistrationService's; here the entrant holds, per attempt, an attempt token
 * kept on the device.
 *
 * Rate limits: generous per client address — a school lab or a whole ward office
 * behind one NAT starts hundreds of attempts in minutes — shared by every node
 * through Redis when it is configured; and tight per attempt, where abuse would
 * actually come from.
 */
@Injectable()
export class AttemptsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AttemptsService.name);
  private readonly startPerAddress: RateLimit;
  /**
   * In memory, per node, on purpose: saves are the contest's hot path (1,000/s) and a
   * Redis round trip each would be paid by every entrant. It is only a burst guard of
   * one attempt: spread over N nodes it lets N times 20/s through, still no flood.
   */
  private readonly savesPerAttempt = new RateLimiter(20, 1000);
  private sweepTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly bank: ContestQuestionBank,
    private readonly secrets: ContestSecrets,
    private readonly race: ContestRaceService,
    private readonly saves: AnswerSaveBatcher,
    private readonly registration: EntrantRegistrationService,
    limits: RateLimits,
  ) {
    this.startPerAddress = limits.create('contest-start:address', 1500, 60_000);
  }

  onModuleInit(): void {
    this.sweepTimer = setInterval(() => {
      this.sweepOverdue().catch((error: unknown) => this.logger.error(`Sweep failed: ${String(error)}`));
    }, SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  /**
   * Starts an attempt in the current round: draws the questions by the contest's
   * rules, fixes each question's option order and starts the server clock. One
   * attempt at a time; at most `attemptsPerRound` per round.
   */
  async start(
    entrantToken: string,
    address: string,
  ): Promise<{ token: string; state: AttemptState; contest: Contest }> {
    if (!(await this.startPerAddress.take(address)))
      throw rateLimited(await this.startPerAddress.retryAfterSeconds(address));
    const entrant = await this.registration.entrantByToken(entrantToken);
    const contest = await this.contests.openContest(entrant.contestId);
    const round = await this.contests.currentRound(contest.id);
    if (!round) throw new ContestsError('NO_CURRENT_ROUND', 'No round is open now');

    const versionIds = await this.bank.draw(contest.drawRules);
    const versions = await this.bank.get(versionIds);
    const questions: AttemptQuestion[] = versionIds.map((id) => {
      const v = versions.get(id)!;
      const ids = v.options.map((o) => o.id);
      let optionOrder = ids;
      if (v.answerKey.type === 'ORDERING') optionOrder = shuffleAway(v.answerKey.correctOptionIds);
      else if (contest.shuffleOptions && v.type !== 'TRUE_FALSE' && !v.keepOrder) optionOrder = shuffle(ids);
      return { versionId: id, optionOrder };
    });
    const { token, hash } = this.secrets.newToken();

    const attempt = await this.dataSource.transaction(async (manager) => {
      // One start at a time per entrant: the cap cannot be passed by starting twice at once.
      await manager.query('SELECT id FROM entrant WHERE id = $1 FOR UPDATE', [entrant.id]);
      const now = Date.now();
      const inRound = await manager.find(Attempt, { where: { entrantId: entrant.id, roundId: round.id } });
      for (const open of inRound.filter((a) => !a.submittedAt)) {
        if (now <= open.deadlineAt.getTime() + GRACE_MS)
          throw new ContestsError(
            'ATTEMPT_IN_PROGRESS',
            'An attempt is in progress; finish it on the device that started it',
            {
              remainingSeconds: Math.ceil((open.deadlineAt.getTime() - now) / 1000),
            },
          );
        await this.close(manager, open, null, now);
      }
      if (inRound.length >= contest.attemptsPerRound)
        throw new ContestsError(
          'ATTEMPTS_EXHAUSTED',
          `You have used all ${contest.attemptsPerRound} attempts of this round`,
          {
            attemptsPerRound: contest.attemptsPerRound,
          },
        );
      return manager.save(
        manager.create(Attempt, {
          entrantId: entrant.id,
          roundId: round.id,
          questions,
          questionCount: questions.length,
          startedAt: new Date(now),
          deadlineAt: new Date(now + contest.timeLimitSeconds * 1000),
          deviceTokenHash: hash,
          flags: [],
        }),
      );
    });
    return { token, state: { attempt, versions, answers: [] }, contest };
  }

  /** The attempt as the device resumes it; an overdue attempt is closed first (with what was saved). */
  async state(attemptToken: string): Promise<AttemptState> {
    let attempt = await this.attemptByToken(attemptToken);
    if (!attempt.submittedAt && Date.now() > attempt.deadlineAt.getTime() + GRACE_MS)
      attempt = await this.closeOverdue(attempt.id);
    const [versions, answers] = await Promise.all([
      this.bank.get(attempt.questions.map((q) => q.versionId)),
      this.dataSource.getRepository(AttemptAnswer).find({ where: { attemptId: attempt.id }, order: { index: 'ASC' } }),
    ]);
    return { attempt, versions, answers };
  }

  /**
   * Saves (or replaces) the answer to question `index`. The save is group-committed
   * with others arriving within a few ms (AnswerSaveBatcher): one statement checks the
   * token, the deadline (server clock at receipt, plus grace) and that the attempt is
   * not closed, and upserts — the answer is committed when this returns. The attempt
   * row is share-locked, so a save racing a submission either lands before it or is
   * refused.
   */
  async save(attemptToken: string, index: number, response: AnswerResponse): Promise<Date> {
    const hash = tokenHash(attemptToken);
    if (!this.savesPerAttempt.take(hash)) throw rateLimited(this.savesPerAttempt.retryAfterSeconds(hash));
    const now = new Date();
    const { attempt, saved } = await this.saves.save({
      tokenHash: hash,
      index,
      response: JSON.stringify(cleanResponse(response)),
      savedAt: now,
    });
    if (!attempt) throw new ContestsError('ATTEMPT_TOKEN_INVALID', 'This attempt is not known on this device');
    if (saved) return now;
    if (attempt.submittedAt) throw new ContestsError('ATTEMPT_SUBMITTED', 'This attempt is already submitted');
    if (index >= attempt.questionCount || index < 0)
      throw new ContestsError('QUESTION_INDEX_INVALID', 'No such question in this attempt', { index });
    await this.closeOverdue(attempt.id);
    throw new ContestsError('ATTEMPT_TIME_UP', 'Time is up: the attempt was closed with the answers saved so far');
  }

  /**
   * Submits the attempt with the entrant's prediction. After the deadline (plus grace)
   * the submission is refused, and the attempt is closed with what was saved (that
   * close is committed before the refusal is returned). Submitting twice returns the
   * first submission.
   */
  async submit(attemptToken: string, prediction: number | null): Promise<Attempt> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const attempt = await manager.findOne(Attempt, {
        where: { deviceTokenHash: tokenHash(attemptToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!attempt) throw new ContestsError('ATTEMPT_TOKEN_INVALID', 'This attempt is not known on this device');
      if (attempt.submittedAt) return { attempt, late: attempt.autoClosed, changed: false };
      const now = Date.now();
      if (now > attempt.deadlineAt.getTime() + GRACE_MS)
        return { attempt: await this.close(manager, attempt, null, now), late: true, changed: true };
      return { attempt: await this.close(manager, attempt, prediction, now), late: false, changed: true };
    });
    if (outcome.changed) this.afterClose(outcome.attempt);
    if (outcome.late)
      throw new ContestsError('ATTEMPT_TIME_UP', 'Time is up: the attempt was closed with the answers saved so far', {
        score: outcome.attempt.score,
      });
    return outcome.attempt;
  }

  /** A submitted attempt with everything needed to explain its score. */
  async result(attemptToken: string): Promise<AttemptState> {
    const state = await this.state(attemptToken);
    if (!state.attempt.submittedAt)
      throw new ContestsError('ATTEMPT_NOT_SUBMITTED', 'The result is shown after the attempt is submitted');
    return state;
  }

  /** Closes overdue attempts in the background (a phone that never came back). */
  async sweepOverdue(limit = 200): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM attempt WHERE submitted_at IS NULL AND deadline_at < $1 ORDER BY deadline_at LIMIT $2`,
      [new Date(Date.now() - GRACE_MS), limit],
    );
    for (const { id } of rows) await this.closeOverdue(id);
    return rows.length;
  }

  // ---------- internals ----------

  private async attemptByToken(token: string): Promise<Attempt> {
    const attempt = await this.dataSource.getRepository(Attempt).findOneBy({ deviceTokenHash: tokenHash(token) });
    if (!attempt) throw new ContestsError('ATTEMPT_TOKEN_INVALID', 'This attempt is not known on this device');
    return attempt;
  }

  /** Closes an overdue attempt unless someone else just did; returns it as it now is. */
  private async closeOverdue(id: string): Promise<Attempt> {
    const { attempt, changed } = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(Attempt, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw new ContestsError('ATTEMPT_TOKEN_INVALID', 'This attempt is not known on this device');
      if (locked.submittedAt) return { attempt: locked, changed: false };
      return { attempt: await this.close(manager, locked, null, Date.now()), changed: true };
    });
    if (changed) this.afterClose(attempt);
    return attempt;
  }

  /**
   * Grades the saved answers and closes the attempt (inside the caller's transaction,
   * with the attempt row locked). Late closes count the full time limit as duration
   * and carry no prediction.
   */
  private async close(
    manager: EntityManager,
    attempt: Attempt,
    prediction: number | null,
    now: number,
  ): Promise<Attempt> {
    const late = now > attempt.deadlineAt.getTime() + GRACE_MS;
    const answers = await manager.find(AttemptAnswer, { where: { attemptId: attempt.id } });
    const versions = await this.bank.get(attempt.questions.map((q) => q.versionId));
    const byIndex = new Map(answers.map((a) => [a.index, a.response]));
    let score = 0;
    let maxScore = 0;
    let correctCount = 0;
    attempt.questions.forEach((q, index) => {
      const version = versions.get(q.versionId);
      if (!version) return;
      const credit = gradeAnswer(version.answerKey, byIndex.get(index));
      score += Math.round(credit * version.points);
      maxScore += version.points;
      if (credit === 1) correctCount += 1;
    });
    // A late close is dated at the deadline, whenever the sweep or a read notices it.
    const end = late ? attempt.deadlineAt.getTime() : now;
    const durationMs = Math.max(0, Math.min(end, attempt.deadlineAt.getTime()) - attempt.startedAt.getTime());
    const answered = answers.filter((a) => answeredSomething(a.response));
    const raised: { kind: ContestFlagKind; details: Record<string, unknown> }[] = [];
    if (isImplausiblyFast(durationMs, answered.length))
      raised.push({
        kind: ContestFlagKind.IMPLAUSIBLE_TIMING,
        details: {
          durationMs,
          answered: answered.length,
          minimumMs: answered.length * MIN_PLAUSIBLE_MS_PER_QUESTION,
          score,
        },
      });
    const timing = {
      startedAt: attempt.startedAt.getTime(),
      answerTimes: answered.map((a) => a.savedAt.getTime()),
      questionCount: attempt.questionCount,
      correctCount,
    };
    if (isUniformTiming(timing))
      raised.push({
        kind: ContestFlagKind.UNIFORM_TIMING,
        details: { durationMs, answered: answered.length, correct: correctCount, ...paceDetails(timing), score },
      });
    if (isEmptySubmission(answered.length, attempt.questionCount))
      raised.push({
        kind: ContestFlagKind.EMPTY_SUBMISSION,
        details: { answered: answered.length, questions: attempt.questionCount, autoClosed: late },
      });
    const flags: string[] = raised.map((f) => f.kind);
    Object.assign(attempt, {
      submittedAt: new Date(end),
      autoClosed: late,
      score,
      maxScore,
      correctCount,
      durationMs,
      prediction: late ? null : prediction,
      flags,
    });
    await manager.update(Attempt, attempt.id, {
      submittedAt: attempt.submittedAt,
      autoClosed: attempt.autoClosed,
      score,
      maxScore,
      correctCount,
      durationMs,
      prediction: attempt.prediction,
      flags,
    });
    if (raised.length > 0) {
      const entrant = await manager.findOneByOrFail(Entrant, { id: attempt.entrantId });
      await manager.save(
        raised.map((f) =>
          manager.create(ContestFlag, {
            contestId: entrant.contestId,
            entrantId: entrant.id,
            attemptId: attempt.id,
            kind: f.kind,
            details: f.details,
          }),
        ),
      );
    }
    return attempt;
  }

  private afterClose(attempt: Attempt): void {
    this.race.roundChanged(attempt.roundId);
  }
}

/** Whether a saved response holds an answer (an empty selection is no answer). */
function answeredSomething(response: AnswerResponse): boolean {
  return (response.optionIds?.length ?? 0) > 0 || typeof response.value === 'number';
}

function paceDetails(timing: { startedAt: number; answerTimes: number[] }): Record<string, number> {
  const { meanMs, variation } = paceOf(answerIntervals(timing.startedAt, timing.answerTimes));
  return { meanIntervalMs: Math.round(meanMs), variation: Math.round(variation * 1000) / 1000 };
}

/** Keeps only the fields of a response (option ids or a value), never anything else a client sends. */
function cleanResponse(response: AnswerResponse): AnswerResponse {
  return {
    ...(response.optionIds ? { optionIds: [...response.optionIds] } : {}),
    ...(typeof response.value === 'number' ? { value: response.value } : {}),
  };
}
