import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppSetting } from '../entities/app-setting.entity.js';
import { CatalogueSeed } from '../../modules/commendation/catalogue/catalogue-seed.js';
import { ActivitiesSeeder } from './activities.seeder.js';
import { CampaignSeeder } from './campaign.seeder.js';
import { CommendationSeeder } from './commendation.seeder.js';
import { ContentSeeder } from './content.seeder.js';
import { ContestSeeder } from './contest.seeder.js';
import { DEMO_CONTENT } from './demo-content.js';
import { DEMO_LOADED, OrganizationSeeder } from './organization.seeder.js';
import { PeopleSeeder } from './people.seeder.js';

/**
 * Loads the demo data (phường Hải An's organization and its rosters, the resolution's question
 * pack and its quiz, the emulation campaign with scores in several statuses, the
 * online contest with weekly rounds, the sơ kết's commendation round through the council to the
 * chairman's decision, a month of propagation activities and reports to the ward) on the first start of an installation, and records that it
 * did: deleting demo data later does not bring it back on restart. Each step is
 * idempotent and locked, so two nodes starting together load it once.
 *
 * The data is in this folder (demo-organization.ts, demo-people.ts, demo-content.ts,
 * demo-campaign.ts, demo-commendation.ts, demo-contest.ts, demo-activities.ts), one seeder per feature beside it; this class only sequences them.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizationSeeder: OrganizationSeeder,
    private readonly peopleSeeder: PeopleSeeder,
    private readonly contentSeeder: ContentSeeder,
    private readonly campaignSeeder: CampaignSeeder,
    private readonly contestSeeder: ContestSeeder,
    private readonly catalogue: CatalogueSeed,
    private readonly commendationSeeder: CommendationSeeder,
    private readonly activitiesSeeder: ActivitiesSeeder,
  ) {}

  async seedOnFirstRun(): Promise<boolean> {
    const settings = this.dataSource.getRepository(AppSetting);
    if (await settings.existsBy({ key: DEMO_LOADED })) return false;
    const units = await this.organizationSeeder.seedDemoOrganization();
    const people = await this.peopleSeeder.seedDemoPeople();
    await this.contentSeeder.seedDemoContent(DEMO_CONTENT);
    // The commendation catalogue first (it is seeded on bootstrap, and this runs before it): titles link to its forms.
    await this.catalogue.ensureCatalogue();
    await this.campaignSeeder.seedDemoCampaign();
    await this.commendationSeeder.seedDemoCommendation();
    await this.contestSeeder.seedDemoContest();
    await this.activitiesSeeder.seedDemoActivities();
    await settings
      .createQueryBuilder()
      .insert()
      .values({ key: DEMO_LOADED, value: { at: new Date().toISOString(), units, people } })
      .orIgnore()
      .execute();
    this.logger.log(
      `Loaded the demo data: ${units} units, ${people} people, ${DEMO_CONTENT.questions.length} questions`,
    );
    return true;
  }
}
