import { Module } from '@nestjs/common';
import { CommendationModule } from '../../modules/commendation/commendation.module.js';
import { ContentModule } from '../../modules/content/content.module.js';
import { ContestsModule } from '../../modules/contests/contests.module.js';
import { NotificationsModule } from '../../modules/notifications/notifications.module.js';
import { PeopleModule } from '../../modules/people/people.module.js';
import { ActivitiesSeeder } from './activities.seeder.js';
import { CampaignSeeder } from './campaign.seeder.js';
import { CommendationSeeder } from './commendation.seeder.js';
import { ContentSeeder } from './content.seeder.js';
import { ContestSeeder } from './contest.seeder.js';
import { DemoSeeder } from './demo-seeder.js';
import { OrganizationSeeder } from './organization.seeder.js';
import { PeopleSeeder } from './people.seeder.js';

/** The demo data and its seeders, in one place; features export services, not seeders. */
@Module({
  imports: [ContentModule, ContestsModule, PeopleModule, NotificationsModule, CommendationModule],
  providers: [
    DemoSeeder,
    OrganizationSeeder,
    PeopleSeeder,
    ContentSeeder,
    CampaignSeeder,
    ContestSeeder,
    CommendationSeeder,
    ActivitiesSeeder,
  ],
  exports: [DemoSeeder],
})
export class SeedModule {}
