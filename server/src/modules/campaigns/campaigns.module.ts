import { Module } from '@nestjs/common';
import { CampaignBoardBroadcaster } from './campaign-board.broadcaster.js';
import { CampaignBoardGateway } from './campaign-board.gateway.js';
import { CampaignFilesController } from './campaign-files.controller.js';
import { CampaignsResolver } from './setup/campaigns.resolver.js';
import { CampaignsService } from './setup/campaigns.service.js';
import { ComputedSourceRegistry } from './computed-source.registry.js';
import { EvidenceStorage } from './sheets/evidence-storage.js';
import { PeriodSummaryReport } from './reports/period-summary.report.js';
import { RankingService } from './board/ranking.service.js';
import { ScoreSheetsService } from './sheets/score-sheets.service.js';
import { ScoreTableReport } from './score-table.report.js';

/**
 * Emulation campaigns (phong trào thi đua): setup, score sheets and review,
 * evidence, audit trail, rankings and titles, the live board, the score table and the
 * printable period summary.
 * Other modules plug computed-indicator sources into ComputedSourceRegistry.
 */
@Module({
  controllers: [CampaignFilesController],
  providers: [
    CampaignsService,
    ScoreSheetsService,
    RankingService,
    EvidenceStorage,
    ComputedSourceRegistry,
    CampaignBoardBroadcaster,
    CampaignBoardGateway,
    ScoreTableReport,
    PeriodSummaryReport,
    CampaignsResolver,
  ],
  exports: [CampaignsService, RankingService, ComputedSourceRegistry],
})
export class CampaignsModule {}
