import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import { IdArg } from '../../common/graphql/id-arg.js';
import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from '../../common/errors/app-error.js';
import { ContestRaceService } from './contest-race.service.js';
import { ContestResultsService } from './contest-results.service.js';
import { ContestsService } from './contests.service.js';
import { CreateContestInput, ResolveContestFlagInput, UpdateContestInput } from './dto/contest.input.js';
import type { Contest } from './entities/contest.entity.js';
import { ContestFlagModel, ContestResultsModel } from './models/contest-results.model.js';
import { ContestModel, ContestRoundModel, toContestModel, toRoundModel } from './models/contest.model.js';

const optionalUuid = new ParseUUIDPipe({
  optional: true,
  exceptionFactory: () => new InvalidInputError('INVALID_INPUT', 'roundId is not a valid id', { field: 'roundId' }),
});

/**
 * Contest administration: admins set up, open, close, freeze and publish, and
 * resolve flags; reviewers read everything (results, flags) to prepare prizes. Every
 * operation here is ADMIN or REVIEWER only: a HOST (or any other staff role) reads no
 * contest, no key-bearing result and no entrant data.
 */
@Resolver(() => ContestModel)
export class ContestsResolver {
  constructor(
    private readonly contestsService: ContestsService,
    private readonly results: ContestResultsService,
    private readonly race: ContestRaceService,
  ) {}

  @Query(() => [ContestModel])
  @Roles(Role.ADMIN, Role.REVIEWER)
  async contests(): Promise<ContestModel[]> {
    const list = await this.contestsService.list();
    return Promise.all(list.map((c) => this.model(c)));
  }

  @Mutation(() => ContestModel)
  @Roles(Role.ADMIN)
  async createContest(@CurrentUser() user: AuthUser, @Args('input') input: CreateContestInput): Promise<ContestModel> {
    return this.model(await this.contestsService.create(user, input));
  }

  @Mutation(() => ContestModel, { description: 'Title and rules any time; the rest while DRAFT' })
  @Roles(Role.ADMIN)
  async updateContest(@Args('input') input: UpdateContestInput): Promise<ContestModel> {
    return this.model(await this.contestsService.update(input));
  }

  @Mutation(() => ContestModel, { description: 'DRAFT → OPEN; the draw rules must be satisfiable' })
  @Roles(Role.ADMIN)
  async openContest(@IdArg() id: string): Promise<ContestModel> {
    return this.model(await this.contestsService.open(id));
  }

  @Mutation(() => ContestModel)
  @Roles(Role.ADMIN)
  async closeContest(@IdArg() id: string): Promise<ContestModel> {
    return this.model(await this.contestsService.close(id));
  }

  @Mutation(() => ContestRoundModel, { description: 'The public board stops showing this round’s new submissions' })
  @Roles(Role.ADMIN)
  async freezeContestRound(@IdArg() id: string): Promise<ContestRoundModel> {
    const round = await this.contestsService.freezeRound(id);
    this.race.roundStateChanged(round.id, round.contestId);
    return toRoundModel(round);
  }

  @Mutation(() => ContestRoundModel, { description: 'Publishes the round: the board shows everything again' })
  @Roles(Role.ADMIN)
  async publishContestRound(@IdArg() id: string): Promise<ContestRoundModel> {
    const round = await this.contestsService.publishRound(id);
    this.race.roundStateChanged(round.id, round.contestId);
    return toRoundModel(round);
  }

  @Query(() => ContestResultsModel, { description: 'Per round (or the whole contest without roundId)' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async contestResults(
    @IdArg('contestId') contestId: string,
    @Args('roundId', { type: () => ID, nullable: true }, optionalUuid) roundId?: string,
  ): Promise<ContestResultsModel> {
    const r = await this.results.results(contestId, roundId ?? null);
    return {
      contestId: r.contest.id,
      roundId: r.roundId,
      roundName: r.roundName,
      predictionKind: r.predictionKind,
      actual: r.actual,
      rankingChain: r.rankingChain,
      totalEntrants: r.totalEntrants,
      verifiedEntrants: r.verifiedEntrants,
      unverifiedEntrants: r.unverifiedEntrants,
      participationFormula: r.participationFormula,
      participationBasis: r.participationBasis,
      identityMode: r.identityMode,
      totalAttempts: r.totalAttempts,
      individuals: r.individuals.map((i) => ({ ...i, submittedAt: new Date(i.submittedAt) })),
      winners: r.winners,
      units: r.units,
    };
  }

  @Query(() => [ContestFlagModel])
  @Roles(Role.ADMIN, Role.REVIEWER)
  async contestFlags(
    @IdArg('contestId') contestId: string,
    @Args('unresolvedOnly', { nullable: true }) unresolvedOnly?: boolean,
  ): Promise<ContestFlagModel[]> {
    const flags = await this.contestsService.flags(contestId, unresolvedOnly ?? false);
    const entrants = new Map(
      (await this.contestsService.entrantsByIds([...new Set(flags.map((f) => f.entrantId))])).map((e) => [e.id, e]),
    );
    return flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      entrantId: f.entrantId,
      entrantName: entrants.get(f.entrantId)?.fullName ?? '',
      phoneMasked: entrants.get(f.entrantId)?.phoneMasked ?? '',
      attemptId: f.attemptId,
      details: JSON.stringify(f.details),
      resolution: f.resolution,
      resolutionNote: f.resolutionNote,
      reviewedAt: f.reviewedAt,
      createdAt: f.createdAt,
    }));
  }

  @Mutation(() => Boolean, { description: 'DISMISSED, or DISQUALIFIED (the entrant leaves rankings and prizes)' })
  @Roles(Role.ADMIN)
  async resolveContestFlag(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ResolveContestFlagInput,
  ): Promise<boolean> {
    const flag = await this.contestsService.resolveFlag(user, input);
    this.race.contestChanged(flag.contestId);
    return true;
  }

  @Mutation(() => String, {
    description:
      'ADMIN only: the phone number of a prize winner, to call them; recorded as a PHONE_REVEALED data audit event',
  })
  @Roles(Role.ADMIN)
  async revealWinnerPhone(@CurrentUser() user: AuthUser, @IdArg('entrantId') entrantId: string): Promise<string> {
    return this.results.revealWinnerPhone(user, entrantId);
  }

  private async model(contest: Contest): Promise<ContestModel> {
    return toContestModel(contest, await this.contestsService.rounds(contest.id));
  }
}
