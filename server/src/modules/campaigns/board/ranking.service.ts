import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CampaignBoardSnapshot, RankingView } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CampaignsError } from '../campaigns.errors.js';
import { loadDefinition, type CampaignDefinition } from '../setup/campaign-definition.js';
import { rankCampaign, toBoardSnapshot } from './campaign-ranking.js';
import type { CampaignRanking } from './models/ranking.model.js';
import { periodsWithSheetsInView, sheetsInView } from './ranking.store.js';

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
    if (!d.periods.some((p) => p.id === periodId))
      throw new CampaignsError('PERIOD_NOT_FOUND', 'No such period in this campaign');
    return this.rankingOf(m, d, periodId, view);
  }

  /**
   * The public board of a campaign, or null when its board is not enabled. It
   * shows the admin-chosen source (reviewed or published) of the latest period
   * that has visible sheets (the first period when none has).
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
    if (!d.campaign.boardEnabled || d.campaign.status === 'DRAFT') return null;
    const view: RankingView = d.campaign.boardSource;
    const withData = await periodsWithSheetsInView(m, campaignId, view);
    const period = [...d.periods].reverse().find((p) => withData.has(p.id)) ?? d.periods[0] ?? null;
    const ranking = period ? await this.rankingOf(m, d, period.id, view) : null;
    return toBoardSnapshot(d, period, ranking, new Date());
  }

  private async rankingOf(
    m: EntityManager,
    d: CampaignDefinition,
    periodId: string,
    view: RankingView,
  ): Promise<CampaignRanking> {
    const { sheets, entries } = await sheetsInView(m, periodId, view);
    return rankCampaign(d, periodId, view, sheets, entries);
  }
}
