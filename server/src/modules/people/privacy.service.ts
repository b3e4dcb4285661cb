import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { recordDataAudit } from '../../common/audit/data-audit.js';
import { AppSetting } from '../../database/entities/app-setting.entity.js';
import { PeopleError } from './people.errors.js';
import { PhoneVault } from './phone-vault.js';
import { tombstone } from './roster.service.js';

export const RETENTION_SETTING = 'privacy.retentionMonths';
export const DEFAULT_RETENTION_MONTHS = 24;
/** What replaces the name of an erased person's live players. */
export const ERASED_PLAYER_NAME = 'Đã xóa';
const DAY_MS = 24 * 60 * 60_000;

export interface PurgeCounts {
  people: number;
  entrants: number;
  players: number;
}

/**
 * Personal data by Luật Bảo vệ dữ liệu cá nhân 2025: a phone revealed only to an admin
 * (audited), one person's data exported or erased on request, and a retention period
 * after which unused personal data is erased (daily, and on demand).
 */
@Injectable()
export class PrivacyService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PrivacyService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: PhoneVault,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.purge(null, false).catch((error: unknown) => this.logger.error(`Retention purge failed: ${String(error)}`));
    }, DAY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The number, so that an admin can call a prize winner; audited. */
  async revealPhone(viewer: AuthUser, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, id);
      const phone = person.phone_ciphertext ? this.vault.open(person.phone_ciphertext) : null;
      if (!phone) throw new PeopleError('PHONE_NOT_AVAILABLE', 'No phone number is kept for this person');
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'PHONE_REVEALED',
        subjectType: 'PERSON',
        subjectId: id,
        unitId: person.unit_id,
      });
      return phone;
    });
  }

  /** Everything kept about one person (their roster row, live players, contest entries), as JSON; audited. */
  async exportData(viewer: AuthUser, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const { phone_ciphertext: ciphertext, phone_hash: _hash, ...person } = await this.person(manager, id);
      const livePlayers: unknown[] = await manager.query(
        `SELECT lp.id, lp.game_id, g.title AS game_title, lp.name, lp.unit_id, lp.joined_at, lp.removed_at, lp.score
           FROM live_player lp JOIN live_game g ON g.id = lp.game_id WHERE lp.person_id = $1 ORDER BY lp.joined_at`,
        [id],
      );
      const entrants: unknown[] = await manager.query(
        `SELECT e.id, e.contest_id, c.title AS contest_title, e.full_name, e.birth_year, e.unit_id, e.phone_masked,
                e.consent_at, e.disqualified_at, e.created_at,
                (SELECT coalesce(json_agg(json_build_object('startedAt', a.started_at, 'submittedAt', a.submitted_at,
                        'score', a.score, 'maxScore', a.max_score) ORDER BY a.started_at), '[]'::json)
                   FROM attempt a WHERE a.entrant_id = e.id) AS attempts
           FROM entrant e JOIN contest c ON c.id = e.contest_id WHERE e.person_id = $1 ORDER BY e.created_at`,
        [id],
      );
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'PERSON_DATA_EXPORTED',
        subjectType: 'PERSON',
        subjectId: id,
        unitId: person.unit_id,
      });
      const phone = ciphertext ? this.vault.open(ciphertext) : null;
      return JSON.stringify({ exportedAt: new Date(), person: { ...person, phone }, livePlayers, entrants }, null, 2);
    });
  }

  /** Erases one person on request: a tombstone, their players' and entries' names and phones replaced; audited. */
  async erase(viewer: AuthUser, id: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const person = await this.person(manager, id);
      const counts = await erasePeople(manager, [id]);
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'PERSON_ERASED',
        subjectType: 'PERSON',
        subjectId: id,
        unitId: person.unit_id,
        details: { reason: reason.normalize('NFC').trim().slice(0, 500), ...counts },
      });
    });
  }

  async retentionMonths(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const setting = await manager.getRepository(AppSetting).findOneBy({ key: RETENTION_SETTING });
    return typeof setting?.value === 'number' ? setting.value : DEFAULT_RETENTION_MONTHS;
  }

  async saveRetentionMonths(viewer: AuthUser, months: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.retentionMonths(manager);
      await manager.getRepository(AppSetting).save({ key: RETENTION_SETTING, value: months });
      await recordDataAudit(manager, {
        actorId: viewer.id,
        action: 'SETTING_CHANGED',
        subjectType: 'SETTING',
        subjectId: null,
        unitId: null,
        details: { key: RETENTION_SETTING, from: before, to: months },
      });
      return months;
    });
  }

  /**
   * Erases roster persons not changed and not taking part for longer than the retention
   * period, and clears the names and phones of entrants of contests closed that long ago.
   * `viewer` null: the daily run.
   */
  async purge(viewer: AuthUser | null, dryRun: boolean): Promise<PurgeCounts> {
    return this.dataSource.transaction(async (manager) => {
      const months = await this.retentionMonths(manager);
      const [{ cutoff }]: { cutoff: Date }[] = await manager.query(
        `SELECT now() - make_interval(months => $1) AS cutoff`,
        [months],
      );
      const people: { id: string }[] = await manager.query(
        `SELECT p.id FROM person p
          WHERE p.erased_at IS NULL AND p.updated_at < $1
            AND NOT EXISTS (SELECT 1 FROM live_player lp WHERE lp.person_id = p.id AND lp.joined_at >= $1)
            AND NOT EXISTS (SELECT 1 FROM entrant e LEFT JOIN attempt a ON a.entrant_id = e.id
                             WHERE e.person_id = p.id AND greatest(e.created_at, a.started_at) >= $1)`,
        [cutoff],
      );
      const closed = `SELECT c.id FROM contest c WHERE c.status = 'CLOSED' AND c.updated_at < $1
           AND coalesce((SELECT max(r.ends_at) FROM contest_round r WHERE r.contest_id = c.id), c.updated_at) < $1`;
      const uncleared = `(e.full_name <> '' OR e.phone_hash IS NOT NULL OR e.phone_ciphertext IS NOT NULL)`;
      const ids = people.map((p) => p.id);
      let counts: PurgeCounts;
      if (dryRun) {
        const [row]: { entrants: number; players: number }[] = await manager.query(
          `SELECT (SELECT count(*)::int FROM entrant e WHERE ${uncleared}
                     AND (e.contest_id IN (${closed}) OR e.person_id = ANY($2::uuid[]))) AS entrants,
                  (SELECT count(*)::int FROM live_player WHERE person_id = ANY($2::uuid[])) AS players`,
          [cutoff, ids],
        );
        counts = { people: ids.length, ...row };
      } else {
        const erased = await erasePeople(manager, ids);
        const cleared = await countUpdated(
          manager,
          `UPDATE entrant e SET full_name = '', phone_hash = NULL, phone_masked = NULL, phone_ciphertext = NULL
            WHERE ${uncleared} AND e.contest_id IN (${closed}) RETURNING e.id`,
          [cutoff],
        );
        counts = { people: ids.length, entrants: erased.entrants + cleared, players: erased.players };
        await recordDataAudit(manager, {
          actorId: viewer?.id ?? null,
          action: 'PERSONAL_DATA_PURGED',
          subjectType: 'SETTING',
          subjectId: null,
          unitId: null,
          details: { retentionMonths: months, ...counts },
        });
      }
      return counts;
    });
  }

  private async person(manager: EntityManager, id: string): Promise<PersonRow> {
    const [person]: PersonRow[] = await manager.query(
      `SELECT id, unit_id, kind, full_name, birth_date::text AS birth_date, birth_year, sub_unit, phone_ciphertext,
              phone_hash, phone_masked, personal_code, is_demo, erased_at, created_at, updated_at
         FROM person WHERE id = $1`,
      [id],
    );
    if (!person) throw new PeopleError('PERSON_NOT_FOUND', 'No such person');
    return person;
  }
}

interface PersonRow {
  id: string;
  unit_id: string;
  phone_ciphertext: string | null;
  phone_hash: string | null;
  [column: string]: unknown;
}

/** Tombstones the persons and replaces what their live players and contest entries say about them. */
export async function erasePeople(
  manager: EntityManager,
  ids: readonly string[],
): Promise<{ players: number; entrants: number }> {
  if (ids.length === 0) return { players: 0, entrants: 0 };
  for (const id of ids) await tombstone(manager, id);
  const players = await countUpdated(
    manager,
    'UPDATE live_player SET name = $2 WHERE person_id = ANY($1::uuid[]) RETURNING id',
    [ids, ERASED_PLAYER_NAME],
  );
  const entrants = await countUpdated(
    manager,
    `UPDATE entrant SET full_name = '', phone_hash = NULL, phone_masked = NULL, phone_ciphertext = NULL
      WHERE person_id = ANY($1::uuid[]) RETURNING id`,
    [ids],
  );
  return { players, entrants };
}

/** The number of rows an `UPDATE … RETURNING` changed. */
async function countUpdated(manager: EntityManager, update: string, params: unknown[]): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `WITH changed AS (${update}) SELECT count(*)::int AS n FROM changed`,
    params,
  );
  return row.n;
}
