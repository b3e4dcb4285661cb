import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Public, Roles, type RequestWithUser } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { HandlePostingCommentInput, StartPostingInput, SubmitPostingCommentInput } from '../dto/posting.input.js';
import {
  CommentsSummaryModel,
  PostingCommentModel,
  PostingCommentReceiptModel,
  PublicPostingModel,
} from '../models/posting.model.js';
import { CommendationRoundModel } from '../models/round.model.js';
import { PostingService } from './posting.service.js';
import { RoundsService } from '../proposals/rounds.service.js';

@Resolver(() => CommendationRoundModel)
export class PostingResolver {
  constructor(
    private readonly posting: PostingService,
    private readonly rounds: RoundsService,
  ) {}

  @Mutation(() => CommendationRoundModel, {
    description: 'Niêm yết công khai: closes the council session and posts the passed list (every proposal voted)',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async startPosting(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: StartPostingInput,
  ): Promise<CommendationRoundModel> {
    await this.posting.start(viewer, input);
    return this.rounds.get(input.roundId);
  }

  @Query(() => PublicPostingModel, { description: 'The posted list of a round (posted or decided rounds only)' })
  @Public('residents read the posted list of a commendation round: names and units only, no personal data')
  async publicPosting(@Args('roundId', { type: () => ID }) roundId: string): Promise<PublicPostingModel> {
    return this.posting.publicPosting(roundId);
  }

  @Mutation(() => PostingCommentReceiptModel, { description: 'A resident’s comment on the posted list' })
  @Public('residents comment on the posted list without accounts; only while posted, limited per address')
  async submitPostingComment(
    @Args('input') input: SubmitPostingCommentInput,
    @Context('req') req: RequestWithUser,
  ): Promise<PostingCommentReceiptModel> {
    return this.posting.submit(input, req.ip ?? 'unknown');
  }

  @Query(() => [PostingCommentModel], { description: 'The residents’ comments on a round, oldest first' })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async postingComments(@IdArg('roundId') roundId: string): Promise<PostingCommentModel[]> {
    return this.posting.comments(roundId);
  }

  @Mutation(() => PostingCommentModel, {
    description: 'Handles a comment (note required); ACCEPTED may withdraw the proposal it is about',
  })
  @Roles(Role.ADMIN, Role.REVIEWER)
  async handlePostingComment(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: HandlePostingCommentInput,
  ): Promise<PostingCommentModel> {
    return this.posting.handle(viewer, input);
  }

  @ResolveField(() => CommentsSummaryModel, { description: 'The residents’ comments counted by status' })
  async commentsSummary(@Parent() round: CommendationRoundModel): Promise<CommentsSummaryModel> {
    return this.posting.summary(round.id);
  }
}
