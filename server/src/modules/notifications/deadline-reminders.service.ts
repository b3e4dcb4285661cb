import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationKind } from '@thidua/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { NotificationsService } from './notifications.service.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How often the job looks; a reminder goes out at most this late. */
export const REMINDER_INTERVAL_MS = 10 * 60_000;

interface DueSheet {
  sheet_id: string;
  unit_id: string;
  unit_name: string;
  campaign_id: string;
  campaign_title: string;
  period_id: string;
  period_name: string;
  deadline: Date;
}

/**
 * Deadline reminders for unit officers: a sheet still DRAFT or RETURNED (and not
 * marked) gets DEADLINE_IN_3_DAYS when its deadline is 3 days or less away and
 * DEADLINE_IN_1_DAY at 1 day or less — only the more urgent one when both apply at
 * the first look. The deadline is the unit's own (deadline_override) or the period's;
 * a returned sheet may answer until its reply window ends if that is later.
 *
 * Cluster-safe without a leader: every node may run the job, and the dedupe key
 * (kind, sheet, deadline) lets a user get each reminder once. An extension changes
 * the deadline, hence the key, so the reminders come again for the new date.
 * Each tick also retries e-mails that failed.
 */
@Injectable()
export class DeadlineRemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineRemindersService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.reminders) return;
    this.timer = setInterval(() => this.tick(), REMINDER_INTERVAL_MS);
    this.timer.unref();
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Writes the reminders due at `now`; returns how many notifications were written. */
  async runReminders(now: Date = new Date()): Promise<number> {
    const due: DueSheet[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT s.id AS sheet_id, s.unit_id, u.name AS unit_name, s.campaign_id, c.title AS campaign_title,
                s.period_id, p.name AS period_name,
                CASE WHEN s.status = 'RETURNED'
                     THEN GREATEST(COALESCE(s.deadline_override, p.submission_deadline), s.reply_due_at)
                     ELSE COALESCE(s.deadline_override, p.submission_deadline) END AS deadline
           FROM score_sheet s
           JOIN campaign_period p ON p.id = s.period_id
           JOIN campaign c ON c.id = s.campaign_id
           JOIN unit u ON u.id = s.unit_id
          WHERE s.status IN ('DRAFT', 'RETURNED') AND s.mark IS NULL AND p.published_at IS NULL
            AND c.status IN ('LAUNCHED', 'IN_REVIEW')
       ) d
       WHERE d.deadline > $1 AND d.deadline <= $2
       ORDER BY d.deadline`,
      [now, new Date(now.getTime() + 3 * DAY)],
    );
    let written = 0;
    for (const sheet of due) {
      const deadline = new Date(sheet.deadline);
      const kind =
        deadline.getTime() - now.getTime() <= DAY
          ? NotificationKind.DEADLINE_IN_1_DAY
          : NotificationKind.DEADLINE_IN_3_DAYS;
      written += await this.notifications.notifyUnit(null, sheet.unit_id, {
        kind,
        dedupeKey: `${kind}:${sheet.sheet_id}:${deadline.toISOString()}`,
        payload: {
          campaignId: sheet.campaign_id,
          campaignTitle: sheet.campaign_title,
          periodId: sheet.period_id,
          periodName: sheet.period_name,
          sheetId: sheet.sheet_id,
          unitId: sheet.unit_id,
          unitName: sheet.unit_name,
          deadline: deadline.toISOString(),
        },
      });
    }
    return written;
  }

  private tick(): void {
    if (this.running) return;
    this.running = (async () => {
      try {
        await this.runReminders(new Date());
        await this.notifications.sendPendingEmails();
      } catch (error: unknown) {
        this.logger.error(`Reminders failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.running = null;
      }
    })();
  }
}
