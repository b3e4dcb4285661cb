import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type SheetStatus as SheetStatusType } from '@thidua/shared';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/auth/decorators.js';
import { IdArg, OptionalIdArg } from '../../../common/graphql/id-arg.js';
import { CAMPAIGN_READERS, FIRST_ROUND_REVIEWERS, SHEET_EDITORS, SHEET_REVIEWERS } from '../campaign-roles.js';
import { SheetStatus } from '../models/campaign-enums.js';
import { ComputedScoresService } from './computed-scores.service.js';
import {
  AddEvidenceFileInput,
  AddEvidenceLinkInput,
  CorrectScoreInput,
  ExtendPeriodDeadlineInput,
  ExtendUnitDeadlineInput,
  FirstReviewSheetInput,
  MarkScoreSheetInput,
  ReturnScoreSheetInput,
  ReviewScoreEntryInput,
  SaveScoreEntryInput,
  SubmitScoreSheetInput,
  UnmarkScoreSheetInput,
} from './dto/score-sheet.input.js';
import { AuditEventModel, RecomputeResult, ScoreSheetModel } from './models/score-sheet.model.js';
import { OfficerSheetsService } from './officer-sheets.service.js';
import { SheetDeadlinesService } from './sheet-deadlines.service.js';
import { SheetPublishingService } from './sheet-publishing.service.js';
import { SheetQueriesService } from './sheet-queries.service.js';
import { SheetReviewService } from './sheet-review.service.js';

/**
 * Score sheets (bảng tự chấm) and their audit trail, one service per actor: the
 * unit (UNIT_OFFICER, own unit only; a ward reviewer on its behalf), review (first
 * round: the block leader's officers or a ward reviewer; second round: REVIEWER,
 * ADMIN), deadlines and marks (REVIEWER, ADMIN), publication, corrections and
 * computed indicators (ADMIN). The services check units, blocks and scopes.
 */
@Resolver(() => ScoreSheetModel)
export class ScoreSheetsResolver {
  constructor(
    private readonly queries: SheetQueriesService,
    private readonly officer: OfficerSheetsService,
    private readonly review: SheetReviewService,
    private readonly publishing: SheetPublishingService,
    private readonly computed: ComputedScoresService,
    private readonly deadlines: SheetDeadlinesService,
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

  // ---- the unit (UNIT_OFFICER, own unit; REVIEWER/ADMIN on its behalf) ----

  @Mutation(() => ScoreSheetModel)
  @Roles(...SHEET_EDITORS)
  saveScoreEntry(@CurrentUser() viewer: AuthUser, @Args('input') input: SaveScoreEntryInput): Promise<ScoreSheetModel> {
    return this.officer.saveEntry(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...SHEET_EDITORS)
  addEvidenceFile(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddEvidenceFileInput,
  ): Promise<ScoreSheetModel> {
    return this.officer.addEvidenceFile(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...SHEET_EDITORS)
  addEvidenceLink(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: AddEvidenceLinkInput,
  ): Promise<ScoreSheetModel> {
    return this.officer.addEvidenceLink(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...SHEET_EDITORS)
  removeEvidence(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.officer.removeEvidence(viewer, id);
  }

  @Mutation(() => ScoreSheetModel, { description: 'Refused naming the indicators that are unscored or lack evidence' })
  @Roles(...SHEET_EDITORS)
  submitScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: SubmitScoreSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.officer.submit(viewer, input);
  }

  // ---- review (REVIEWER, ADMIN) ----

  @Mutation(() => ScoreSheetModel, { description: 'The reason is mandatory' })
  @Roles(...FIRST_ROUND_REVIEWERS)
  reviewScoreEntry(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReviewScoreEntryInput,
  ): Promise<ScoreSheetModel> {
    return this.review.reviewEntry(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...FIRST_ROUND_REVIEWERS)
  returnScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ReturnScoreSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.review.returnSheet(viewer, input);
  }

  @Mutation(() => ScoreSheetModel, {
    description: 'First round done (SUBMITTED → FIRST_REVIEWED): the block leader, or a ward reviewer in its place',
  })
  @Roles(...FIRST_ROUND_REVIEWERS)
  firstReviewScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: FirstReviewSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.review.firstReview(viewer, input);
  }

  @Mutation(() => ScoreSheetModel, {
    description: 'Ward reviewers; in a block with a leader, after the first round (but the leader unit’s own sheet)',
  })
  @Roles(...SHEET_REVIEWERS)
  approveScoreSheet(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<ScoreSheetModel> {
    return this.review.approve(viewer, id);
  }

  // ---- deadlines and marks (REVIEWER in scope, ADMIN) ----

  @Mutation(() => [ScoreSheetModel], {
    description: "The period's sheets after the extension; the reason is mandatory",
  })
  @Roles(...SHEET_REVIEWERS)
  extendPeriodDeadline(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ExtendPeriodDeadlineInput,
  ): Promise<ScoreSheetModel[]> {
    return this.deadlines.extendPeriod(viewer, input);
  }

  @Mutation(() => ScoreSheetModel, { description: "One unit's own deadline; the reason is mandatory" })
  @Roles(...SHEET_REVIEWERS)
  extendUnitDeadline(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ExtendUnitDeadlineInput,
  ): Promise<ScoreSheetModel> {
    return this.deadlines.extendUnit(viewer, input);
  }

  @Mutation(() => ScoreSheetModel, {
    description: 'Không nộp / không xét: out of the ranking, frozen, and publishing does not wait for it',
  })
  @Roles(...SHEET_REVIEWERS)
  markScoreSheet(@CurrentUser() viewer: AuthUser, @Args('input') input: MarkScoreSheetInput): Promise<ScoreSheetModel> {
    return this.deadlines.mark(viewer, input);
  }

  @Mutation(() => ScoreSheetModel)
  @Roles(...SHEET_REVIEWERS)
  unmarkScoreSheet(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: UnmarkScoreSheetInput,
  ): Promise<ScoreSheetModel> {
    return this.deadlines.unmark(viewer, input);
  }

  // ---- publication, corrections, computed indicators (ADMIN) ----

  @Mutation(() => [ScoreSheetModel], { description: 'Every sheet of the period must be approved or marked' })
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
