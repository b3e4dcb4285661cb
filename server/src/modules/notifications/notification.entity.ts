import type { NotificationKind } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/entities/user.entity.js';

/**
 * An in-app notification for one staff user (a sheet returned or approved, a
 * deadline in 3 days…), e-mailed too when SMTP is configured. `dedupeKey` makes a
 * reminder sent once per user even when several nodes run the reminder job.
 */
@Entity()
@Index('IDX_notification_user_created', ['userId', 'createdAt'])
@Index('UQ_notification_user_dedupe', ['userId', 'dedupeKey'], { unique: true })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  /** What the client needs to word and link it: campaign, period, sheet, unit, reason, deadline… */
  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  /** e.g. "DEADLINE_3_DAYS:<sheetId>"; null for events that may repeat (a second return). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When the e-mail went out; null when not sent (no SMTP, no address, or not yet). */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
