import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type RankingView as RankingViewType, type SheetStatus as SheetStatusType } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CampaignsError } from '../campaigns.errors.js';
import { CampaignsService } from './campaigns.service.js';
import {
  AddCampaignBlockInput,
  AddCampaignPeriodInput,
  BindComputedIndicatorInput,
  CreateCampaignInput,
  SaveIndicatorTreeInput,
  SaveTitlesInput,
  SetIndicatorTargetsInput,
  UpdateCampaignInput,
} from './dto/campaign.input.js';
import {
  AddEvidenceFileInput,
  AddEvidenceLinkInput,
  CorrectScoreInput,
  ReturnScoreSheetInput,
  ReviewScoreEntryInput,
  SaveScoreEntryInput,
  SubmitScoreSheetInput,
} from '../sheets/dto/score-sheet.input.js';
import { RankingView, SheetStatus } from '../models/campaign-enums.js';
import { CampaignModel } from './models/campaign.model.js';
import { CampaignRanking } from '../board/models/ranking.model.js';
import { AuditEventModel, RecomputeResult, ScoreSheetModel } from '../sheets/models/score-sheet.model.js';
import { RankingService } from '../board/ranking.service.js';
import { ScoreSheetsService } from '../sheets/score-sheets.service.js';

/** An optional `ID` argument that must be a UUID when given. */
const OptionalIdArg = (name: string) =>
  Args(
    name,
    { type: () => ID, nullable: true },
    new ParseUUIDPipe({
      optional: true,
      exceptionFactory: () => new InvalidInputError('INVALID_INPUT', `${name} is not a valid id`, { field: name }),
    }),
  );

const STAFF = [Role.ADMIN, Role.REVIEWER] as const;
const CAMPAIGN_READERS = [Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER] as const;

/**
 * Emulation campaigns: setup (ADMIN), the unit's sheet (UNIT_OFFICER, own unit
 * only), review (REVIEWER, ADMIN), publication and corrections (ADMIN), rankings.
 */
@Resolver(() => CampaignModel)
export class CampaignsResolver {
  constructor(
    private readonly campaignsService: CampaignsService,
    private readonly sheets: ScoreSheetsService,
    private readonly rankings: RankingService,
  ) {}

  // ---- reading ----

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

  @Query(() => [ScoreSheetModel], { description: "A unit officer gets their own unit's sheets only" })
  @Roles(...CAMPAIGN_READERS)
  scoreSheets(
    @CurrentUser() viewer: AuthUser,
    @IdArg('campaignId') campaignId: string,
    @OptionalIdArg('periodId') periodId?: string,
    @Args('status', { nullable: true, type: () => SheetStatus }) status?: SheetStatusType,
  ): Promise<ScoreSheetModel[]> {
    return this.sheets.list(viewer, campaignId, periodId ?? undefined, status);
  }

  @Query(() => ScoreSheetModel)
  @Roles(...CAMPAIGN_READERS)
  scoreSheet(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.sheets.get(viewer, id);
  }

  @Query(() => [AuditEventModel], {
    description: "Who changed what, when, old → new, why. A unit officer must give sheetId of their own unit's sheet",
  })
  @Roles(...CAMPAIGN_READERS)
  campaignAuditTrail(
    @CurrentUser() viewer: AuthUser,
    @IdArg('campaignId') campaignId: string,
    @OptionalIdArg('sheetId') sheetId?: string,
  ): Promise<AuditEventModel[]> {
    return this.sheets.auditTrail(viewer, campaignId, sheetId ?? undefined);
  }

  @Query(() => CampaignRanking, {
    description: 'Per block: rank, totals, titles and gaps. Unit officers see the PUBLISHED view only',
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

  // ---- setup (ADMIN) ----

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
    return this.campaignsService.saveIndicatorTree(input);
  }

  @Mutation(() => CampaignModel)
  @Roles(Role.ADMIN)
  setIndicatorTargets(@Args('input') input: SetIndicatorTargetsInput): Promise<CampaignModel> {
    return this.campaignsService.setIndicatorTargets(input);
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
    return this.campaignsService.bindComputedIndicator(actor, input);
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

  // ---- the unit (UNIT_OFFICER, own unit) ----

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  saveScoreEntry(@CurrentUser() viewer: AuthUser, @Args('input') input: SaveScoreEntryInput): Promise<ScoreSheetModel> {
    return this.sheets.saveEntry(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  addEvidenceFile(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddEvidenceFileInput,
  ): Promise<ScoreSheetModel> {
    return this.sheets.addEvidenceFile(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  addEvidenceLink(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddEvidenceLinkInput,
  ): Promise<ScoreSheetModel> {
    return this.sheets.addEvidenceLink(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  removeEvidence(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.sheets.removeEvidence(viewer, id);
  }

  @Mutation(() => ScoreSheetModel, { description: 'Refused naming the indicators that are unscored or lack evidence' })
  @Roles(Role.UNIT_OFFICER)
  submitScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SubmitScoreSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.sheets.submit(viewer, input);
  }

  // ---- review (REVIEWER, ADMIN) ----

  @Mutation(() => ScoreSheetModel, { description: 'The reason is mandatory' })
  @Roles(...STAFF)
  reviewScoreEntry(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReviewScoreEntryInput,
  ): Promise<ScoreSheetModel> {
    return this.sheets.reviewEntry(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...STAFF)
  returnScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReturnScoreSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.sheets.returnSheet(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...STAFF)
  approveScoreSheet(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.sheets.approve(viewer, id);
  }

  // ---- publication (ADMIN) ----

  @Mutation(() => [ScoreSheetModel], { description: 'Every sheet of the period must be approved' })
  @Roles(Role.ADMIN)
  publishCampaignPeriod(
    @CurrentUser() viewer: AuthUser,
    @IdArg('periodId') periodId: string,
  ): Promise<ScoreSheetModel[]> {
    return this.sheets.publishPeriod(viewer, periodId);
  }

  @Mutation(() => ScoreSheetModel, {
    description: 'The only change a published score accepts; the reason is mandatory',
  })
  @Roles(Role.ADMIN)
  correctScore(@CurrentUser() viewer: AuthUser, @Args('input') input: CorrectScoreInput): Promise<ScoreSheetModel> {
    return this.sheets.correctScore(viewer, input);
  }

  @Mutation(() => RecomputeResult, {
    description: "Fills computed indicators from their sources for a period's unpublished sheets",
  })
  @Roles(Role.ADMIN)
  recomputeIndicators(
    @CurrentUser() viewer: AuthUser,
    @IdArg('campaignId') campaignId: string,
    @IdArg('periodId') periodId: string,
  ): Promise<RecomputeResult> {
    return this.sheets.recompute(viewer, campaignId, periodId);
  }
}
