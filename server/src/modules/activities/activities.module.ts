import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { CommendationModule } from '../commendation/commendation.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ActivityFileStore } from './log/activity-file.store.js';
import { ActivityFilesController } from './log/activity-files.controller.js';
import { ActivityLogResolver, ActivityPlansResolver } from './log/activity-log.resolver.js';
import { ActivityDetailsService } from './log/activity-details.js';
import { ActivityLogService } from './log/activity-log.service.js';
import { ActivityCampaignSource } from './campaign-source/activity-campaign-source.js';
import { ActivityIndicatorRefresher } from './campaign-source/activity-indicator-refresher.js';
import {
  ComputedEntryActivitiesResolver,
  ComputedEntryActivitiesService,
} from './campaign-source/computed-entry-activities.js';
import { ActivityDashboardController } from './dashboard/activity-dashboard.controller.js';
import { ActivityDashboardResolver } from './dashboard/activity-dashboard.resolver.js';
import { ActivityDashboardService } from './dashboard/activity-dashboard.service.js';
import { ActivityDashboardXlsx } from './dashboard/activity-dashboard.xlsx.js';
import { ActivityFiguresService } from './figures/activity-figures.js';
import { WardReportsResolver } from './reports/ward-reports.resolver.js';
import { WardReportsService } from './reports/ward-reports.service.js';
import { PeriodicReportsController } from './periodic/periodic-reports.controller.js';
import { PeriodicReportsResolver } from './periodic/periodic-reports.resolver.js';
import { PeriodicReportsService } from './periodic/periodic-reports.service.js';

/**
 * Propagation activities by the ward's plan (Kế hoạch tuyên truyền, mục III and V): what
 * each unit did, by the plan's six forms, and what it reported to the ward. One folder per
 * part:
 * - log/: plans, the activity log per unit (attendance from the roster, evidence, drafts, review);
 * - reports/: reports to the ward (false information found, difficulties with the office's reply);
 * - campaign-source/: campaign indicators computed from the log (the ACTIVITY computed source);
 * - dashboard/: ward totals by form, unit, block and month, silent units, the XLSX export;
 * - periodic/: the báo cáo sơ kết / tổng kết (DOCX, Nghị định 30/2020, builder in common/docx/).
 */
@Module({
  imports: [CampaignsModule, CommendationModule, PeopleModule, NotificationsModule],
  controllers: [ActivityFilesController, ActivityDashboardController, PeriodicReportsController],
  providers: [
    ActivityFileStore,
    ActivityLogService,
    ActivityDetailsService,
    ActivityLogResolver,
    ActivityPlansResolver,
    WardReportsService,
    WardReportsResolver,
    ActivityFiguresService,
    ActivityCampaignSource,
    ActivityIndicatorRefresher,
    ComputedEntryActivitiesService,
    ComputedEntryActivitiesResolver,
    ActivityDashboardService,
    ActivityDashboardXlsx,
    ActivityDashboardResolver,
    PeriodicReportsService,
    PeriodicReportsResolver,
  ],
  exports: [ActivityFiguresService, ActivityIndicatorRefresher],
})
export class ActivitiesModule {}
