import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { CouncilService } from './council.service.js';
import {
  OpenCouncilSessionInput,
  RecordCouncilVoteInput,
  SetCouncilAttendanceInput,
  UpdateCouncilSessionInput,
} from '../dto/council.input.js';
import { CouncilSessionModel, CouncilVoteResultModel } from '../models/council.model.js';
import { CommendationRoundModel } from '../models/round.model.js';

@Resolver(() => CommendationRoundModel)
export class CouncilResolver {
  constructor(private readonly council: CouncilService) {}

  @Mutation(() => CouncilSessionModel, {
    description: 'Opens the council’s session of a round with its members (one chair); the round goes IN_COUNCIL',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async openCouncilSession(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: OpenCouncilSessionInput,
  ): Promise<CouncilSessionModel> {
    return this.council.open(viewer, input);
  }

  @Mutation(() => CouncilSessionModel, { description: 'When and where the council met, the minutes’ own words' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async updateCouncilSession(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UpdateCouncilSessionInput,
  ): Promise<CouncilSessionModel> {
    return this.council.update(viewer, input);
  }

  @Mutation(() => CouncilSessionModel, { description: 'Marks a member present or absent (while in council)' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async setCouncilAttendance(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SetCouncilAttendanceInput,
  ): Promise<CouncilSessionModel> {
    return this.council.setAttendance(viewer, input);
  }

  @Mutation(() => CouncilVoteResultModel, {
    description: 'Records the council’s vote on a proposal (needs the quorum; a re-vote needs its reason)',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async recordCouncilVote(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: RecordCouncilVoteInput,
  ): Promise<CouncilVoteResultModel> {
    return this.council.vote(viewer, input);
  }

  @ResolveField(() => CouncilSessionModel, { nullable: true, description: 'The council’s session, once opened' })
  async session(@Parent() round: CommendationRoundModel): Promise<CouncilSessionModel | null> {
    return this.council.session(round.id);
  }
}
