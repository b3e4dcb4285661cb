import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { foldForSearch, isAllowedParent, normalizeText, Role } from '@thidua/shared';
import { Brackets, DataSource, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { recordDataAudit } from '../../common/audit/data-audit.js';
import { InvalidInputError } from '../../common/errors/app-error.js';
import { readTabularFile, TabularFileError } from '../../common/import/tabular-file.js';
import type { CreateUnitInput, UnitsFilterInput, UpdateUnitInput } from './dto/unit.input.js';
import { PopulationKindEntry } from './entities/population-kind.entity.js';
import { Unit } from './entities/unit.entity.js';
import { validateRoster, type ExistingUnit } from './unit-roster.js';
import { UnitsError } from './units.errors.js';

export interface RosterImportResult {
  ok: boolean;
  created: number;
  updated: number;
  errors: { line: number; column: string | null; reason: string; message: string }[];
}

/**
 * Something built on units that forbids deleting one it points at (an account bound to the unit).
 * The module that owns the reference registers it, so units never imports the modules above it.
 */
export interface UnitDeletionCheck {
  /** The error message when the check refuses, e.g. "Accounts are bound to this unit". */
  message: string;
  refuses(unitId: string): Promise<boolean>;
}

const searchTextOf = (name: string, code: string) => foldForSearch(`${name} ${code}`);

@Injectable()
export class UnitsService {
  private readonly deletionChecks: UnitDeletionCheck[] = [];

  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Units visible to `viewer`, in tree order among siblings (sortOrder, then
   * Vietnamese name order). A unit officer sees their unit, its ancestors and descendants.
   */
  async list(viewer: AuthUser, filter: UnitsFilterInput = {}): Promise<Unit[]> {
    const query = this.units.createQueryBuilder('u');
    if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.parentId) query.andWhere('u.parent_id = :parentId', { parentId: filter.parentId });
    const words = foldForSearch(filter.search ?? '')
      .split(' ')
      .filter(Boolean);
    words.forEach((word, i) => query.andWhere(`u.search_text LIKE :w${i}`, { [`w${i}`]: `%${escapeLike(word)}%` }));
    if (viewer.role === Role.UNIT_OFFICER) {
      const scope = await this.scopeOf(viewer);
      query.andWhere(new Brackets((q) => q.where('u.id IN (:...scope)', { scope })));
    }
    return query.orderBy('u.sort_order', 'ASC').addOrderBy('u.name COLLATE "vi_icu"', 'ASC').getMany();
  }

  async get(viewer: AuthUser, id: string): Promise<Unit> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw new UnitsError('UNIT_NOT_FOUND', 'No such unit');
    if (viewer.role === Role.UNIT_OFFICER && !(await this.scopeOf(viewer)).includes(unit.id)) {
      throw new UnitsError('UNIT_OUT_OF_SCOPE', 'This unit is outside your own unit');
    }
    return unit;
  }

  /** `actorId`: who makes the change, for the data audit (null: the system). */
  async create(input: CreateUnitInput, actorId: string | null = null): Promise<Unit> {
    const code = input.code.trim().toUpperCase();
    const name = normalizeText(input.name);
    if (!name) throw new InvalidInputError('INVALID_INPUT', 'The name is empty');
    await this.checkParent(input.kind, input.parentId ?? null);
    if (await this.units.existsBy({ code })) throw new UnitsError('UNIT_CODE_TAKEN', `Code ${code} is already used`);
    await this.checkPopulationKind(input.populationKind);
    for (const p of input.populations ?? []) await this.checkPopulationKind(p.kind);
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.getRepository(Unit).save(
        manager.getRepository(Unit).create({
          code,
          name,
          searchText: searchTextOf(name, code),
          kind: input.kind,
          parentId: input.parentId ?? null,
          populationKind: input.populationKind,
          sortOrder: input.sortOrder ?? 0,
        }),
      );
      await declarePopulation(manager, unit.id, unit.populationKind, input.eligiblePopulation, actorId);
      for (const p of input.populations ?? []) await declarePopulation(manager, unit.id, p.kind, p.declared, actorId);
      return unit;
    });
  }

  async update(input: UpdateUnitInput, actorId: string | null = null): Promise<Unit> {
    const unit = await this.units.findOneBy({ id: input.id });
    if (!unit) throw new UnitsError('UNIT_NOT_FOUND', 'No such unit');
    const code = input.code?.trim().toUpperCase() ?? unit.code;
    const name = input.name !== undefined ? normalizeText(input.name) : unit.name;
    if (!name) throw new InvalidInputError('INVALID_INPUT', 'The name is empty');
    if (code !== unit.code && (await this.units.existsBy({ code }))) {
      throw new UnitsError('UNIT_CODE_TAKEN', `Code ${code} is already used`);
    }
    const parentId = input.parentId !== undefined ? input.parentId : unit.parentId;
    if (parentId !== unit.parentId) {
      await this.checkParent(unit.kind, parentId);
      if (parentId && (await this.descendantIds(unit.id)).includes(parentId)) {
        throw new UnitsError('INVALID_PARENT', 'A unit cannot be moved under itself or its own sub-unit');
      }
    }
    if (input.populationKind) await this.checkPopulationKind(input.populationKind);
    for (const p of input.populations ?? []) await this.checkPopulationKind(p.kind);
    const mainKindBefore = unit.populationKind;
    Object.assign(unit, {
      code,
      name,
      searchText: searchTextOf(name, code),
      parentId,
      populationKind: input.populationKind ?? unit.populationKind,
      sortOrder: input.sortOrder ?? unit.sortOrder,
    });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Unit).save(unit);
      if (input.eligiblePopulation !== undefined) {
        await declarePopulation(manager, saved.id, saved.populationKind, input.eligiblePopulation, actorId);
      }
      for (const p of input.populations ?? []) await declarePopulation(manager, saved.id, p.kind, p.declared, actorId);
      if (saved.populationKind !== mainKindBefore) {
        await recordDataAudit(manager, {
          actorId,
          action: 'POPULATION_CHANGED',
          subjectType: 'UNIT',
          subjectId: saved.id,
          unitId: saved.id,
          details: { mainKind: { from: mainKindBefore, to: saved.populationKind } },
        });
      }
      return saved;
    });
  }

  private async checkPopulationKind(kind: string): Promise<void> {
    if (!(await this.dataSource.getRepository(PopulationKindEntry).existsBy({ code: kind, active: true }))) {
      throw new UnitsError('UNKNOWN_POPULATION_KIND', `No population kind ${kind}`);
    }
  }

  /** Whether a unit exists, whoever asks (no scope): for modules that bind rows to a unit. */
  exists(id: string): Promise<boolean> {
    return this.units.existsBy({ id });
  }

  /** Called once at start-up by each module whose rows point at units. */
  addDeletionCheck(check: UnitDeletionCheck): void {
    this.deletionChecks.push(check);
  }

  async delete(id: string): Promise<void> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw new UnitsError('UNIT_NOT_FOUND', 'No such unit');
    if (await this.units.existsBy({ parentId: id })) {
      throw new UnitsError('UNIT_HAS_CHILDREN', 'Move or delete its sub-units first');
    }
    for (const check of this.deletionChecks) {
      if (await check.refuses(id)) throw new UnitsError('UNIT_IN_USE', check.message);
    }
    await this.units.delete(id);
  }

  /**
   * Imports a roster: every row is validated first; if any row is bad nothing is
   * written and every bad row is reported. Rows whose code exists update that unit.
   */
  async importRoster(
    fileName: string,
    content: Buffer,
    dryRun: boolean,
    actorId: string | null = null,
  ): Promise<RosterImportResult> {
    let file;
    try {
      file = await readTabularFile(fileName, content);
    } catch (error) {
      if (!(error instanceof TabularFileError)) throw error;
      return {
        ok: false,
        created: 0,
        updated: 0,
        errors: [{ line: 0, column: null, reason: 'FILE_UNREADABLE', message: error.message }],
      };
    }
    return this.dataSource.transaction('SERIALIZABLE', async (manager) => {
      const existing = await this.existingByCode(manager);
      const kinds = await manager.getRepository(PopulationKindEntry).findBy({ active: true });
      const { units, errors } = validateRoster(file, existing, kinds);
      const created = units.filter((u) => !existing.has(u.code)).length;
      const result = { ok: errors.length === 0, created, updated: units.length - created, errors };
      if (!result.ok || dryRun) return result;

      // New units get their ids here, so children can point at parents created in the same statement.
      const idByCode = new Map([...existing.values()].map((u) => [u.code, u.id]));
      for (const row of units) if (!idByCode.has(row.code)) idByCode.set(row.code, randomUUID());
      const values = units.map((row) => ({
        id: idByCode.get(row.code)!,
        code: row.code,
        name: row.name,
        searchText: searchTextOf(row.name, row.code),
        kind: row.kind,
        parentId: row.parentCode ? idByCode.get(row.parentCode)! : null,
        populationKind: row.populationKind,
      }));
      const repo = manager.getRepository(Unit);
      const fresh = values.filter((v) => !existing.has(v.code));
      if (fresh.length > 0) await repo.insert(fresh);
      for (const { id, ...changes } of values.filter((v) => existing.has(v.code))) await repo.update(id, changes);
      for (const row of units) {
        await declarePopulation(manager, idByCode.get(row.code)!, row.populationKind, row.eligiblePopulation, actorId);
      }
      return result;
    });
  }

  /** Ids of a unit officer's unit, its ancestors and its descendants. */
  private async scopeOf(viewer: AuthUser): Promise<string[]> {
    if (!viewer.unitId) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM unit WHERE id = $1
         UNION SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
       SELECT id FROM up`,
      [viewer.unitId],
    );
    return [...rows.map((r) => r.id), ...(await this.descendantIds(viewer.unitId))];
  }

  private async descendantIds(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE down AS (SELECT id FROM unit WHERE parent_id = $1
         UNION SELECT u.id FROM unit u JOIN down ON u.parent_id = down.id)
       SELECT id FROM down`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  private async checkParent(kind: Unit['kind'], parentId: string | null): Promise<void> {
    const parent = parentId ? await this.units.findOneBy({ id: parentId }) : null;
    if (parentId && !parent) throw new UnitsError('INVALID_PARENT', 'The parent unit does not exist');
    if (!isAllowedParent(kind, parent?.kind ?? null)) {
      throw new UnitsError(
        'INVALID_PARENT',
        `A ${kind} cannot be placed ${parent ? `under a ${parent.kind}` : 'at the top'}`,
      );
    }
  }

  private async existingByCode(manager: EntityManager): Promise<Map<string, ExistingUnit & { id: string }>> {
    const rows: { id: string; code: string; kind: Unit['kind']; parent_code: string | null }[] = await manager.query(
      'SELECT u.id, u.code, u.kind, p.code AS parent_code FROM unit u LEFT JOIN unit p ON p.id = u.parent_id',
    );
    return new Map(rows.map((r) => [r.code, { id: r.id, code: r.code, kind: r.kind, parentCode: r.parent_code }]));
  }
}

/**
 * Sets the number declared for a unit's population of one kind (0 removes it); a change
 * writes a POPULATION_CHANGED data audit event in the same transaction.
 */
export async function declarePopulation(
  manager: EntityManager,
  unitId: string,
  kind: string,
  declared: number,
  actorId: string | null = null,
): Promise<void> {
  const [current]: { declared: number }[] = await manager.query(
    'SELECT declared FROM unit_population WHERE unit_id = $1 AND kind = $2',
    [unitId, kind],
  );
  const before = current?.declared ?? 0;
  if (before === declared) return;
  await recordDataAudit(manager, {
    actorId,
    action: 'POPULATION_CHANGED',
    subjectType: 'UNIT',
    subjectId: unitId,
    unitId,
    details: { kind, from: before, to: declared },
  });
  if (declared > 0) {
    await manager.query(
      `INSERT INTO unit_population (unit_id, kind, declared) VALUES ($1, $2, $3)
       ON CONFLICT (unit_id, kind) DO UPDATE SET declared = EXCLUDED.declared, updated_at = now()`,
      [unitId, kind, declared],
    );
  } else {
    await manager.query('DELETE FROM unit_population WHERE unit_id = $1 AND kind = $2', [unitId, kind]);
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
