import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { recordDataAudit } from '../../common/audit/data-audit.js';
import type { ImportRowError } from '../../common/import/import-row-error.js';
import { readTabularFile, TabularFileError } from '../../common/import/tabular-file.js';
import { Person } from './entities/person.entity.js';
import { freshPersonalCodes, PeopleAccess } from './people-access.js';
import { PhoneVault } from './phone-vault.js';
import { validateRosterFile, type RosterFileRow } from './roster-file.js';

export interface RosterImportOutcome {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

interface ExistingPerson {
  id: string;
  unit_id: string;
  kind: string;
  identity_key: string;
  full_name: string;
  birth_date: string | null;
  birth_year: number;
  sub_unit: string;
  phone_hash: string | null;
}

/**
 * Imports a unit's roster file, all or nothing: every row is checked first, and with
 * any bad row nothing is written and every problem of every row is reported. A row
 * matching a person of the unit (same kind, folded name and birth) updates them, so a
 * re-import never duplicates anyone.
 */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeopleAccess,
    private readonly vault: PhoneVault,
  ) {}

  async import(
    viewer: AuthUser,
    unitId: string,
    fileName: string,
    content: Buffer,
    dryRun: boolean,
  ): Promise<RosterImportOutcome> {
    await this.access.assertUnit(viewer, unitId);
    let file;
    try {
      file = await readTabularFile(fileName, content);
    } catch (error) {
      if (!(error instanceof TabularFileError)) throw error;
      return refused([{ line: 0, column: null, reason: 'FILE_UNREADABLE', message: error.message }]);
    }
    return this.dataSource.transaction('SERIALIZABLE', async (manager) => {
      const units: { id: string; code: string; population_kind: string }[] = await manager.query(
        `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
         SELECT u.id, u.code, u.population_kind FROM unit u JOIN tree ON tree.id = u.id`,
        [unitId],
      );
      const target = units.find((u) => u.id === unitId)!;
      const kinds: { code: string; labelVi: string; labelEn: string }[] = await manager.query(
        'SELECT code, label_vi AS "labelVi", label_en AS "labelEn" FROM population_kind WHERE active',
      );
      const { rows, errors } = validateRosterFile(file, {
        kinds,
        unitsByCode: new Map(units.map((u) => [u.code, { id: u.id, populationKind: u.population_kind }])),
        targetUnitId: unitId,
        targetMainKind: target.population_kind,
      });
      if (errors.length > 0) return refused(errors);

      const existing: ExistingPerson[] = await manager.query(
        `SELECT id, unit_id, kind, identity_key, full_name, birth_date::text AS birth_date, birth_year, sub_unit, phone_hash
           FROM person WHERE unit_id = ANY($1::uuid[]) AND erased_at IS NULL`,
        [units.map((u) => u.id)],
      );
      const byKey = groupBy(existing, (p) => `${p.kind}|${p.identity_key}`);
      // A birth date added to (or missing from) a person first listed with the year only still matches them.
      const byYear = groupBy(existing, (p) => `${p.kind}|${p.identity_key.split('|')[0]}|${p.birth_year}`);
      const fresh: RosterFileRow[] = [];
      const changes: { id: string; changes: Partial<Person> }[] = [];
      let unchanged = 0;
      const matchErrors: ImportRowError[] = [];
      for (const row of rows) {
        const f = row.fields;
        let matches = byKey.get(`${row.kind}|${f.identityKey}`) ?? [];
        if (matches.length === 0) {
          matches = (byYear.get(`${row.kind}|${f.searchText}|${f.birthYear}`) ?? []).filter(
            (p) => (p.birth_date === null) !== (f.birthDate === null),
          );
        }
        if (matches.length === 0) fresh.push(row);
        else if (matches.length > 1) {
          matchErrors.push({
            line: row.line,
            column: null,
            reason: 'DUPLICATE_IN_UNIT',
            message: `The roster already lists ${matches.length} people with this name and birth; correct them first`,
          });
        } else {
          const diff = this.diff(matches[0], row);
          if (Object.keys(diff).length === 0) unchanged += 1;
          else changes.push({ id: matches[0].id, changes: diff });
        }
      }
      if (matchErrors.length > 0) return refused(matchErrors);
      const outcome = { ok: true, created: fresh.length, updated: changes.length, unchanged, errors: [] };
      if (dryRun) return outcome;

      await this.insert(manager, fresh);
      for (const { id, changes: next } of changes) await manager.getRepository(Person).update(id, next);
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'ROSTER_IMPORTED',
        subjectType: 'UNIT',
        subjectId: unitId,
        unitId,
        details: { fileName: fileName.slice(0, 255), created: fresh.length, updated: changes.length, unchanged },
      });
      return outcome;
    });
  }

  /** What the row changes of the person it matches (only the columns the file has). */
  private diff(person: ExistingPerson, row: RosterFileRow): Partial<Person> {
    const f = row.fields;
    const next: Partial<Person> = {};
    if (person.unit_id !== row.unitId) next.unitId = row.unitId;
    if (person.full_name !== f.fullName) Object.assign(next, { fullName: f.fullName, searchText: f.searchText });
    // A year-only row does not wipe a known birth date of the same year (the key matched on the year).
    if (f.birthDate !== null && person.birth_date !== f.birthDate) {
      Object.assign(next, { birthDate: f.birthDate, identityKey: f.identityKey });
    }
    if (person.birth_year !== f.birthYear) next.birthYear = f.birthYear;
    if (row.hasSubUnit && person.sub_unit !== f.subUnit) next.subUnit = f.subUnit;
    if (row.hasPhone && f.phone !== null && person.phone_hash !== this.vault.hash(f.phone)) {
      const sealed = this.vault.seal(f.phone);
      Object.assign(next, {
        phoneCiphertext: sealed.ciphertext,
        phoneHash: sealed.hash,
        phoneMasked: sealed.masked,
      });
    }
    return next;
  }

  private async insert(manager: EntityManager, rows: RosterFileRow[]): Promise<void> {
    if (rows.length === 0) return;
    const codes = await freshPersonalCodes(manager, rows.length);
    const values = rows.map((row, i) => {
      const sealed = row.fields.phone ? this.vault.seal(row.fields.phone) : null;
      return {
        unitId: row.unitId,
        kind: row.kind,
        fullName: row.fields.fullName,
        searchText: row.fields.searchText,
        birthDate: row.fields.birthDate,
        birthYear: row.fields.birthYear,
        subUnit: row.fields.subUnit,
        identityKey: row.fields.identityKey,
        phoneCiphertext: sealed?.ciphertext ?? null,
        phoneHash: sealed?.hash ?? null,
        phoneMasked: sealed?.masked ?? null,
        personalCode: codes[i],
      };
    });
    for (let i = 0; i < values.length; i += 500) {
      await manager.getRepository(Person).insert(values.slice(i, i + 500));
    }
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function refused(errors: ImportRowError[]): RosterImportOutcome {
  return { ok: false, created: 0, updated: 0, unchanged: 0, errors };
}
