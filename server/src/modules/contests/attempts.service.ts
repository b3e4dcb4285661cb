import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTEST_GRACE_SECONDS,
  ContestFlagKind,
  foldForSearch,
  formatPersonalCode,
  gradeAnswer,
  IdentityMode,
  isEmptySubmission,
  isImplausiblyFast,
  isUniformTiming,
  answerIntervals,
  paceOf,
  MIN_PLAUSIBLE_MS_PER_QUESTION,
  normalizePhone,
  normalizeText,
  parsePersonalCode,
  personalCodeFromBytes,
  type AnswerResponse,
} from '@thidua/shared';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { IdentityService, type IdentityClaim } from '../people/identity.service.js';
import { PhoneVault } from '../people/phone-vault.js';
import { DataSource, type EntityManager } from 'typeorm';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.js';
import { AnswerSaveBatcher } from './answer-save-batcher.js';
import { ContestQuestionBank, shuffle, shuffleAway, type BankVersion } from './contest-question-bank.js';
import { ContestRaceService } from './contest-race.service.js';
import { ContestSecrets, tokenHash } from './contest-secrets.js';
import { ContestsError } from './contests.errors.js';
import { ContestsService } from './contests.service.js';
import { AttemptAnswer } from './entities/attempt-answer.entity.js';
import { Attempt, type AttemptQuestion } from './entities/attempt.entity.js';
import { ContestFlag } from './entities/contest-flag.entity.js';
import type { Contest } from './entities/contest.entity.js';
import { Entrant } from './entities/entrant.entity.js';

const GRACE_MS = CONTEST_GRACE_SECONDS * 1000;
/** How often overdue attempts are closed in the background (they are also closed lazily on any read). */
const SWEEP_EVERY_MS = 15_000;

export interface RegisterEntrantCommand {
  contestId: string;
  consent: boolean;
  /** The roster way: a personal code, or a person picked in the roster search + their birth year. */
  personalCode?: string | null;
  personId?: string | null;
  birthYear?: number | null;
  /** The phone way (unverified). */
  fullName?: string | null;
  unitId?: string | null;
  phone?: string | null;
  /** The phone way on a new device: the entrant code given at the first registration. */
  entrantCode?: string | null;
  /** The entrant token this device holds, if any. */
  entrantToken?: string | null;
}

export interface Registration {
  token: string;
  entrant: Entrant;
  /** Formatted "XXXX-XXXX", only when it was just issued (first phone registration). */
  entrantCode: string | null;
}

export interface AttemptState {
  attempt: Attempt;
  versions: Map<string, BankVersion>;
  answers: AttemptAnswer[];
}

/**
 * The entrant's side of a contest: registration, attempts, saves, submission and
 * the result. Entrants have no account: they hold an entrant token (issued at
 * registration) and, per attempt, an attempt token kept on the device.
 *
 * Rate limits (in memory, per node): generous per client address — a school lab or
 * a whole ward office behind one NAT registers hundreds of people in minutes — and
 * tight per phone number and per attempt, where abuse would actually come from.
 */
@Injectable()
export class AttemptsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AttemptsService.name);
  private readonly registerPerAddress = new RateLimiter(1500, 60_000);
  private readonly registerPerPhone = new RateLimiter(10, 10 * 60_000);
  private readonly startPerAddress = new RateLimiter(1500, 60_000);
  private readonly savesPerAttempt = new RateLimiter(20, 1000);
  private sweepTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    private readonly bank: ContestQuestionBank,
    private readonly secrets: ContestSecrets,
    private readonly race: ContestRaceService,
    private readonly saves: AnswerSaveBatcher,
    private readonly identity: IdentityService,
    private readonly vault: PhoneVault,
  ) {}

  onModuleInit(): void {
    this.sweepTimer = setInterval(() => {
      this.sweepOverdue().catch((error: unknown) => this.logger.error(`Sweep failed: ${String(error)}`));
    }, SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  // ---------- registration ----------

  /**
   * Registers an entrant, or recognizes a returning one.
   *
   * The roster way (`personalCode`, or `personId` + `birthYear`) is verified by the
   * IdentityService within the contest's eligible units: the entrant is that person (their
   * roster unit and name), and the same person registering again — from another device —
   * is the same entrant with a new entrant token.
   *
   * The phone way (refused in ROSTER_ONLY contests) gives an unverified entrant, never
   * counted for a unit. The first registration issues an entrant code (mã dự thi), shown
   * once. A returning phone + birth year is recognized only on the device that holds the
   * entrant token or with the entrant code; otherwise it is refused and nothing changes,
   * so knowing someone's number and birth year can neither revoke their device nor start
   * (and burn) their attempts. The same phone under another name is flagged
   * DUPLICATE_PERSON; under another birth year it is refused (and flagged).
   */
  async register(input: RegisterEntrantCommand, address: string): Promise<Registration> {
    if (!this.registerPerAddress.take(address)) throw rateLimited(this.registerPerAddress, address);
    if (input.personalCode || input.personId) {
      if (input.consent !== true)
        throw new ContestsError('CONSENT_REQUIRED', 'Agree to the rules and to the use of your data to take part');
      const contest = await this.contests.openContest(input.contestId);
      return this.registerFromRoster(contest, input, address);
    }
    if (!input.phone && !input.fullName && !input.unitId)
      throw new ContestsError('IDENTITY_REQUIRED', 'Enter your personal code, or find your name on the roster');
    const phone = normalizePhone(input.phone ?? '');
    if (!phone) throw new ContestsError('PHONE_INVALID', 'Enter a 10-digit phone number', { field: 'phone' });
    if (!this.registerPerPhone.take(phone)) throw rateLimited(this.registerPerPhone, phone);
    if (input.consent !== true)
      throw new ContestsError('CONSENT_REQUIRED', 'Agree to the rules and to the use of your data to take part');
    const contest = await this.contests.openContest(input.contestId);
    if (contest.identityMode === IdentityMode.ROSTER_ONLY)
      throw new ContestsError(
        'ROSTER_REQUIRED',
        'This contest is for the people on their unit’s roster: enter your personal code, or find your name and confirm your year of birth',
      );
    return this.registerByPhone(contest, input, phone);
  }

  private async registerFromRoster(
    contest: Contest,
    input: RegisterEntrantCommand,
    address: string,
  ): Promise<Registration> {
    let claim: IdentityClaim;
    if (input.personalCode) claim = { personalCode: input.personalCode };
    else if (typeof input.birthYear === 'number') claim = { personId: input.personId!, birthYear: input.birthYear };
    else throw new ContestsError('CONTEST_INVALID', 'Confirm your year of birth', { field: 'birthYear' });
    const person = await this.identity.identify(
      claim,
      contest.eligibleUnitIds.length > 0 ? contest.eligibleUnitIds : null,
      address,
    );
    const [row]: { year: number | null }[] = await this.dataSource.query(
      'SELECT coalesce(birth_year, extract(year FROM birth_date)::int) AS year FROM person WHERE id = $1',
      [person.id],
    );
    const { token, hash } = this.secrets.newToken();
    const entrants = this.dataSource.getRepository(Entrant);
    await entrants
      .createQueryBuilder()
      .insert()
      .values({
        contestId: contest.id,
        personId: person.id,
        fullName: person.fullName,
        birthYear: row?.year ?? input.birthYear ?? 0,
        unitId: person.unitId,
        phoneHash: null,
        phoneMasked: null,
        phoneCiphertext: null,
        entrantCodeHash: null,
        tokenHash: hash,
        consentAt: new Date(),
      })
      .orIgnore()
      .execute();
    const entrant = await entrants.findOneByOrFail({ contestId: contest.id, personId: person.id });
    if (entrant.tokenHash !== hash) {
      // The same person from another device: the same entrant, with this device's token.
      Object.assign(entrant, { tokenHash: hash, fullName: person.fullName, unitId: person.unitId });
      await entrants.update(entrant.id, { tokenHash: hash, fullName: person.fullName, unitId: person.unitId });
    }
    return { token, entrant, entrantCode: null };
  }

  private async registerByPhone(contest: Contest, input: RegisterEntrantCommand, phone: string): Promise<Registration> {
    const fullName = normalizeText(input.fullName ?? '').normalize('NFC');
    if (!fullName) throw new ContestsError('CONTEST_INVALID', 'Enter your full name', { field: 'fullName' });
    const birthYear = input.birthYear ?? 0;
    const year = new Date().getFullYear();
    if (birthYear < year - 120 || birthYear > year)
      throw new ContestsError('CONTEST_INVALID', 'The year of birth is not plausible', { field: 'birthYear' });
    if (!input.unitId || !(await this.contests.eligibleUnitIds(contest)).has(input.unitId))
      throw new ContestsError('UNIT_NOT_ELIGIBLE', 'This unit does not take part in the contest', { field: 'unitId' });

    const sealed = this.vault.seal(phone);
    const code = newEntrantCode();
    const { token, hash } = this.secrets.newToken();
    const entrants = this.dataSource.getRepository(Entrant);
    await entrants
      .createQueryBuilder()
      .insert()
      .values({
        contestId: contest.id,
        fullName,
        birthYear,
        unitId: input.unitId,
        phoneHash: sealed.hash,
        phoneMasked: sealed.masked,
        phoneCiphertext: sealed.ciphertext,
        entrantCodeHash: tokenHash(code),
        tokenHash: hash,
        consentAt: new Date(),
      })
      .orIgnore()
      .execute();
    const entrant = await entrants.findOneByOrFail({ contestId: contest.id, phoneHash: sealed.hash });
    if (entrant.tokenHash === hash) return { token, entrant, entrantCode: formatPersonalCode(code) };

    // A returning phone number.
    if (entrant.birthYear !== birthYear) {
      await this.flagDuplicate(entrant, { reason: 'BIRTH_YEAR', otherName: fullName, otherBirthYear: birthYear });
      throw new ContestsError(
        'BIRTH_YEAR_MISMATCH',
        'This phone number is registered with another year of birth; check it or contact the organizers',
      );
    }
    const sameDevice = Boolean(input.entrantToken) && tokenHash(input.entrantToken!) === entrant.tokenHash;
    if (!sameDevice) {
      if (!input.entrantCode)
        throw new ContestsError(
          'ENTRANT_CODE_REQUIRED',
          'This phone number is already registered. On a new device, also enter the entrant code (mã dự thi) you were given at registration',
          { field: 'entrantCode' },
        );
      if (!entrantCodeMatches(input.entrantCode, entrant.entrantCodeHash))
        throw new ContestsError(
          'ENTRANT_CODE_INVALID',
          'This entrant code does not match; check it, or ask the organizers',
          { field: 'entrantCode' },
        );
    }
    if (foldForSearch(entrant.fullName) !== foldForSearch(fullName))
      await this.flagDuplicate(entrant, { reason: 'NAME', otherName: fullName, otherBirthYear: birthYear });
    const changes: Partial<Entrant> = { tokenHash: hash };
    // Rows from before phones were kept encrypted get the sealed number; before codes, a code.
    if (!entrant.phoneCiphertext) changes.phoneCiphertext = sealed.ciphertext;
    let issued: string | null = null;
    if (!entrant.entrantCodeHash) {
      issued = formatPersonalCode(code);
      changes.entrantCodeHash = tokenHash(code);
    }
    await entrants.update(entrant.id, changes);
    Object.assign(entrant, changes);
    return { token, entrant, entrantCode: issued };
  }

  private async flagDuplicate(entrant: Entrant, details: Record<string, unknown>): Promise<void> {
    const flags = this.dataSource.getRepository(ContestFlag);
    const existing = await flags.find({ where: { entrantId: entrant.id, kind: ContestFlagKind.DUPLICATE_PERSON } });
    if (
      existing.some(
        (f) => f.details.otherName === details.otherName && f.details.otherBirthYear === details.otherBirthYear,
      )
    )
      return;
    await flags.insert({
      contestId: entrant.contestId,
      entrantId: entrant.id,
      attemptId: null,
      kind: ContestFlagKind.DUPLICATE_PERSON,
      details: { ...details, registeredName: entrant.fullName, registeredBirthYear: entrant.birthYear },
    });
  }

  async entrantByToken(token: string): Promise<Entrant> {
    const entrant = await this.dataSource.getRepository(Entrant).findOneBy({ tokenHash: tokenHash(token) });
    if (!entrant) throw new ContestsError('ENTRANT_TOKEN_INVALID', 'Register again to continue');
    return entrant;
  }

  // ---------- attempts ----------

  /**
   * Starts an attempt in the current round: draws the questions by the contest's
   * rules, fixes each question's option order and starts the server clock. One
   * attempt at a time; at most `attemptsPerRound` per round.
   */
  async start(
    entrantToken: string,
    address: string,
  ): Promise<{ token: string; state: AttemptState; contest: Contest }> {
    if (!this.startPerAddress.take(address)) throw rateLimited(this.startPerAddress, address);
    const entrant = await this.entrantByToken(entrantToken);
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
      else if (contest.shuffleOptions && v.type !== 'TRUE_FALSE') optionOrder = shuffle(ids);
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
    if (!this.savesPerAttempt.take(hash)) throw rateLimited(this.savesPerAttempt, hash);
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

/** A new entrant code (mã dự thi): 8 characters of the personal-code alphabet, with a check character. */
function newEntrantCode(): string {
  return personalCodeFromBytes(randomBytes(7));
}

function entrantCodeMatches(input: string, storedHash: string | null): boolean {
  const code = parsePersonalCode(input);
  if (!code || !storedHash) return false;
  const a = Buffer.from(tokenHash(code), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

function rateLimited(limiter: RateLimiter, key: string): ContestsError {
  return new ContestsError('RATE_LIMITED', 'Too many requests; wait a moment and try again', {
    retryAfterSeconds: limiter.retryAfterSeconds(key),
  });
}
