import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type RankingView as RankingViewType } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CAMPAIGN_READERS } from '../campaign-roles.js';
import { CampaignsError } from '../campaigns.errors.js';
import { RankingView } from '../models/campaign-enums.js';
import { CampaignBoardBroadcaster } from './campaign-board.broadcaster.js';
import { CampaignRanking } from './models/ranking.model.js';
import { RankingService } from './ranking.service.js';

/** Rankings of a period per block (xếp hạng): unit officers see the published view only. */
@Resolver(() => CampaignRanking)
export class RankingsResolver {
  constructor(
    private readonly rankings: RankingService,
    private readonly board: CampaignBoardBroadcaster,
  ) {}

  @Query(() => CampaignRanking, {
    description:
      'Per block: rank, totals, titles and gaps; then the units listed but not ranked (marked, the organiser, late under NOT_RANKED). Unit officers see the PUBLISHED view only',
  })
  @Roles(...CAMPAIGN_READERS)
  campaignRanking(
    @CurrentUser() viewer: AuthUser,
    @IdArg('campaignId') campaignId: string,
    @IdArg('periodId') periodId: string,
    @Args('view', { type: () => RankingView }) view: RankingViewType,
  ): Promise<CampaignRanking> {
    if (viewer.role === Role.UNIT_OFFICER && view !== 'PUBLISHED') {
      throw new CampaignsError('VIEW_NOT_ALLOWED', "Other units' unpublished scores are visible to reviewers only");
    }
    return this.rankings.ranking(campaignId, periodId, view);
  }

  @Mutation(() => CampaignRanking, {
    description:
      'Chốt cơ sở tính hạn mức: freezes the quota bases of the period from the REVIEWED ranking (audited); refused when frozen already (QUOTA_FROZEN) or published. Answers the reviewed ranking on the frozen bases',
  })
  @Roles(Role.ADMIN)
  async freezeQuotaBases(
    @CurrentUser() viewer: AuthUser,
    @IdArg('periodId') periodId: string,
  ): Promise<CampaignRanking> {
    const ranking = await this.rankings.freezeQuotaBases(viewer, periodId);
    this.board.changed(ranking.campaignId);
    return ranking;
  }
}
