import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch } from '@thidua/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { AppSetting } from '../entities/app-setting.entity.js';
import { CampaignSeeder } from '../../modules/campaigns/campaign.seeder.js';
import { ContentSeeder } from '../../modules/content/content.seeder.js';
import { ContestSeeder } from '../../modules/contests/contest.seeder.js';
import { DEMO_QUESTIONS, DEMO_QUIZ, DEMO_RESOLUTION, DEMO_SECTIONS } from './demo-content.js';
import { DEMO_ORGANIZATION } from './demo-organization.js';

const DEMO_LOADED = 'demo.loaded';

/**
 * Loads the demo data (phường Hải An's organization, the resolution's question
 * pack and its quiz, the emulation campaign with scores in several statuses, the
 * online contest with weekly rounds) on the first start of an installation, and records that it
 * did: deleting demo data later does not bring it back on restart. Each step is
 * idempotent and locked, so two nodes starting together load it once.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contentSeeder: ContentSeeder,
    private readonly campaignSeeder: CampaignSeeder,
    private readonly contestSeeder: ContestSeeder,
  ) {}

  async seedOnFirstRun(): Promise<boolean> {
    const settings = this.dataSource.getRepository(AppSetting);
    if (await settings.existsBy({ key: DEMO_LOADED })) return false;
    const units = await this.seedOrganization();
    await this.contentSeeder.seedDemoContent({
      resolution: DEMO_RESOLUTION,
      sections: DEMO_SECTIONS,
      questions: DEMO_QUESTIONS,
      quiz: DEMO_QUIZ,
    });
    await this.campaignSeeder.seedDemoCampaign();
    await this.contestSeeder.seedDemoContest();
    await settings
      .createQueryBuilder()
      .insert()
      .values({ key: DEMO_LOADED, value: { at: new Date().toISOString(), units } })
      .orIgnore()
      .execute();
    this.logger.log(`Loaded the demo data: ${units} units, ${DEMO_QUESTIONS.length} questions`);
    return true;
  }

  /** Inserts the demo units that are not there yet, parents first, in one statement. */
  private seedOrganization(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DEMO_LOADED]);
      const idByCode = new Map(
        (await manager.find(Unit, { select: { id: true, code: true } })).map((u) => [u.code, u.id]),
      );
      const rows = DEMO_ORGANIZATION.filter((u) => !idByCode.has(u.code)).map((u, index) => {
        const id = randomUUID();
        idByCode.set(u.code, id);
        return {
          id,
          code: u.code,
          name: u.name,
          searchText: foldForSearch(`${u.name} ${u.code}`),
          kind: u.kind,
          parentId: u.parentCode ? (idByCode.get(u.parentCode) ?? null) : null,
          eligiblePopulation: u.eligiblePopulation,
          populationKind: u.populationKind,
          sortOrder: index,
          isDemo: true,
        };
      });
      if (rows.length > 0) await manager.insert(Unit, rows);
      return rows.length;
    });
  }
}
