import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type SheetStatus as SheetStatusType } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { InvalidInputError } from '../../../common/errors/app-error.js';
import { IdArg } from '../../../common/graphql/id-arg.js';
import { CAMPAIGN_READERS, SHEET_REVIEWERS } from '../campaign-roles.js';
import { SheetStatus } from '../models/campaign-enums.js';
import { ComputedScoresService } from './computed-scores.service.js';
import {
  AddEvidenceFileInput,
  AddEvidenceLinkInput,
  CorrectScoreInput,
  ReturnScoreSheetInput,
  ReviewScoreEntryInput,
  SaveScoreEntryInput,
  SubmitScoreSheetInput,
} from './dto/score-sheet.input.js';
import { AuditEventModel, RecomputeResult, ScoreSheetModel } from './models/score-sheet.model.js';
import { OfficerSheetsService } from './officer-sheets.service.js';
import { SheetPublishingService } from './sheet-publishing.service.js';
import { SheetQueriesService } from './sheet-queries.service.js';
import { SheetReviewService } from './sheet-review.service.js';

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

/**
 * Score sheets (bảng tự chấm) and their audit trail, one service per actor: the
 * unit (UNIT_OFFICER, own unit only), review (REVIEWER, ADMIN), publication,
 * corrections and computed indicators (ADMIN).
 */
@Resolver(() => ScoreSheetModel)
export class ScoreSheetsResolver {
  constructor(
    private readonly queries: SheetQueriesService,
    private readonly officer: OfficerSheetsService,
    private readonly review: SheetReviewService,
    private readonly publishing: SheetPublishingService,
    private readonly computed: ComputedScoresService,
  ) {}

  // ---- reading ----

  @Query(() => [ScoreSheetModel], { description: "A unit officer gets their own unit's sheets only" })
  @Roles(...CAMPAIGN_READERS)
  scoreSheets(
    @CurrentUser() viewer: AuthUser,
    @IdArg('campaignId') campaignId: string,
    @OptionalIdArg('periodId') periodId?: string,
    @Args('status', { nullable: true, type: () => SheetStatus }) status?: SheetStatusType,
  ): Promise<ScoreSheetModel[]> {
    return this.queries.list(viewer, campaignId, periodId ?? undefined, status);
  }

  @Query(() => ScoreSheetModel)
  @Roles(...CAMPAIGN_READERS)
  scoreSheet(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.queries.get(viewer, id);
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
    return this.queries.auditTrail(viewer, campaignId, sheetId ?? undefined);
  }

  // ---- the unit (UNIT_OFFICER, own unit) ----

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  saveScoreEntry(@CurrentUser() viewer: AuthUser, @Args('input') input: SaveScoreEntryInput): Promise<ScoreSheetModel> {
    return this.officer.saveEntry(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  addEvidenceFile(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddEvidenceFileInput,
  ): Promise<ScoreSheetModel> {
    return this.officer.addEvidenceFile(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  addEvidenceLink(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddEvidenceLinkInput,
  ): Promise<ScoreSheetModel> {
    return this.officer.addEvidenceLink(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(Role.UNIT_OFFICER)
  removeEvidence(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.officer.removeEvidence(viewer, id);
  }

  @Mutation(() => ScoreSheetModel, { description: 'Refused naming the indicators that are unscored or lack evidence' })
  @Roles(Role.UNIT_OFFICER)
  submitScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SubmitScoreSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.officer.submit(viewer, input);
  }

  // ---- review (REVIEWER, ADMIN) ----

  @Mutation(() => ScoreSheetModel, { description: 'The reason is mandatory' })
  @Roles(...SHEET_REVIEWERS)
  reviewScoreEntry(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReviewScoreEntryInput,
  ): Promise<ScoreSheetModel> {
    return this.review.reviewEntry(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...SHEET_REVIEWERS)
  returnScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReturnScoreSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.review.returnSheet(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...SHEET_REVIEWERS)
  approveScoreSheet(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.review.approve(viewer, id);
  }

  // ---- publication, corrections, computed indicators (ADMIN) ----

  @Mutation(() => [ScoreSheetModel], { description: 'Every sheet of the period must be approved' })
  @Roles(Role.ADMIN)
  publishCampaignPeriod(
    @CurrentUser() viewer: AuthUser,
    @IdArg('periodId') periodId: string,
  ): Promise<ScoreSheetModel[]> {
    return this.publishing.publishPeriod(viewer, periodId);
  }

  @Mutation(() => ScoreSheetModel, {
    description: 'The only change a published score accepts; the reason is mandatory',
  })
  @Roles(Role.ADMIN)
  correctScore(@CurrentUser() viewer: AuthUser, @Args('input') input: CorrectScoreInput): Promise<ScoreSheetModel> {
    return this.publishing.correctScore(viewer, input);
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
    return this.computed.recompute(viewer, campaignId, periodId);
  }
}
