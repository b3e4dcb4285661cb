import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { answerKeyDecision, CONTEST_GRACE_SECONDS, ContestStatus } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Public, type RequestWithUser } from '../../common/auth/decorators.js';
import { IdArg } from '../../common/graphql/id-arg.js';
import { AttemptsService } from './attempts.service.js';
import { ContestsService } from './contests.service.js';
import { EntrantRegistrationService } from './entrant-registration.service.js';
import { RegisterEntrantInput, SaveAnswerInput, SubmitAttemptInput } from './dto/entrant.input.js';
import {
  AnswerSavedModel,
  AttemptModel,
  AttemptResultModel,
  AttemptStartModel,
  AttemptSubmissionModel,
} from './models/attempt.model.js';
import { toAttemptModel, toAttemptResultModel } from './models/attempt.mapper.js';
import { EntrantSessionModel, PREDICTION_QUESTION, PublicContestModel } from './models/public-contest.model.js';
import { MetricsService } from '../metrics/metrics.service.js';

/**
 * The entrant's operations. Residents have no staff account, so these are public and
 * authenticate with tokens the server issued: the entrant token (registration) and
 * the attempt token (one per attempt, kept on the device), both stored hashed.
 */
@Resolver()
export class ContestEntryResolver {
  constructor(
    private readonly contests: ContestsService,
    private readonly attempts: AttemptsService,
    private readonly registration: EntrantRegistrationService,
    private readonly metrics: MetricsService,
  ) {}

  @Query(() => ID, {
    description: 'The contest a short link /c/<slug> names (CONTEST_NOT_FOUND when none, or a draft to non-editors)',
  })
  @Public('anyone may follow a contest’s printed link')
  async contestIdBySlug(
    @Args('slug', { type: () => String }) slug: string,
    @CurrentUser() viewer: AuthUser | undefined,
  ): Promise<string> {
    return this.contests.idForSlug(slug, viewer);
  }

  @Query(() => PublicContestModel, {
    description:
      'A contest’s public page: rules, rounds, units to choose; a draft only for its editors (else CONTEST_NOT_FOUND)',
  })
  @Public('anyone may read a contest’s rules before registering')
  async contest(@IdArg() id: string, @CurrentUser() viewer: AuthUser | undefined): Promise<PublicContestModel> {
    const contest = await this.contests.visibleContest(id, viewer);
    const rounds = await this.contests.rounds(id);
    const current = await this.contests.currentRound(id);
    const units = await this.contests.unitOptions(contest);
    const round = (r: (typeof rounds)[number]) => ({ id: r.id, name: r.name, startsAt: r.startsAt, endsAt: r.endsAt });
    return {
      id: contest.id,
      title: contest.title,
      slug: contest.slug,
      rulesText: contest.rulesText,
      status: contest.status,
      questionsPerAttempt: contest.questionsPerAttempt,
      timeLimitSeconds: contest.timeLimitSeconds,
      graceSeconds: CONTEST_GRACE_SECONDS,
      attemptsPerRound: contest.attemptsPerRound,
      countingAttempt: contest.countingAttempt,
      predictionKind: contest.predictionKind,
      predictionQuestion: PREDICTION_QUESTION[contest.predictionKind],
      rankingChain: contest.rankingChain,
      identityMode: contest.identityMode,
      answerKeyReveal: contest.answerKeyReveal,
      rounds: rounds.map(round),
      currentRound: current ? round(current) : null,
      units: units.map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId })),
      serverTime: new Date(),
    };
  }

  @Mutation(() => EntrantSessionModel, {
    description:
      'Registers by the roster (personal code, or personId + birth year: verified) or by phone + birth year ' +
      '(unverified; a returning phone on a new device also needs the entrant code). No passwords for residents',
  })
  @Public('residents take part without accounts; identified by their roster entry, or by phone with an entrant code')
  async registerEntrant(
    @Args('input') input: RegisterEntrantInput,
    @Context('req') req: RequestWithUser,
  ): Promise<EntrantSessionModel> {
    const { token, entrant, entrantCode } = await this.registration.register(input, req.ip ?? 'unknown');
    const unitName = await this.contests.unitName(entrant.unitId);
    return {
      entrantToken: token,
      entrantCode,
      entrant: {
        id: entrant.id,
        fullName: entrant.fullName,
        birthYear: entrant.birthYear,
        unitId: entrant.unitId,
        unitName,
        phoneMasked: entrant.phoneMasked ?? '',
        verified: entrant.personId !== null,
      },
    };
  }

  @Mutation(() => AttemptStartModel, { description: 'Draws the questions and starts the server clock' })
  @Public('authenticated by the entrant token')
  async startAttempt(
    @Args('entrantToken') entrantToken: string,
    @Context('req') req: RequestWithUser,
  ): Promise<AttemptStartModel> {
    const { token, state, contest } = await this.attempts.start(entrantToken, req.ip ?? 'unknown');
    return { attemptToken: token, attempt: toAttemptModel(state, contest.predictionKind) };
  }

  @Query(() => AttemptModel, {
    description: 'Resumes an attempt after a reload: questions (no answers), saved answers, time left',
  })
  @Public('authenticated by the attempt token')
  async attempt(@Args('attemptToken') attemptToken: string): Promise<AttemptModel> {
    const state = await this.attempts.state(attemptToken);
    const contest = await this.contests.get((await this.contests.round(state.attempt.roundId)).contestId);
    return toAttemptModel(state, contest.predictionKind);
  }

  @Mutation(() => AnswerSavedModel, { description: 'Saves (or replaces) one answer; committed when this returns' })
  @Public('authenticated by the attempt token')
  async saveAnswer(@Args('input') input: SaveAnswerInput): Promise<AnswerSavedModel> {
    const savedAt = await this.attempts.save(input.attemptToken, input.index, input.response);
    this.metrics.contestAnswers.inc();
    return { index: input.index, savedAt };
  }

  @Mutation(() => AttemptSubmissionModel, {
    description:
      'Submits with the prediction; refused after the deadline + grace (the attempt is then closed as saved)',
  })
  @Public('authenticated by the attempt token')
  async submitAttempt(@Args('input') input: SubmitAttemptInput): Promise<AttemptSubmissionModel> {
    const attempt = await this.attempts.submit(input.attemptToken, input.prediction ?? null);
    return {
      attemptId: attempt.id,
      submittedAt: attempt.submittedAt!,
      score: attempt.score ?? 0,
      maxScore: attempt.maxScore ?? 0,
      correctCount: attempt.correctCount ?? 0,
      durationMs: attempt.durationMs ?? 0,
    };
  }

  @Query(() => AttemptResultModel, {
    description:
      'After submission only: the score; the correct answers and explanations as the contest’s answerKeyReveal says ' +
      '(default: once the round has closed), never for an attempt with fewer than half the questions answered',
  })
  @Public('authenticated by the attempt token')
  async attemptResult(@Args('attemptToken') attemptToken: string): Promise<AttemptResultModel> {
    const state = await this.attempts.result(attemptToken);
    const round = await this.contests.round(state.attempt.roundId);
    const contest = await this.contests.get(round.contestId);
    const decision = answerKeyDecision(contest.answerKeyReveal, {
      answeredCount: state.answers.filter(
        (a) => (a.response.optionIds?.length ?? 0) > 0 || typeof a.response.value === 'number',
      ).length,
      questionCount: state.attempt.questionCount,
      roundEnded: round.endsAt.getTime() <= Date.now() || contest.status === ContestStatus.CLOSED,
    });
    return toAttemptResultModel(state, decision, decision === 'ROUND_OPEN' ? round.endsAt : null);
  }
}
