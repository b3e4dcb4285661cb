import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch } from '@thidua/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { AppSetting } from '../entities/app-setting.entity.js';
import { DEMO_ORGANIZATION } from './demo-organization.js';

const DEMO_LOADED = 'demo.loaded';

/**
 * Loads the demo data once per installation, in one transaction, and records
 * that it did: deleting demo units later does not bring them back on restart.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seedOnFirstRun(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Two nodes starting together: only one seeds.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DEMO_LOADED]);
      if (await manager.existsBy(AppSetting, { key: DEMO_LOADED })) return false;
      const existingCodes = new Set((await manager.find(Unit, { select: { code: true } })).map((u) => u.code));
      const idByCode = new Map<string, string>();
      const rows = DEMO_ORGANIZATION.filter((u) => !existingCodes.has(u.code)).map((u, index) => {
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
      await manager.insert(AppSetting, {
        key: DEMO_LOADED,
        value: { at: new Date().toISOString(), units: rows.length },
      });
      this.logger.log(`Loaded the demo organization: ${rows.length} units`);
      return true;
    });
  }
}
