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
  UpdateCampaignPeriodInput,
} from './dto/campaign.input.js';
import {
  BindComputedIndicatorInput,
  ImportIndicatorTreeInput,
  SaveIndicatorTreeInput,
  SetIndicatorTargetsInput,
} from './dto/indicator-tree.input.js';
import { IndicatorTreeService } from './indicator-tree.service.js';
import { CriteriaSetsService } from './criteria-sets.service.js';
import {
  CreateCriteriaSetInput,
  RenameCriteriaSetInput,
  SetReviewerBlocksInput,
  UpdateCampaignBlockInput,
} from './dto/criteria-set.input.js';
import { IndicatorTreeFileService } from './indicator-tree-file.service.js';
import { CampaignModel } from './models/campaign.model.js';
import { IndicatorTreeImportResultModel, ReviewerBlockScopeModel } from './models/setup-results.model.js';

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
    private readonly criteriaSets: CriteriaSetsService,
    private readonly treeFiles: IndicatorTreeFileService,
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

  @Mutation(() => CampaignModel, {
    description: 'Late rule and reply window of a period, until it is published; audited',
  })
  @Roles(Role.ADMIN)
  updateCampaignPeriod(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateCampaignPeriodInput,
  ): Promise<CampaignModel> {
    return this.campaignsService.updatePeriod(actor, input);
  }

  @Mutation(() => CampaignModel, {
    description: 'A block’s name, leader (khối trưởng) and criteria set (DRAFT); audited',
  })
  @Roles(Role.ADMIN)
  updateCampaignBlock(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateCampaignBlockInput,
  ): Promise<CampaignModel> {
    return this.criteriaSets.updateBlock(actor, input);
  }

  @Mutation(() => CampaignModel, { description: 'A new, empty criteria set (DRAFT only)' })
  @Roles(Role.ADMIN)
  createCriteriaSet(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateCriteriaSetInput,
  ): Promise<CampaignModel> {
    return this.criteriaSets.create(actor, input);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  renameCriteriaSet(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RenameCriteriaSetInput,
  ): Promise<CampaignModel> {
    return this.criteriaSets.rename(actor, input);
  }

  @Mutation(() => CampaignModel, { description: 'Refused (CRITERIA_SET_IN_USE) while a block uses the set' })
  @Roles(Role.ADMIN)
  deleteCriteriaSet(@CurrentUser() actor: AuthUser, @IdArg() id: string): Promise<CampaignModel> {
    return this.criteriaSets.delete(actor, id);
  }

  @Mutation(() => IndicatorTreeImportResultModel, {
    description:
      'Replaces a criteria set’s tree from the ward’s XLSX or CSV table, all or nothing, every bad row named; dryRun previews (DRAFT only)',
  })
  @Roles(Role.ADMIN)
  importIndicatorTree(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ImportIndicatorTreeInput,
  ): Promise<IndicatorTreeImportResultModel> {
    return this.treeFiles.import(actor, input);
  }

  @Query(() => [ReviewerBlockScopeModel], { description: 'Every active reviewer and the blocks they review here' })
  @Roles(Role.ADMIN)
  campaignReviewerScopes(@IdArg('campaignId') campaignId: string): Promise<ReviewerBlockScopeModel[]> {
    return this.criteriaSets.reviewerScopes(campaignId);
  }

  @Mutation(() => [ReviewerBlockScopeModel], {
    description: 'Scopes a reviewer to blocks; an empty list = every block',
  })
  @Roles(Role.ADMIN)
  setReviewerBlocks(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: SetReviewerBlocksInput,
  ): Promise<ReviewerBlockScopeModel[]> {
    return this.criteriaSets.setReviewerBlocks(actor, input);
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
