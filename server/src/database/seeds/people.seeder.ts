import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch } from '@thidua/shared';
import { DataSource, In } from 'typeorm';
import { Person } from '../../modules/people/entities/person.entity.js';
import { Unit } from '../../modules/units/entities/unit.entity.js';
import { demoIdentityKey, demoPeople } from './demo-people.js';

const CHUNK = 500;

/**
 * Loads the demo rosters (demo-people.ts) into the demo units. It writes the person
 * table itself, in a few multi-row inserts: the people services act for a signed-in
 * officer, one person or one file at a time, with an audit event each, while the demo
 * is a ward whose rosters were already there. No phone numbers.
 * Idempotent: nothing happens when a demo person exists; people of a unit that is
 * gone are left out, and a row clashing with a real person (same identity or code)
 * is skipped.
 */
@Injectable()
export class PeopleSeeder {
  private readonly logger = new Logger(PeopleSeeder.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The number of people inserted (0 when the demo rosters are there already). */
  seedDemoPeople(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['demo.people']);
      if (await manager.existsBy(Person, { isDemo: true })) return 0;
      const people = demoPeople();
      const codes = [...new Set(people.map((p) => p.unitCode))];
      const units = await manager.find(Unit, { select: { id: true, code: true }, where: { code: In(codes) } });
      const unitId = new Map(units.map((u) => [u.code, u.id]));
      const rows = people
        .filter((p) => unitId.has(p.unitCode))
        .map((p) => ({
          unitId: unitId.get(p.unitCode)!,
          kind: p.kind,
          fullName: p.fullName,
          searchText: foldForSearch(p.fullName),
          birthDate: p.birthDate,
          birthYear: p.birthYear,
          subUnit: p.subUnit,
          identityKey: demoIdentityKey(p),
          personalCode: p.personalCode,
          isDemo: true,
        }));
      let inserted = 0;
      for (let i = 0; i < rows.length; i += CHUNK) {
        const result = await manager
          .createQueryBuilder()
          .insert()
          .into(Person)
          .values(rows.slice(i, i + CHUNK))
          .orIgnore()
          .returning(['id'])
          .execute();
        inserted += (result.raw as unknown[]).length;
      }
      if (inserted > 0) this.logger.log(`Loaded the demo rosters: ${inserted} people in ${units.length} units`);
      return inserted;
    });
  }
}
