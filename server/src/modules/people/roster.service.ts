import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, Role } from '@thidua/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { recordDataAudit } from '../../common/audit/data-audit.js';
import { PopulationKindEntry } from '../units/entities/population-kind.entity.js';
import type { CreatePersonInput, PeopleFilterInput, UpdatePersonInput } from './dto/person.input.js';
import { Person } from './entities/person.entity.js';
import { freshPersonalCodes, PeopleAccess } from './people-access.js';
import { PeopleError } from './people.errors.js';
import { cleanPersonFields, type CleanPersonFields, type PersonFieldsInput } from './person-fields.js';
import { PhoneVault } from './phone-vault.js';

const DEFAULT_LIMIT = 100;

/**
 * A unit's roster, one person at a time: listed, added, corrected, taken off, given a
 * new personal code. Every change writes a data audit event in its transaction (which
 * fields changed, never their values).
 */
@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeopleAccess,
    private readonly vault: PhoneVault,
  ) {}

  /** The roster of a unit and its sub-units, in Vietnamese name order (given name first, as class lists are). */
  async list(viewer: AuthUser, filter: PeopleFilterInput): Promise<{ items: Person[]; total: number }> {
    await this.access.assertUnit(viewer, filter.unitId);
    const units = await this.access.subtree(filter.unitId);
    const query = this.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.unit', 'unit')
      .where('p.unit_id IN (:...units)', { units })
      .andWhere('p.erased_at IS NULL');
    if (filter.kind) query.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.subUnit !== undefined && filter.subUnit !== null) {
      query.andWhere('p.sub_unit = :subUnit', { subUnit: filter.subUnit.normalize('NFC').trim() });
    }
    foldForSearch(filter.search ?? '')
      .split(' ')
      .filter(Boolean)
      .forEach((word, i) => query.andWhere(`p.search_text LIKE :w${i}`, { [`w${i}`]: `%${escapeLike(word)}%` }));
    const total = await query.getCount();
    const items = await query
      .orderBy(`regexp_replace(p.full_name, '^.* ', '') COLLATE "vi_icu"`, 'ASC')
      .addOrderBy('p.full_name COLLATE "vi_icu"', 'ASC')
      .addOrderBy('p.sub_unit', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(filter.limit ?? DEFAULT_LIMIT)
      .offset(filter.offset ?? 0)
      .getMany();
    return { items, total };
  }

  /** One person, refused (PERSON_OUT_OF_SCOPE) outside the viewer's units. */
  async get(viewer: AuthUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<Person> {
    const person = await manager.getRepository(Person).findOne({ where: { id }, relations: { unit: true } });
    if (!person) throw new PeopleError('PERSON_NOT_FOUND', 'No such person');
    await this.access.assertUnit(viewer, person.unitId, manager);
    return person;
  }

  async create(viewer: AuthUser, input: CreatePersonInput): Promise<Person> {
    await this.access.assertUnit(viewer, input.unitId);
    await this.checkKind(input.kind);
    const fields = this.clean(input);
    return this.transaction(async (manager) => {
      await this.checkDuplicate(manager, input.unitId, input.kind, fields.identityKey, null);
      const [personalCode] = await freshPersonalCodes(manager, 1);
      const repo = manager.getRepository(Person);
      const person = await repo.save(
        repo.create({
          unitId: input.unitId,
          kind: input.kind,
          ...this.stored(fields),
          personalCode,
        }),
      );
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'PERSON_CREATED',
        subjectType: 'PERSON',
        subjectId: person.id,
        unitId: person.unitId,
        details: { kind: person.kind, withPhone: fields.phone !== null },
      });
      return this.get(viewer, person.id, manager);
    });
  }

  async update(viewer: AuthUser, input: UpdatePersonInput): Promise<Person> {
    return this.transaction(async (manager) => {
      const person = await this.get(viewer, input.id, manager);
      if (person.erasedAt) throw new PeopleError('PERSON_ERASED', 'This person’s data was erased');
      const unitId = input.unitId ?? person.unitId;
      if (unitId !== person.unitId) await this.access.assertUnit(viewer, unitId, manager);
      const kind = input.kind ?? person.kind;
      if (kind !== person.kind) await this.checkKind(kind);
      const birthDate = input.birthDate !== undefined ? input.birthDate : person.birthDate;
      const fields = this.clean({
        fullName: input.fullName ?? person.fullName,
        birthDate,
        // A new birth date gives its own year unless a year is given with it.
        birthYear: input.birthYear !== undefined ? input.birthYear : input.birthDate ? null : person.birthYear,
        subUnit: input.subUnit !== undefined ? input.subUnit : person.subUnit,
        phone: input.phone ?? null,
      });
      const phoneChange = input.phone !== undefined ? this.sealed(fields.phone) : undefined;
      await this.checkDuplicate(manager, unitId, kind, fields.identityKey, person.id);

      const next: Partial<Person> = {
        unitId,
        kind,
        fullName: fields.fullName,
        searchText: fields.searchText,
        birthDate: fields.birthDate,
        birthYear: fields.birthYear,
        subUnit: fields.subUnit,
        identityKey: fields.identityKey,
        ...(phoneChange ?? {}),
      };
      const changed = (Object.keys(next) as (keyof Person)[]).filter((key) => {
        if (key === 'phoneHash') return next.phoneHash !== person.phoneHash;
        if (key === 'phoneCiphertext' || key === 'phoneMasked' || key === 'searchText' || key === 'identityKey') {
          return false;
        }
        return next[key] !== person[key];
      });
      const fieldNames = changed.map((key) => (key === 'phoneHash' ? 'phone' : key));
      if (fieldNames.length === 0) return person;
      await manager.getRepository(Person).update(person.id, next);
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'PERSON_UPDATED',
        subjectType: 'PERSON',
        subjectId: person.id,
        unitId,
        details: { fields: fieldNames, ...(unitId !== person.unitId ? { fromUnitId: person.unitId } : {}) },
      });
      return this.get(viewer, person.id, manager);
    });
  }

  /**
   * Takes a person off the roster. Someone who took part (a live game, a contest) stays
   * as a tombstone without personal data, so the figures counted with them do not move.
   */
  async delete(viewer: AuthUser, id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const person = await this.get(viewer, id, manager);
      const [{ took_part: tookPart }]: { took_part: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM live_player WHERE person_id = $1)
             OR EXISTS (SELECT 1 FROM entrant WHERE person_id = $1) AS took_part`,
        [id],
      );
      if (tookPart) await tombstone(manager, id);
      else await manager.getRepository(Person).delete(id);
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'PERSON_DELETED',
        subjectType: 'PERSON',
        subjectId: id,
        unitId: person.unitId,
        details: { reason: reason.normalize('NFC').trim().slice(0, 500), tombstone: tookPart, kind: person.kind },
      });
    });
  }

  /** A new personal code (a lost or shared card): the old one stops working at once. */
  async regeneratePersonalCode(viewer: AuthUser, id: string): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.get(viewer, id, manager);
      if (person.erasedAt) throw new PeopleError('PERSON_ERASED', 'This person’s data was erased');
      const [personalCode] = await freshPersonalCodes(manager, 1);
      await manager.getRepository(Person).update(id, { personalCode });
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'PERSONAL_CODE_REGENERATED',
        subjectType: 'PERSON',
        subjectId: id,
        unitId: person.unitId,
      });
      return this.get(viewer, id, manager);
    });
  }

  /** A transaction where a concurrent twin (the unique identity index) is a clear PERSON_DUPLICATE. */
  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === '23505' && constraint === 'UQ_person_identity') {
        throw new PeopleError('PERSON_DUPLICATE', 'This unit’s roster already lists this name with this birth date');
      }
      throw error;
    }
  }

  private clean(input: PersonFieldsInput): CleanPersonFields {
    const { fields, problems } = cleanPersonFields(input);
    if (!fields) {
      throw new PeopleError('PERSON_INVALID', problems.map((p) => p.message).join('; '), {
        problems: problems.map(({ field, reason }) => ({ field, reason })),
      });
    }
    return fields;
  }

  private stored(fields: CleanPersonFields): Partial<Person> {
    return {
      fullName: fields.fullName,
      searchText: fields.searchText,
      birthDate: fields.birthDate,
      birthYear: fields.birthYear,
      subUnit: fields.subUnit,
      identityKey: fields.identityKey,
      ...this.sealed(fields.phone),
    };
  }

  /** The stored form of a normalized phone (or of none). */
  sealed(phone: string | null): Pick<Person, 'phoneCiphertext' | 'phoneHash' | 'phoneMasked'> {
    const sealed = phone ? this.vault.seal(phone) : null;
    return {
      phoneCiphertext: sealed?.ciphertext ?? null,
      phoneHash: sealed?.hash ?? null,
      phoneMasked: sealed?.masked ?? null,
    };
  }

  private async checkKind(kind: string): Promise<void> {
    if (!(await this.dataSource.getRepository(PopulationKindEntry).existsBy({ code: kind, active: true }))) {
      throw new PeopleError('UNKNOWN_POPULATION_KIND', `No population kind ${kind}`);
    }
  }

  private async checkDuplicate(
    manager: EntityManager,
    unitId: string,
    kind: string,
    identityKey: string,
    exceptId: string | null,
  ): Promise<void> {
    const [other]: { id: string }[] = await manager.query(
      `SELECT id FROM person WHERE unit_id = $1 AND kind = $2 AND identity_key = $3 AND id IS DISTINCT FROM $4::uuid`,
      [unitId, kind, identityKey, exceptId],
    );
    if (other) {
      throw new PeopleError('PERSON_DUPLICATE', 'This unit’s roster already lists this name with this birth date', {
        personId: other.id,
      });
    }
  }
}

/** Erases a person's personal data, keeping the row (and what was counted with it). */
export async function tombstone(manager: EntityManager, id: string): Promise<void> {
  await manager.query(
    `UPDATE person SET full_name = '', search_text = '', birth_date = NULL, birth_year = NULL, sub_unit = '',
            phone_ciphertext = NULL, phone_hash = NULL, phone_masked = NULL, personal_code = NULL,
            identity_key = 'erased|' || id::text, erased_at = coalesce(erased_at, now()), updated_at = now()
      WHERE id = $1`,
    [id],
  );
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const ROSTER_ROLES = [Role.ADMIN, Role.UNIT_OFFICER];
