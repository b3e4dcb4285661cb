import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@thidua/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { CampaignBoardBroadcaster } from '../board/campaign-board.broadcaster.js';
import { CampaignsError } from '../campaigns.errors.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { recordAudit } from './audit-trail.js';
import type {
  ExtendPeriodDeadlineInput,
  ExtendUnitDeadlineInput,
  MarkScoreSheetInput,
  UnmarkScoreSheetInput,
} from './dto/score-sheet.input.js';
import type { ScoreSheetModel } from './models/score-sheet.model.js';
import { lockSheet, periodOf, reviewContext, reviewerBlockIds } from './score-sheet.store.js';
import { SheetQueriesService } from './sheet-queries.service.js';
import {
  assertLaterDeadline,
  assertPeriodOpen,
  assertWardReviewer,
  effectiveDeadline,
  requireReason,
} from './sheet-rules.js';
import { assertTransition } from './sheet-state-machine.js';

/**
 * Deadlines that bend, with a trace (ward reviewers in scope, ADMIN): extend a period's
 * or one unit's deadline, mark a sheet không nộp / không xét or take the mark off. Each
 * needs a reason, is audited and tells the unit(s) concerned; nothing changes once the
 * period is published.
 */
@Injectable()
export class SheetDeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly board: CampaignBoardBroadcaster,
    private readonly queries: SheetQueriesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Every unit's deadline moves; a reviewer scoped to some blocks cannot move the others'. */
  async extendPeriod(viewer: AuthUser, input: ExtendPeriodDeadlineInput): Promise<ScoreSheetModel[]> {
    const reason = requireReason(input.reason);
    const period = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(CampaignPeriod, {
        where: { id: input.periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period');
      assertPeriodOpen(period);
      if (viewer.role === Role.REVIEWER && (await reviewerBlockIds(manager, viewer, period.campaignId)).length > 0) {
        throw new CampaignsError(
          'BLOCK_OUT_OF_SCOPE',
          "A reviewer scoped to blocks extends their units' deadlines only",
        );
      }
      assertLaterDeadline(period.submissionDeadline, input.newDeadline);
      await manager.update(CampaignPeriod, period.id, { submissionDeadline: input.newDeadline });
      await recordAudit(manager, [
        {
          campaignId: period.campaignId,
          actorId: viewer.id,
          action: 'DEADLINE_EXTENDED',
          field: 'submissionDeadline',
          oldValue: period.submissionDeadline.toISOString(),
          newValue: { deadline: input.newDeadline.toISOString(), periodId: period.id, rescue: false },
          reason,
        },
      ]);
      const open = await manager.find(ScoreSheet, {
        where: { periodId: period.id, status: In(['DRAFT', 'RETURNED']) },
      });
      for (const sheet of open.filter((s) => !s.mark)) {
        await this.notifyExtended(manager, sheet, input.newDeadline, reason);
      }
      return period;
    });
    this.board.changed(period.campaignId);
    return this.queries.list(viewer, period.campaignId, period.id);
  }

  /**
   * One unit's own deadline. An extension granted after the unit's deadline passed is a
   * rescue: its lateness still counts from the missed deadline (see lateDaysAt).
   */
  async extendUnit(viewer: AuthUser, input: ExtendUnitDeadlineInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { sheet, period } = await this.wardSheet(manager, viewer, input.sheetId);
      const current = effectiveDeadline(sheet, period);
      assertLaterDeadline(current, input.newDeadline);
      const rescue = current.getTime() < Date.now() && (sheet.status === 'DRAFT' || sheet.status === 'RETURNED');
      await manager.update(ScoreSheet, sheet.id, { deadlineOverride: input.newDeadline });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'DEADLINE_EXTENDED',
          field: 'deadlineOverride',
          oldValue: current.toISOString(),
          newValue: { deadline: input.newDeadline.toISOString(), rescue },
          reason,
        },
      ]);
      await this.notifyExtended(manager, sheet, input.newDeadline, reason);
      return sheet;
    });
    return this.queries.get(viewer, sheet.id);
  }

  /** Out of the ranking with a reason; publishing no longer waits for it. */
  async mark(viewer: AuthUser, input: MarkScoreSheetInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { sheet } = await this.wardSheet(manager, viewer, input.sheetId);
      assertTransition('MARK', sheet);
      const now = new Date();
      await manager.update(ScoreSheet, sheet.id, {
        mark: input.mark,
        markReason: reason,
        markedBy: viewer.id,
        markedAt: now,
      });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_MARKED',
          field: 'mark',
          oldValue: sheet.mark,
          newValue: input.mark,
          reason,
        },
      ]);
      await this.notifications.notifyUnit(manager, sheet.unitId, {
        kind: 'SHEET_MARKED',
        payload: { ...payloadOf(sheet), mark: input.mark, reason },
      });
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  async unmark(viewer: AuthUser, input: UnmarkScoreSheetInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { sheet } = await this.wardSheet(manager, viewer, input.sheetId);
      assertTransition('MARK', sheet);
      if (!sheet.mark) throw new CampaignsError('INVALID_TRANSITION', 'The sheet is not marked');
      await manager.update(ScoreSheet, sheet.id, { mark: null, markReason: null, markedBy: null, markedAt: null });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          actorId: viewer.id,
          action: 'SHEET_UNMARKED',
          field: 'mark',
          oldValue: sheet.mark,
          newValue: null,
          reason,
        },
      ]);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }

  /** The sheet, locked, for a ward reviewer in scope (never their own unit's), in an unpublished period. */
  private async wardSheet(
    manager: EntityManager,
    viewer: AuthUser,
    sheetId: string,
  ): Promise<{ sheet: ScoreSheet; period: CampaignPeriod }> {
    const sheet = await lockSheet(manager, sheetId);
    assertWardReviewer(viewer, sheet, await reviewContext(manager, viewer, sheet));
    const period = await periodOf(manager, sheet);
    assertPeriodOpen(period);
    return { sheet, period };
  }

  private async notifyExtended(manager: EntityManager, sheet: ScoreSheet, deadline: Date, reason: string) {
    await this.notifications.notifyUnit(manager, sheet.unitId, {
      kind: 'DEADLINE_EXTENDED',
      payload: { ...payloadOf(sheet), deadline: deadline.toISOString(), reason },
    });
  }
}

const payloadOf = (sheet: ScoreSheet) => ({
  campaignId: sheet.campaignId,
  periodId: sheet.periodId,
  sheetId: sheet.id,
  unitId: sheet.unitId,
});
