import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import {
  AddCommendationProposalInput,
  ConfirmProposalConditionInput,
  UpdateCommendationProposalInput,
} from '../dto/proposal.input.js';
import {
  BuildProposalsResultModel,
  CommendationProposalModel,
  ProposalCandidateModel,
} from '../models/proposal.model.js';
import { rosterCandidates } from './proposal-candidates.js';
import { ProposalBuildService } from './proposal-build.service.js';
import { ProposalsService } from './proposals.service.js';

@Resolver(() => CommendationProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly builder: ProposalBuildService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => [ProposalCandidateModel], {
    description:
      'Persons on the roster of the unit and its sub-units matching the words (diacritics optional), at most 20',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async commendationCandidates(
    @IdArg('unitId') unitId: string,
    @Args('search') search: string,
  ): Promise<ProposalCandidateModel[]> {
    return rosterCandidates(this.dataSource.manager, unitId, search.slice(0, 100));
  }

  @Mutation(() => BuildProposalsResultModel, {
    description:
      'Lập danh sách từ kết quả xếp hạng: proposes each unit whose earned title names a form (idempotent); needs the published period',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async buildProposalsFromRanking(
    @CurrentUser() viewer: AuthUser,
    @IdArg('roundId') roundId: string,
  ): Promise<BuildProposalsResultModel> {
    return this.builder.build(viewer, roundId);
  }

  @Mutation(() => CommendationProposalModel, {
    description: 'Proposes a unit (collective form) or a person on its roster (individual form)',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async addCommendationProposal(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddCommendationProposalInput,
  ): Promise<CommendationProposalModel> {
    return this.proposals.add(viewer, input);
  }

  @Mutation(() => CommendationProposalModel, { description: 'Edits the achievements, the detail line, the position' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async updateCommendationProposal(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateCommendationProposalInput,
  ): Promise<CommendationProposalModel> {
    return this.proposals.update(viewer, input);
  }

  @Mutation(() => CommendationProposalModel, { description: 'Confirms (or not) a CONFIRMED condition, with evidence' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async confirmProposalCondition(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ConfirmProposalConditionInput,
  ): Promise<CommendationProposalModel> {
    return this.proposals.confirm(viewer, input);
  }

  @Mutation(() => CommendationProposalModel, {
    description: 'Takes a proposal off the list with a reason (while proposing, or during the posting)',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async withdrawCommendationProposal(
    @CurrentUser() viewer: AuthUser,
    @IdArg('id') id: string,
    @Args('reason') reason: string,
  ): Promise<CommendationProposalModel> {
    return this.proposals.withdraw(viewer, id, reason);
  }
}
