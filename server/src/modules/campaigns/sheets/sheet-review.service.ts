import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateScore } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { CampaignBoardBroadcaster } from '../board/campaign-board.broadcaster.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { toIndicatorDef } from '../setup/campaign-definition.js';
import { recordAudit } from './audit-trail.js';
import type { FirstReviewSheetInput, ReturnScoreSheetInput, ReviewScoreEntryInput } from './dto/score-sheet.input.js';
import type { ScoreSheetModel } from './models/score-sheet.model.js';
import {
  campaignStatus,
  entryContext,
  lockSheet,
  periodOf,
  reviewContext,
  setCampaignStatus,
  wardReviewerIds,
} from './score-sheet.store.js';
import { SheetQueriesService } from './sheet-queries.service.js';
import {
  assertApprovable,
  assertNotMarked,
  replyDueAfterReturn,
  requireReason,
  reviewerRole,
  type ReviewContext,
} from './sheet-rules.js';
import { assertTransition, campaignStatusAfterReview } from './sheet-state-machine.js';

/**
 * Review (thẩm định) in two rounds. The first round is the block leader's (khối
 * trưởng: the officers of the block's leader unit) or, when it does not, a ward
 * reviewer's: adjust entries with a reason, return, or pass the sheet on
 * (FIRST_REVIEWED). The second round is the ward reviewers' (REVIEWER in scope,
 * ADMIN): adjust, return, approve. A unit never reviews itself. The first review step
 * moves a launched campaign into review; every step is audited, tells the unit and
 * the board.
 */
@Injectable()
export class SheetReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly board: CampaignBoardBroadcaster,
    private readonly queries: SheetQueriesService,
    private readonly notifications: NotificationsService,
  ) {}

  async reviewEntry(viewer: AuthUser, input: ReviewScoreEntryInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await entryContext(manager, input.entryId, true);
      await this.roleFor(manager, viewer, sheet, 'REVIEW');
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

  /** Back to the unit with a reason and a reply window (even past its deadline); an approval is withdrawn. */
  async returnSheet(viewer: AuthUser, input: ReturnScoreSheetInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const sheet = await lockSheet(manager, input.sheetId);
      const { role } = await this.roleFor(manager, viewer, sheet, 'RETURN');
      const period = await periodOf(manager, sheet);
      const replyDueAt = replyDueAfterReturn(new Date(), period.replyDays);
      await manager.update(ScoreSheet, sheet.id, {
        status: 'RETURNED',
        returnReason: reason,
        replyDueAt,
        approvedAt: null,
        approvedBy: null,
        firstReviewedAt: null,
        firstReviewedBy: null,
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
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_RETURNED',
          field: 'replyDueAt',
          oldValue: sheet.replyDueAt?.toISOString() ?? null,
          newValue: { replyDueAt: replyDueAt.toISOString(), by: role === 'LEADER' ? 'BLOCK_LEADER' : 'WARD_REVIEWER' },
          // Both events of the return carry its reason (they share one timestamp, in either order).
          reason,
        },
      ]);
      await this.notifications.notifyUnit(manager, sheet.unitId, {
        kind: 'SHEET_RETURNED',
        payload: {
          ...this.payload(sheet),
          reason,
          replyDueAt: replyDueAt.toISOString(),
        },
      });
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  /**
   * The first round done: SUBMITTED → FIRST_REVIEWED, by the block leader or, when it
   * does not, by a ward reviewer (audited as such). The ward reviewers are told.
   */
  async firstReview(viewer: AuthUser, input: FirstReviewSheetInput): Promise<ScoreSheetModel> {
    const note = input.note?.trim() || null;
    const sheet = await this.dataSource.transaction(async (manager) => {
      const sheet = await lockSheet(manager, input.sheetId);
      const { role, context } = await this.roleFor(manager, viewer, sheet, 'FIRST_REVIEW');
      await manager.update(ScoreSheet, sheet.id, {
        status: 'FIRST_REVIEWED',
        firstReviewedAt: new Date(),
        firstReviewedBy: viewer.id,
      });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_FIRST_REVIEWED',
          field: 'status',
          oldValue: sheet.status,
          newValue: { status: 'FIRST_REVIEWED', by: role === 'LEADER' ? 'BLOCK_LEADER' : 'WARD_REVIEWER' },
          reason: note,
        },
      ]);
      await this.notifications.notifyUnit(manager, sheet.unitId, {
        kind: 'SHEET_FIRST_REVIEWED',
        payload: this.payload(sheet),
      });
      await this.notifications.notifyUsers(
        manager,
        (await wardReviewerIds(manager, sheet.campaignId, context.blockId, sheet.unitId)).filter(
          (id) => id !== viewer.id,
        ),
        { kind: 'SHEET_TO_REVIEW', payload: this.payload(sheet) },
      );
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  /** The second round: ward reviewers only; in a block with a leader, after the first round. */
  async approve(viewer: AuthUser, sheetId: string): Promise<ScoreSheetModel> {
    const sheet = await this.dataSource.transaction(async (manager) => {
      const sheet = await lockSheet(manager, sheetId);
      const { role, context } = await this.roleFor(manager, viewer, sheet, 'APPROVE');
      if (role !== 'WARD') throw new CampaignsError('SHEET_OUT_OF_SCOPE', 'Only the ward reviewers approve');
      assertApprovable(sheet, context);
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
      await this.notifications.notifyUnit(manager, sheet.unitId, {
        kind: 'SHEET_APPROVED',
        payload: this.payload(sheet),
      });
      await this.markInReview(manager, viewer, sheet.campaignId);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  /**
   * Who acts and whether the sheet allows it: a marked sheet is frozen; the block
   * leader acts only in the first round (a SUBMITTED sheet).
   */
  private async roleFor(
    manager: EntityManager,
    viewer: AuthUser,
    sheet: ScoreSheet,
    action: 'REVIEW' | 'RETURN' | 'FIRST_REVIEW' | 'APPROVE',
  ): Promise<{ role: 'LEADER' | 'WARD'; context: ReviewContext }> {
    const context = await reviewContext(manager, viewer, sheet);
    const role = reviewerRole(viewer, sheet, context);
    assertTransition(action, sheet);
    assertNotMarked(sheet);
    if (role === 'LEADER' && sheet.status !== 'SUBMITTED') {
      throw new CampaignsError(
        'INVALID_TRANSITION',
        `The block leader reviews a submitted sheet only (it is ${sheet.status}): the ward reviewers have it now`,
      );
    }
    return { role, context };
  }

  private payload(sheet: ScoreSheet): Record<string, unknown> {
    return { campaignId: sheet.campaignId, periodId: sheet.periodId, sheetId: sheet.id, unitId: sheet.unitId };
  }

  private async markInReview(manager: EntityManager, viewer: AuthUser, campaignId: string): Promise<void> {
    const current = await campaignStatus(manager, campaignId);
    const next = current ? campaignStatusAfterReview(current) : null;
    if (next) await setCampaignStatus(manager, viewer, campaignId, next);
  }
}
