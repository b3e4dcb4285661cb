import { NotificationsModule } from '../notifications/notifications.module.js';
import { PeopleModule } from '../people/people.module.js';
import { Module } from '@nestjs/common';
import { RankingService } from './board/ranking.service.js';
import { RankingsResolver } from './board/rankings.resolver.js';
import { CampaignBoardBroadcaster } from './board/campaign-board.broadcaster.js';
import { CampaignBoardGateway } from './board/campaign-board.gateway.js';
import { CampaignFilesController } from './campaign-files.controller.js';
import { ComputedSourceRegistry } from './computed-source.registry.js';
import { PeriodSummaryReport } from './reports/period-summary.report.js';
import { ScoreTableReport } from './reports/score-table.report.js';
import { CampaignsResolver } from './setup/campaigns.resolver.js';
import { CampaignsService } from './setup/campaigns.service.js';
import { IndicatorTreeService } from './setup/indicator-tree.service.js';
import { SETUP_CONTROLLERS, SETUP_PROVIDERS } from './setup/setup.providers.js';
import { ComputedScoresService } from './sheets/computed-scores.service.js';
import { EvidenceFileStore } from './sheets/evidence-file.store.js';
import { OfficerSheetsService } from './sheets/officer-sheets.service.js';
import { ScoreSheetsResolver } from './sheets/score-sheets.resolver.js';
import { SheetDeadlinesService } from './sheets/sheet-deadlines.service.js';
import { SheetPublishingService } from './sheets/sheet-publishing.service.js';
import { SheetQueriesService } from './sheets/sheet-queries.service.js';
import { SheetReviewService } from './sheets/sheet-review.service.js';

/**
 * Emulation campaigns (phong trào thi đua), by concern:
 * - setup/: the campaign, its periods, blocks, indicator tree and titles (ADMIN);
 * - sheets/: score sheets, one service per actor (unit officer, reviewer, admin),
 *   the state machine and rules they share, evidence and the audit trail;
 * - board/: rankings, titles and gaps, and the live board's snapshot;
 * - reports/: the printable period summary (the XLSX score table is beside this file).
 * Other modules plug computed-indicator sources into ComputedSourceRegistry.
 */
@Module({
  imports: [PeopleModule, NotificationsModule],
  controllers: [CampaignFilesController, ...SETUP_CONTROLLERS],
  providers: [
    CampaignsService,
    IndicatorTreeService,
    ...SETUP_PROVIDERS,
    SheetQueriesService,
    OfficerSheetsService,
    SheetReviewService,
    SheetPublishingService,
    SheetDeadlinesService,
    ComputedScoresService,
    RankingService,
    EvidenceFileStore,
    ComputedSourceRegistry,
    CampaignBoardBroadcaster,
    CampaignBoardGateway,
    ScoreTableReport,
    PeriodSummaryReport,
    CampaignsResolver,
    ScoreSheetsResolver,
    RankingsResolver,
  ],
  exports: [CampaignsService, RankingService, ComputedSourceRegistry, ComputedScoresService, CampaignBoardBroadcaster],
})
export class CampaignsModule {}
