import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { CreateCommendationRoundInput } from '../dto/round.input.js';
import { CommendationProposalModel } from '../models/proposal.model.js';
import { CommendationRoundModel, RoundQuotaModel } from '../models/round.model.js';
import { ProposalsService } from './proposals.service.js';
import { RoundsService } from './rounds.service.js';

@Resolver(() => CommendationRoundModel)
export class RoundsResolver {
  constructor(
    private readonly rounds: RoundsService,
    private readonly proposalList: ProposalsService,
  ) {}

  @Query(() => [CommendationRoundModel], { description: 'Rounds of commendation, newest first' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async commendationRounds(): Promise<CommendationRoundModel[]> {
    return this.rounds.list();
  }

  @Query(() => CommendationRoundModel)
  @Roles(Role.ADMIN, Role.REVIEWER)
  async commendationRound(@IdArg('id') id: string): Promise<CommendationRoundModel> {
    return this.rounds.get(id);
  }

  @Mutation(() => CommendationRoundModel, {
    description: 'Opens a round (PROPOSING), for a campaign period or for individuals’ records alone',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async createCommendationRound(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateCommendationRoundInput,
  ): Promise<CommendationRoundModel> {
    return this.rounds.create(viewer, input);
  }

  @ResolveField(() => [CommendationProposalModel], { description: 'By form, then by position' })
  async proposals(@Parent() round: CommendationRoundModel): Promise<CommendationProposalModel[]> {
    return this.proposalList.list(round.id);
  }

  @ResolveField(() => [RoundQuotaModel], { description: 'Each form’s quota in the round (over when proposed > limit)' })
  async quotas(@Parent() round: CommendationRoundModel): Promise<RoundQuotaModel[]> {
    return this.rounds.quotas(round.id);
  }
}
