import { Module } from '@nestjs/common';
import { CampaignsModule } from '../../modules/campaigns/campaigns.module.js';
import { ContentModule } from '../../modules/content/content.module.js';
import { ContestsModule } from '../../modules/contests/contests.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [ContentModule, CampaignsModule, ContestsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedModule {}
