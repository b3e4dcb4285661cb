import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type NotificationKind } from '@thidua/shared';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { User } from '../users/entities/user.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationMailer } from './notification.mailer.js';
import { notificationEmail, notificationFacts } from './notification-payload.js';
import { NotificationsBroadcaster } from './notifications.broadcaster.js';

export interface NotificationDraft {
  kind: NotificationKind;
  payload: Record<string, unknown>;
  /** Makes the notification once-only per user (reminders); omit for events that may repeat. */
  dedupeKey?: string | null;
}

/** A notification as written, for what happens after its transaction commits. */
interface Written {
  id: string;
  userId: string;
  kind: NotificationKind;
  sheetId: string | null;
  createdAt: Date;
}

interface Claimed {
  id: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  email: string;
}

/** E-mails are retried for this long after the notification was written, then given up. */
const EMAIL_RETRY_WINDOW = '3 days';

/**
 * Writes in-app notifications, in the caller's transaction when it passes one (a
 * return and its notification commit together). A dedupe key already sent to a user
 * is skipped, so a reminder job on several nodes notifies once.
 *
 * After the transaction commits (never before, never after a rollback) each written
 * notification is pushed to its user's open clients, watchers of its sheet get
 * `sheet:changed`, and users with an address get the e-mail. Those steps never fail
 * the request: errors are logged and e-mails are retried by the reminder job.
 */
@Injectable()
export class NotificationsService implements EntitySubscriberInterface {
  private readonly logger = new Logger(NotificationsService.name);
  /** Notifications written in a transaction still open, by its query runner. */
  private readonly pending = new WeakMap<QueryRunner, Written[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly broadcaster: NotificationsBroadcaster,
    private readonly mailer: NotificationMailer,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Notifies the active officers of a unit. */
  async notifyUnit(manager: EntityManager | null, unitId: string, draft: NotificationDraft): Promise<number> {
    const m = manager ?? this.dataSource.manager;
    const officers = await m.find(User, {
      where: { unitId, role: Role.UNIT_OFFICER, active: true },
      select: { id: true },
    });
    return this.notifyUsers(
      m,
      officers.map((o) => o.id),
      draft,
    );
  }

  /** Notifies the given users; returns how many notifications were written (dedupe skips count 0). */
  async notifyUsers(
    manager: EntityManager | null,
    userIds: readonly string[],
    draft: NotificationDraft,
  ): Promise<number> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return 0;
    const m = manager ?? this.dataSource.manager;
    const payload = await withNames(m, draft.payload);
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        ids.map((userId): QueryDeepPartialEntity<Notification> => ({
          userId,
          kind: draft.kind,
          payload: payload as QueryDeepPartialEntity<Record<string, unknown>>,
          dedupeKey: draft.dedupeKey ?? null,
        })),
      )
      .orIgnore()
      .returning(['id', 'userId', 'createdAt'])
      .execute();
    const rows = (result.raw as { id: string; user_id: string; created_at: Date }[]) ?? [];
    const sheetId = notificationFacts(payload).sheetId;
    const written = rows.map((row): Written => ({
      id: row.id,
      userId: row.user_id,
      kind: draft.kind,
      sheetId,
      createdAt: row.created_at,
    }));
    this.afterCommit(m.queryRunner, written);
    return written.length;
  }

  /**
   * A sheet changed: clients watching it refetch (SheetWatch). Call after the commit.
   * Notifications with a sheetId do this by themselves.
   */
  changed(sheetId: string, kind: NotificationKind | null = null): void {
    this.broadcaster.sheetChanged(sheetId, kind);
  }

  /**
   * Sends the e-mails not sent yet: of these notifications, or (no ids) every recent
   * one, as the job's retry. Each is claimed (emailedAt set) before sending, so two
   * nodes never send the same one; a failed send releases it for the next try.
   */
  async sendPendingEmails(ids?: readonly string[]): Promise<number> {
    if (!this.mailer.enabled || ids?.length === 0) return 0;
    const result: unknown = await this.dataSource.query(
      `UPDATE notification n SET emailed_at = now()
         FROM app_user u
        WHERE u.id = n.user_id AND u.email IS NOT NULL AND u.active AND n.emailed_at IS NULL
          AND n.created_at > now() - interval '${EMAIL_RETRY_WINDOW}'
          AND ($1::uuid[] IS NULL OR n.id = ANY($1::uuid[]))
       RETURNING n.id, n.kind, n.payload, u.email`,
      [ids ? [...ids] : null],
    );
    // UPDATE … RETURNING answers [rows, affected count].
    const claimed = (isUpdateResult(result) ? result[0] : result) as Claimed[];
    let sent = 0;
    for (const row of claimed) {
      try {
        await this.mailer.send(
          row.email,
          notificationEmail(row.kind, notificationFacts(row.payload), this.mailer.publicUrl),
        );
        sent += 1;
      } catch (error: unknown) {
        this.logger.warn(`E-mail of notification ${row.id} failed, retried later: ${describe(error)}`);
        await this.dataSource.query('UPDATE notification SET emailed_at = NULL WHERE id = $1', [row.id]);
      }
    }
    return sent;
  }

  // ---- after the commit ----

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.isTransactionActive) return; // a savepoint: the outer transaction decides
    const written = this.pending.get(event.queryRunner);
    if (!written) return;
    this.pending.delete(event.queryRunner);
    this.dispatch(written);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  private afterCommit(queryRunner: QueryRunner | undefined, written: Written[]): void {
    if (written.length === 0) return;
    if (queryRunner?.isTransactionActive) {
      this.pending.set(queryRunner, [...(this.pending.get(queryRunner) ?? []), ...written]);
    } else {
      this.dispatch(written);
    }
  }

  private dispatch(written: Written[]): void {
    for (const n of written) {
      this.broadcaster.notification(n.userId, {
        id: n.id,
        kind: n.kind,
        sheetId: n.sheetId,
        createdAt: new Date(n.createdAt).toISOString(),
      });
    }
    const sheets = new Map(written.filter((n) => n.sheetId).map((n) => [n.sheetId!, n.kind]));
    for (const [sheetId, kind] of sheets) this.broadcaster.sheetChanged(sheetId, kind);
    this.sendPendingEmails(written.map((n) => n.id)).catch((error: unknown) =>
      this.logger.error(`Notification e-mails failed: ${describe(error)}`),
    );
  }
}

/**
 * The payload with the names the client and the e-mail word it with (campaign title,
 * period and unit names) and, for a unit's period (a publication), its sheet: writers
 * may give ids only. What the writer gave is kept.
 */
async function withNames(manager: EntityManager, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
  const facts = notificationFacts(payload);
  const missing =
    (facts.campaignId && !facts.campaignTitle) ||
    (facts.periodId && !facts.periodName) ||
    (facts.unitId && !facts.unitName) ||
    (facts.periodId && facts.unitId && !facts.sheetId);
  if (!missing) return payload;
  const rows: Names[] = await manager.query(
    `SELECT (SELECT title FROM campaign WHERE id = $1) AS campaign_title,
            (SELECT name FROM campaign_period WHERE id = $2) AS period_name,
            (SELECT name FROM unit WHERE id = $3) AS unit_name,
            (SELECT id FROM score_sheet WHERE period_id = $2 AND unit_id = $3) AS sheet_id`,
    [uuidOrNull(facts.campaignId), uuidOrNull(facts.periodId), uuidOrNull(facts.unitId)],
  );
  const row = rows[0];
  return {
    ...(row?.campaign_title ? { campaignTitle: row.campaign_title } : {}),
    ...(row?.period_name ? { periodName: row.period_name } : {}),
    ...(row?.unit_name ? { unitName: row.unit_name } : {}),
    ...(row?.sheet_id ? { sheetId: row.sheet_id } : {}),
    ...payload,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** An id that is not a uuid finds nothing (and must not fail the writer's transaction). */
const uuidOrNull = (value: string | null) => (value && UUID.test(value) ? value : null);

interface Names {
  campaign_title: string | null;
  period_name: string | null;
  unit_name: string | null;
  sheet_id: string | null;
}

function isUpdateResult(result: unknown): result is [unknown[], number] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
