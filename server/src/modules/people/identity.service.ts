import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, parsePersonalCode } from '@thidua/shared';
import type { DataSource } from 'typeorm';
import { RateLimits, type RateLimit } from '../../common/rate-limit/rate-limits.js';
import { PeopleError } from './people.errors.js';

/** A roster person who proved who they are (personal code, or name + birth year). */
export interface IdentifiedPerson {
  id: string;
  unitId: string;
  unitName: string;
  kind: string;
  fullName: string;
  subUnit: string;
}

export type IdentityClaim = { personalCode: string } | { personId: string; birthYear: number };

/** A name offered by the roster search: enough to pick oneself, nothing more (no birth data). */
export interface RosterCandidate {
  personId: string;
  fullName: string;
  subUnit: string;
}

/**
 * The units (each with its sub-units) a game or contest admits; null = every unit.
 * A person outside them is refused exactly as a wrong code is.
 */
export type IdentityScope = readonly string[] | null;

const WINDOW_MS = 10 * 60_000;
const NOT_CONFIRMED = 'This does not match the roster; check the code, or the name and the year of birth';
const MAX_CANDIDATES = 8;

/**
 * Who someone is, for live games and contests. Refusals are one and the same whatever
 * was wrong (a wrong code, an unknown person, a wrong birth year, a unit outside the
 * game), so the answers cannot be used to learn who is on a roster; failures are limited
 * per address and per unit, so neither codes nor birth years can be scanned. Successes
 * are not: a class on the school's Wi-Fi, or residents behind a mobile network, share
 * one address (only a high cap on all attempts bounds the load). The limits are shared
 * by every node through Redis when it is configured.
 */
@Injectable()
export class IdentityService {
  private readonly failuresPerAddress: RateLimit;
  private readonly perAddress: RateLimit;
  private readonly failuresPerUnit: RateLimit;
  private readonly failuresPerPerson: RateLimit;
  private readonly searchesPerAddress: RateLimit;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    limits: RateLimits,
  ) {
    this.failuresPerAddress = limits.create('identity-failures:address', 30, WINDOW_MS);
    this.perAddress = limits.create('identity:address', 600, WINDOW_MS);
    this.failuresPerUnit = limits.create('identity-failures:unit', 100, WINDOW_MS);
    this.failuresPerPerson = limits.create('identity-failures:person', 5, WINDOW_MS);
    // A class or a TDP hall shares one address.
    this.searchesPerAddress = limits.create('roster-search:address', 300, WINDOW_MS);
  }

  async identify(claim: IdentityClaim, scope: IdentityScope, address: string): Promise<IdentifiedPerson> {
    const wait = await this.failuresPerAddress.retryAfterSeconds(address);
    if (wait > 0) throw this.limited(wait);
    await this.charge(this.perAddress, address);
    const byName = 'personId' in claim;
    const claimed = byName ? await this.byId(claim.personId) : await this.byCode(claim.personalCode);
    // A name + birth year is a weak secret: its failures are limited per person and per unit as
    // well, and a locked unit takes no name claims. A personal code (1 in 10^9) is never locked
    // out by others' failures, so a class still gets in while someone guesses birth years.
    const locked =
      byName &&
      claimed !== null &&
      ((await this.failuresPerPerson.retryAfterSeconds(claimed.id)) > 0 ||
        (await this.failuresPerUnit.retryAfterSeconds(claimed.unit_id)) > 0);
    const confirmed = claimed !== null && (!byName || claimed.birth_year === claim.birthYear) && !locked;
    if (confirmed && (await this.inScope(claimed.unit_id, scope))) {
      return {
        id: claimed.id,
        unitId: claimed.unit_id,
        unitName: claimed.unit_name,
        kind: claimed.kind,
        fullName: claimed.full_name,
        subUnit: claimed.sub_unit,
      };
    }
    await this.charge(this.failuresPerAddress, address);
    if (byName && claimed) {
      await this.charge(this.failuresPerPerson, claimed.id);
      await this.charge(this.failuresPerUnit, claimed.unit_id);
    }
    throw new PeopleError('IDENTITY_NOT_CONFIRMED', NOT_CONFIRMED);
  }

  /**
   * Names on a unit's roster (with its sub-units) matching what was typed, diacritics
   * aside ("nguyen van an" finds "Nguyễn Văn An"); at least 2 letters, at most 8 names.
   */
  async searchRoster(unitId: string, query: string, scope: IdentityScope, address: string): Promise<RosterCandidate[]> {
    await this.charge(this.searchesPerAddress, address);
    const words = foldForSearch(query).split(' ').filter(Boolean);
    if (words.join('').length < 2 || !(await this.inScope(unitId, scope))) return [];
    const rows: { id: string; full_name: string; sub_unit: string }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (SELECT id FROM unit WHERE id = $1 UNION SELECT u.id FROM unit u JOIN tree ON u.parent_id = tree.id)
       SELECT p.id, p.full_name, p.sub_unit FROM person p
        WHERE p.unit_id IN (SELECT id FROM tree) AND p.erased_at IS NULL
          AND p.search_text LIKE ALL($2::text[])
        ORDER BY p.full_name COLLATE "vi_icu", p.sub_unit LIMIT ${MAX_CANDIDATES}`,
      [unitId, words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)],
    );
    return rows.map((r) => ({ personId: r.id, fullName: r.full_name, subUnit: r.sub_unit }));
  }

  private async byCode(input: string): Promise<PersonRow | null> {
    const code = parsePersonalCode(input);
    return code ? this.find('p.personal_code = $1', code) : null;
  }

  private async byId(id: string): Promise<PersonRow | null> {
    return /^[0-9a-f-]{36}$/iu.test(id) ? this.find('p.id = $1', id) : null;
  }

  private async find(where: string, value: string): Promise<PersonRow | null> {
    const [row]: PersonRow[] = await this.dataSource.query(
      `SELECT p.id, p.unit_id, u.name AS unit_name, p.kind, p.full_name, p.sub_unit, p.birth_year
         FROM person p JOIN unit u ON u.id = p.unit_id WHERE ${where} AND p.erased_at IS NULL`,
      [value],
    );
    return row ?? null;
  }

  private async inScope(unitId: string, scope: IdentityScope): Promise<boolean> {
    if (scope === null) return true;
    if (scope.length === 0) return false;
    const rows: unknown[] = await this.dataSource.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM unit WHERE id = $1
         UNION SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
       SELECT 1 FROM up WHERE id = ANY($2::uuid[]) LIMIT 1`,
      [unitId, scope],
    );
    return rows.length > 0;
  }

  /** Counts one hit; refused when `key` is over the limit. */
  private async charge(limit: RateLimit, key: string): Promise<void> {
    if (!(await limit.take(key))) throw this.limited(await limit.retryAfterSeconds(key));
  }

  private limited(retryAfterSeconds: number): PeopleError {
    return new PeopleError('RATE_LIMITED', 'Too many attempts; wait a few minutes and try again', {
      retryAfterSeconds,
    });
  }
}

interface PersonRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: string;
  full_name: string;
  sub_unit: string;
  birth_year: number | null;
}
