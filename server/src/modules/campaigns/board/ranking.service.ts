import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CampaignBoardSnapshot, RankingView } from '@thidua/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CampaignsError } from '../campaigns.errors.js';
import type { CampaignPeriod } from '../entities/campaign-period.entity.js';
import { loadDefinition, type CampaignDefinition } from '../setup/campaign-definition.js';
import { toBoardSnapshot } from './board-snapshot.js';
import { rankCampaign } from './campaign-ranking.js';
import type { CampaignRanking } from './models/ranking.model.js';
import { periodsWithSheetsInView, sheetsInView, unitTargetsOf } from './ranking.store.js';

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
    const ranking = period ? await rankingOf(m, d, period, view) : null;
    return toBoardSnapshot(d, period, ranking, new Date());
  }
}

/** The ranking of one period of a loaded campaign, in the caller's manager. */
export async function rankingOf(
  m: EntityManager,
  d: CampaignDefinition,
  period: CampaignPeriod,
  view: RankingView,
): Promise<CampaignRanking> {
  const { sheets, entries } = await sheetsInView(m, period, view);
  const relative = d.indicators.filter((i) => i.kind === 'RELATIVE_TO_BEST').map((i) => i.id);
  return rankCampaign(d, period, view, sheets, entries, await unitTargetsOf(m, relative));
}
