import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch } from '@thidua/shared';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { declarePopulation } from '../../modules/units/units.service.js';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { DEMO_ORGANIZATION } from './demo-organization.js';

/** The advisory lock (and app setting key) of the first-run demo load. */
export const DEMO_LOADED = 'demo.loaded';

/**
 * Loads the demo organization (demo-organization.ts). It writes the unit table itself:
 * UnitsService creates one unit at a time and has no demo flag, while this is one
 * multi-row insert of the units that are not there yet, parents first.
 */
@Injectable()
export class OrganizationSeeder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The number of units inserted (0 when they all exist). */
  seedDemoOrganization(): Promise<number> {
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
          populationKind: u.populationKind,
          sortOrder: index,
          isDemo: true,
        };
      });
      if (rows.length > 0) await manager.insert(Unit, rows);
      for (const u of DEMO_ORGANIZATION) {
        const row = rows.find((r) => r.code === u.code);
        if (!row) continue;
        await declarePopulation(manager, row.id, u.populationKind, u.eligiblePopulation);
        for (const [kind, declared] of Object.entries(u.alsoDeclared ?? {})) {
          await declarePopulation(manager, row.id, kind, declared);
        }
      }
      return rows.length;
    });
  }
}
