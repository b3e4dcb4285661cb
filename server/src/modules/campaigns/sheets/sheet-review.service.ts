import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateScore } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignBoardBroadcaster } from '../board/campaign-board.broadcaster.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { toIndicatorDef } from '../setup/campaign-definition.js';
import { recordAudit } from './audit-trail.js';
import type { ReturnScoreSheetInput, ReviewScoreEntryInput } from './dto/score-sheet.input.js';
import type { ScoreSheetModel } from './models/score-sheet.model.js';
import { campaignStatus, entryContext, lockSheet, setCampaignStatus } from './score-sheet.store.js';
import { SheetQueriesService } from './sheet-queries.service.js';
import { requireReason } from './sheet-rules.js';
import { assertTransition, campaignStatusAfterReview } from './sheet-state-machine.js';

/**
 * The reviewer's side (thẩm định; REVIEWER or ADMIN): adjust an entry with a
 * reason, return a sheet, approve it. The first review step moves a launched
 * campaign into review; every step is audited and tells the board.
 */
@Injectable()
export class SheetReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly board: CampaignBoardBroadcaster,
    private readonly queries: SheetQueriesService,
  ) {}

  async reviewEntry(viewer: AuthUser, input: ReviewScoreEntryInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await entryContext(manager, input.entryId, true);
      assertTransition('REVIEW', sheet);
      const result = validateScore(toIndicatorDef(indicator), input.reviewedScore);
      if (!result.ok)
        throw new CampaignsError('INVALID_SCORE', result.message, { indicator: indicator.code, reason: result.reason });
      await manager.update(ScoreEntry, entry.id, { reviewedScore: result.score, reviewReason: reason });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          actorId: viewer.id,
          action: 'SCORE_REVIEWED',
          field: 'reviewedScore',
          oldValue: entry.reviewedScore ?? entry.selfScore,
          newValue: result.score,
          reason,
        },
      ]);
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  /** Back to the unit with a reason; an approval is withdrawn. */
  async returnSheet(viewer: AuthUser, input: ReturnScoreSheetInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const sheet = await lockSheet(manager, input.sheetId);
      assertTransition('RETURN', sheet);
      await manager.update(ScoreSheet, sheet.id, {
        status: 'RETURNED',
        returnReason: reason,
        approvedAt: null,
        approvedBy: null,
      });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_RETURNED',
          field: 'status',
          oldValue: sheet.status,
          newValue: 'RETURNED',
          reason,
        },
      ]);
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  async approve(viewer: AuthUser, sheetId: string): Promise<ScoreSheetModel> {
    const sheet = await this.dataSource.transaction(async (manager) => {
      const sheet = await lockSheet(manager, sheetId);
      assertTransition('APPROVE', sheet);
      await manager.update(ScoreSheet, sheet.id, { status: 'APPROVED', approvedAt: new Date(), approvedBy: viewer.id });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_APPROVED',
          field: 'status',
          oldValue: sheet.status,
          newValue: 'APPROVED',
        },
      ]);
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  private async markInReview(manager: EntityManager, viewer: AuthUser, campaignId: string): Promise<void> {
    const current = await campaignStatus(manager, campaignId);
    const next = current ? campaignStatusAfterReview(current) : null;
    if (next) await setCampaignStatus(manager, viewer, campaignId, next);
  }
}
