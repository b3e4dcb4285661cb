import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateScore } from '@thidua/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { entryScore } from '../board/score-views.js';
import { CampaignBoardBroadcaster } from '../board/campaign-board.broadcaster.js';
import { freezeQuotaBases } from '../board/quota-bases.js';
import { CampaignsError } from '../campaigns.errors.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { ScoreCorrection } from '../entities/score-correction.entity.js';
import { ScoreEntry } from '../entities/score-entry.entity.js';
import { ScoreSheet } from '../entities/score-sheet.entity.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { toIndicatorDef } from '../setup/campaign-definition.js';
import { recordAudit } from './audit-trail.js';
import type { CorrectScoreInput } from './dto/score-sheet.input.js';
import type { ScoreSheetModel } from './models/score-sheet.model.js';
import { countUnpublishedPeriods, entryContext, setCampaignStatus, unitsByIds } from './score-sheet.store.js';
import { SheetQueriesService } from './sheet-queries.service.js';
import { requireReason } from './sheet-rules.js';
import { assertTransition, campaignStatusAfterPublish, isReadyToPublish } from './sheet-state-machine.js';

/**
 * The admin's side after review: publishing a period (công bố) and correcting a
 * published score with a reason, the only change a published sheet accepts.
 */
@Injectable()
export class SheetPublishingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly board: CampaignBoardBroadcaster,
    private readonly queries: SheetQueriesService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Publishes a period: every sheet must be approved or marked (the refusal lists the
   * units that are neither); they all become PUBLISHED and immutable in one statement,
   * a marked sheet keeping its mark. Every unit is told. The last period published
   * publishes the campaign.
   */
  async publishPeriod(viewer: AuthUser, periodId: string): Promise<ScoreSheetModel[]> {
    const period = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(CampaignPeriod, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period');
      if (period.publishedAt) throw new CampaignsError('PERIOD_PUBLISHED', 'This period is already published');
      const sheets = await manager.find(ScoreSheet, { where: { periodId }, lock: { mode: 'pessimistic_write' } });
      const notReady = sheets.filter((s) => !isReadyToPublish(s));
      if (notReady.length > 0 || sheets.length === 0) {
        const units = await unitsByIds(
          manager,
          notReady.map((s) => s.unitId),
        );
        throw new CampaignsError(
          'PERIOD_NOT_READY',
          `Sheets neither approved nor marked: ${units.map((u) => u.code).join(', ') || 'none exist'}`,
          { units: units.map((u) => u.code) },
        );
      }
      // Publishing freezes the quota bases when the council step did not (board/quota-bases.ts).
      await freezeQuotaBases(manager, periodId, viewer.id, { ifOpen: true });
      const now = new Date();
      await manager.update(ScoreSheet, { periodId }, { status: 'PUBLISHED', publishedAt: now });
      await manager.update(CampaignPeriod, periodId, { publishedAt: now });
      await recordAudit(
        manager,
        sheets.map((s) => ({
          campaignId: s.campaignId,
          sheetId: s.id,
          actorId: viewer.id,
          action: 'SHEET_PUBLISHED' as const,
          field: 'status',
          oldValue: s.status,
          newValue: 'PUBLISHED',
          reason: s.mark ? `marked ${s.mark}` : null,
        })),
      );
      for (const unitId of new Set(sheets.map((s) => s.unitId))) {
        await this.notifications.notifyUnit(manager, unitId, {
          kind: 'PERIOD_PUBLISHED',
          payload: { campaignId: period.campaignId, periodId, unitId },
        });
      }
      const next = campaignStatusAfterPublish(await countUnpublishedPeriods(manager, period.campaignId));
      if (next) await setCampaignStatus(manager, viewer, period.campaignId, next);
      return period;
    });
    this.board.changed(period.campaignId);
    return this.queries.list(viewer, period.campaignId, periodId);
  }

  /** The only change a published sheet accepts: a correction with a reason, recorded as such. */
  async correctScore(viewer: AuthUser, input: CorrectScoreInput): Promise<ScoreSheetModel> {
    const reason = requireReason(input.reason);
    const sheet = await this.dataSource.transaction(async (manager) => {
      const { entry, sheet, indicator } = await entryContext(manager, input.entryId, true);
      assertTransition('CORRECT', sheet);
      const result = validateScore(toIndicatorDef(indicator), input.newScore);
      if (!result.ok)
        throw new CampaignsError('INVALID_SCORE', result.message, { indicator: indicator.code, reason: result.reason });
      const oldScore = entryScore(entry, 'PUBLISHED');
      await manager.insert(ScoreCorrection, {
        entryId: entry.id,
        sheetId: sheet.id,
        oldScore,
        newScore: result.score,
        reason,
        correctedBy: viewer.id,
      });
      await manager.update(ScoreEntry, entry.id, { correctedScore: result.score });
      await recordAudit(manager, [
        {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          entryId: entry.id,
          actorId: viewer.id,
          action: 'SCORE_CORRECTED',
          field: 'correctedScore',
          oldValue: oldScore,
          newValue: result.score,
          reason,
        },
      ]);
      return sheet;
    });
    this.board.changed(sheet.campaignId);
    return this.queries.get(viewer, sheet.id);
  }
}
