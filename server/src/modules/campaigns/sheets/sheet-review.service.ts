import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateScore, type IndicatorDef, type IndicatorKind } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { PopulationsService } from '../../people/populations.service.js';
import { CampaignBoardBroadcaster } from '../board/campaign-board.broadcaster.js';
import { CampaignsError } from '../campaigns.errors.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { toIndicatorDef } from '../setup/campaign-definition.js';
import { recordAudit, type AuditRecord } from './audit-trail.js';
import { loadEntryFigures, scoreFigure } from './entry-figures.js';
import type { FirstReviewSheetInput, ReturnScoreSheetInput, ReviewScoreEntryInput } from './dto/score-sheet.input.js';
import type { ScoreSheetModel } from './models/score-sheet.model.js';
import {
  blockKey,
  campaignStatus,
  entryContext,
  lockSheet,
  periodOf,
  reviewContext,
  setCampaignStatus,
  sheetBlocks,
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

/** Kinds whose figure a reviewer may correct (the score is then computed from it). */
const FIGURE_KINDS: ReadonlySet<IndicatorKind> = new Set(['RELATIVE_TO_BEST', 'THRESHOLD', 'RATE', 'WARD_RATE']);

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
    private readonly populations: PopulationsService,
  ) {}

  /**
   * The reviewer sets an entry's score, or corrects its figure (reviewedValue) and the
   * score follows from it: a RELATIVE_TO_BEST is scored over the block from figures, so
   * its figure is what the reviewer corrects (scored with the block's best); THRESHOLD,
   * RATE and WARD_RATE take either. A score set directly clears a corrected figure.
   */
  async reviewEntry(viewer: AuthUser, input: ReviewScoreEntryInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await entryContext(manager, input.entryId, true);
      await this.roleFor(manager, viewer, sheet, 'REVIEW');
      const def = toIndicatorDef(indicator);
      const { score, reviewedValue } = await this.reviewedFigures(manager, sheet, def, input);
      await manager.update(ScoreEntry, entry.id, { reviewedScore: score, reviewedValue, reviewReason: reason });
      const base = {
        campaignId: sheet.campaignId,
        sheetId: sheet.id,
        entryId: entry.id,
        actorId: viewer.id,
        action: 'SCORE_REVIEWED' as const,
        reason,
      };
      const audits: AuditRecord[] = [];
      if (reviewedValue !== entry.reviewedValue)
        audits.push({
          ...base,
          field: 'reviewedValue',
          oldValue: entry.reviewedValue ?? entry.value,
          newValue: reviewedValue,
        });
      audits.push({
        ...base,
        field: 'reviewedScore',
        oldValue: entry.reviewedScore ?? entry.selfScore,
        newValue: score,
      });
      await recordAudit(manager, audits);
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

  /** The reviewed score (and corrected figure, or null) an input asks for, checked; nothing is written. */
  private async reviewedFigures(
    manager: EntityManager,
    sheet: ScoreSheet,
    def: IndicatorDef,
    input: ReviewScoreEntryInput,
  ): Promise<{ score: number; reviewedValue: number | null }> {
    const figure = input.reviewedValue ?? null;
    const direct = input.reviewedScore ?? null;
    const details = { indicator: def.code };
    if ((figure === null) === (direct === null))
      throw new CampaignsError('INVALID_SCORE', `${def.code}: give either reviewedScore or reviewedValue`, details);
    if (figure === null) {
      if (def.kind === 'RELATIVE_TO_BEST')
        throw new CampaignsError(
          'INVALID_SCORE',
          `${def.code} is scored over the block from figures: correct the figure (reviewedValue)`,
          { ...details, reason: 'FIGURE_REQUIRED' },
        );
      const checked = validateScore(def, direct!);
      if (!checked.ok)
        throw new CampaignsError('INVALID_SCORE', checked.message, { ...details, reason: checked.reason });
      return { score: checked.score, reviewedValue: null };
    }
    if (!FIGURE_KINDS.has(def.kind))
      throw new CampaignsError(
        'INVALID_SCORE',
        `${def.code}: a corrected figure is for RELATIVE_TO_BEST, THRESHOLD, RATE and WARD_RATE; set the score`,
        { ...details, reason: 'SCORE_REQUIRED' },
      );
    const figureSheet = {
      ...sheet,
      blockId: (await sheetBlocks(manager, [sheet])).get(blockKey(sheet))?.blockId ?? null,
    };
    const figures = await loadEntryFigures(manager, this.populations, [figureSheet], [def]);
    const result = scoreFigure(figures, figureSheet, def, figure)!;
    if (!result.ok) throw new CampaignsError('INVALID_SCORE', result.message, { ...details, reason: result.reason });
    return { score: result.score, reviewedValue: figure };
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
