import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CampaignBoardSnapshot, RankingView } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CampaignsError } from '../campaigns.errors.js';
import { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { loadDefinition, type CampaignDefinition } from '../setup/campaign-definition.js';
import { toBoardSnapshot } from './board-snapshot.js';
import { campaignBoardPublic } from './board-visibility.js';
import type { CampaignRanking } from './models/ranking.model.js';
import { freezeQuotaBases } from './quota-bases.js';
import { rankingOf } from './ranking.loader.js';
import { periodsWithSheetsInView } from './ranking.store.js';

/** The only view the public board shows: what unit officers may read. */
export const BOARD_VIEW: RankingView = 'PUBLISHED';

/** Rankings per block with totals, titles and gaps, computed from the stored scores; the board's snapshot. */
@Injectable()
export class RankingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ranking(
    campaignId: string,
    periodId: string,
    view: RankingView,
    manager?: EntityManager,
  ): Promise<CampaignRanking> {
    const m = manager ?? this.dataSource.manager;
    const d = await loadDefinition(m, campaignId);
    const period = d.periods.find((p) => p.id === periodId);
    if (!period) throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
    return rankingOf(m, d, period, view);
  }

  /**
   * Chốt cơ sở tính hạn mức: freezes the period's quota bases from the reviewed
   * ranking (audited), then answers that ranking, now on the frozen bases.
   */
  async freezeQuotaBases(viewer: AuthUser, periodId: string): Promise<CampaignRanking> {
    const campaignId = await this.dataSource.transaction(async (manager) => {
      await freezeQuotaBases(manager, periodId, viewer.id);
      return (await manager.findOneByOrFail(CampaignPeriod, { id: periodId })).campaignId;
    });
    return this.ranking(campaignId, periodId, 'REVIEWED');
  }

  /**
   * The public board of a campaign, or null when its board is not enabled. It
   * shows the PUBLISHED view of the latest period that has published sheets (the
   * first period when none has): an anonymous screen sees no more than a unit
   * officer may (rankings.resolver.ts refuses them every other view); there is
   * no setting to show reviewed-but-unpublished totals instead.
   */
  async boardSnapshot(campaignId: string): Promise<CampaignBoardSnapshot | null> {
    const m = this.dataSource.manager;
    let d: CampaignDefinition;
    try {
      d = await loadDefinition(m, campaignId);
    } catch (error) {
      if (error instanceof CampaignsError) return null;
      throw error;
    }
    if (!campaignBoardPublic(d.campaign)) return null;
    const view: RankingView = BOARD_VIEW;
    const withData = await periodsWithSheetsInView(m, campaignId, view);
    const period = [...d.periods].reverse().find((p) => withData.has(p.id)) ?? d.periods[0] ?? null;
    const ranking = period ? await rankingOf(m, d, period, view) : null;
    return toBoardSnapshot(d, period, ranking, new Date());
  }
}
