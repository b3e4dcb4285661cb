import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg, OptionalIdArg } from '../../../common/graphql/id-arg.js';
import { DecisionService } from './decision.service.js';
import { RecordCommendationDecisionInput, RevokeCommendationInput } from '../dto/decision.input.js';
import { CommendationCertificateModel } from '../models/certificate.model.js';
import { CanDecideModel } from '../models/posting.model.js';
import { CommendationProposalModel } from '../models/proposal.model.js';
import { CommendationRoundModel } from '../models/round.model.js';
import { proposalModels } from '../proposals/proposal-view.js';
import { RoundsService } from '../proposals/rounds.service.js';

@Resolver(() => CommendationRoundModel)
export class DecisionResolver {
  constructor(
    private readonly decisions: DecisionService,
    private readonly rounds: RoundsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => CommendationRoundModel, {
    description: 'Records the chairman’s decision after the posting: the passed are conferred or forwarded upward',
  })
  @Roles(Role.ADMIN)
  async recordCommendationDecision(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: RecordCommendationDecisionInput,
  ): Promise<CommendationRoundModel> {
    await this.decisions.decide(viewer, input);
    return this.rounds.get(input.roundId);
  }

  @Mutation(() => CommendationProposalModel, {
    description: 'Revokes a conferred title with its reason (≥ 10 characters)',
  })
  @Roles(Role.ADMIN)
  async revokeCommendation(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: RevokeCommendationInput,
  ): Promise<CommendationProposalModel> {
    await this.decisions.revoke(viewer, input);
    const [model] = await proposalModels(this.dataSource.manager, { ids: [input.proposalId] });
    return model;
  }

  @Query(() => [CommendationCertificateModel], {
    description: 'What the certificates of a decided round print (one proposal, or every conferred one)',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async commendationCertificates(
    @IdArg('roundId') roundId: string,
    @OptionalIdArg('proposalId') proposalId?: string | null,
  ): Promise<CommendationCertificateModel[]> {
    return this.decisions.certificates(roundId, proposalId);
  }

  @ResolveField(() => CanDecideModel, { description: 'Whether the decision may be recorded now, and if not why' })
  async canDecide(@Parent() round: CommendationRoundModel): Promise<CanDecideModel> {
    return this.decisions.canDecide(round);
  }
}
