import { Injectable } from '@nestjs/common';
import type { GroupFigure } from '@thidua/shared';
import type { EntityManager } from 'typeorm';
import { RankingService } from '../../campaigns/board/ranking.service.js';
import { CampaignPeriod } from '../../campaigns/entities/campaign-period.entity.js';
import { Campaign } from '../../campaigns/entities/campaign.entity.js';
import { CommendationError } from '../commendation.errors.js';
import type { CommendationRound } from '../entities/commendation-round.entity.js';
import { rankingAchievements } from './proposal-texts.js';

/** A unit as the round's published ranking placed it. */
export interface RankedUnit {
  unitId: string;
  unitName: string;
  blockName: string;
  rank: number;
  total: number;
  groups: GroupFigure[];
  /** The campaign title it earned, if any. */
  titleId: string | null;
  titleName: string | null;
  /** The drafted “Đã có thành tích …” line. */
  achievements: string;
}

/** The published ranking of a round's campaign period, as the proposals need it. */
@Injectable()
export class RankingFacts {
  constructor(private readonly ranking: RankingService) {}

  /** Refused (PERIOD_NOT_PUBLISHED) unless the round's period's results are published. */
  async published(manager: EntityManager, round: CommendationRound): Promise<RankedUnit[]> {
    const period = round.periodId ? await manager.findOneBy(CampaignPeriod, { id: round.periodId }) : null;
    if (!round.campaignId || !period?.publishedAt) {
      throw new CommendationError('PERIOD_NOT_PUBLISHED', 'The round’s period has no published ranking', {
        periodId: round.periodId,
      });
    }
    const campaign = await manager.findOneByOrFail(Campaign, { id: round.campaignId });
    const ranking = await this.ranking.ranking(round.campaignId, period.id, 'PUBLISHED', manager);
    return ranking.blocks.flatMap((block) =>
      block.rows.map((row) => ({
        unitId: row.unit.id,
        unitName: row.unit.name,
        blockName: block.name,
        rank: row.rank,
        total: row.total,
        groups: row.groups.map((g) => ({ code: g.code, subtotal: g.subtotal, maxPoints: g.maxPoints })),
        titleId: row.title?.id ?? null,
        titleName: row.title?.name ?? null,
        achievements: rankingAchievements({
          campaignName: campaign.title,
          periodName: period.name,
          year: round.year,
          blockName: block.name,
          rank: row.rank,
          total: row.total,
        }),
      })),
    );
  }

  /** By unit; null when the round has no published ranking (a round for records alone). */
  async ofRound(manager: EntityManager, round: CommendationRound): Promise<Map<string, RankedUnit> | null> {
    try {
      return new Map((await this.published(manager, round)).map((r) => [r.unitId, r]));
    } catch (error) {
      if (error instanceof CommendationError && error.reason === 'PERIOD_NOT_PUBLISHED') return null;
      throw error;
    }
  }
}
