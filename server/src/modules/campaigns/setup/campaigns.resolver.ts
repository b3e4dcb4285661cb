import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CAMPAIGN_READERS } from '../campaign-roles.js';
import { CampaignsService } from './campaigns.service.js';
import {
  AddCampaignBlockInput,
  AddCampaignPeriodInput,
  CreateCampaignInput,
  SaveTitlesInput,
  UpdateCampaignInput,
} from './dto/campaign.input.js';
import {
  BindComputedIndicatorInput,
  SaveIndicatorTreeInput,
  SetIndicatorTargetsInput,
} from './dto/indicator-tree.input.js';
import { IndicatorTreeService } from './indicator-tree.service.js';
import { CampaignModel } from './models/campaign.model.js';

/**
 * Emulation campaigns (phong trào thi đua) as they are set up: read by every
 * campaign role, set up and moved through their lifecycle by ADMIN. Sheets are
 * sheets/score-sheets.resolver.ts, rankings board/rankings.resolver.ts.
 */
@Resolver(() => CampaignModel)
export class CampaignsResolver {
  constructor(
    private readonly campaignsService: CampaignsService,
    private readonly indicatorTree: IndicatorTreeService,
  ) {}

  @Query(() => [CampaignModel])
  @Roles(...CAMPAIGN_READERS)
  campaigns(): Promise<CampaignModel[]> {
    return this.campaignsService.list();
  }

  @Query(() => CampaignModel)
  @Roles(...CAMPAIGN_READERS)
  campaign(@IdArg() id: string): Promise<CampaignModel> {
    return this.campaignsService.get(id);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  createCampaign(@CurrentUser() actor: AuthUser, @Args('input') input: CreateCampaignInput): Promise<CampaignModel> {
    return this.campaignsService.create(actor, input);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  updateCampaign(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateCampaignInput): Promise<CampaignModel> {
    return this.campaignsService.update(actor, input);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  addCampaignPeriod(@Args('input') input: AddCampaignPeriodInput): Promise<CampaignModel> {
    return this.campaignsService.addPeriod(input);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  addCampaignBlock(@Args('input') input: AddCampaignBlockInput): Promise<CampaignModel> {
    return this.campaignsService.addBlock(input);
  }

  @Mutation(() => CampaignModel, { description: 'Replaces the indicator tree of a DRAFT campaign' })
  @Roles(Role.ADMIN)
  saveIndicatorTree(@Args('input') input: SaveIndicatorTreeInput): Promise<CampaignModel> {
    return this.indicatorTree.saveIndicatorTree(input);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  setIndicatorTargets(@Args('input') input: SetIndicatorTargetsInput): Promise<CampaignModel> {
    return this.indicatorTree.setIndicatorTargets(input);
  }

  @Mutation(() => CampaignModel, {
    description:
      'Binds a computed indicator to its live game or contest; allowed after launch (it changes the data source, not a score); audited',
  })
  @Roles(Role.ADMIN)
  bindComputedIndicator(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: BindComputedIndicatorInput,
  ): Promise<CampaignModel> {
    return this.indicatorTree.bindComputedIndicator(actor, input);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  saveCampaignTitles(@Args('input') input: SaveTitlesInput): Promise<CampaignModel> {
    return this.campaignsService.saveTitles(input);
  }

  @Mutation(() => CampaignModel, { description: 'Refused with every reason when the indicators do not add up' })
  @Roles(Role.ADMIN)
  launchCampaign(@CurrentUser() actor: AuthUser, @IdArg() id: string): Promise<CampaignModel> {
    return this.campaignsService.launch(actor, id);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  archiveCampaign(@CurrentUser() actor: AuthUser, @IdArg() id: string): Promise<CampaignModel> {
    return this.campaignsService.archive(actor, id);
  }
}
