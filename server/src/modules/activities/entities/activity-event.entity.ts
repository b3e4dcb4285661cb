import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change in the activity log or the reports to the ward: who, when, what, and the
 * values before and after. Written in the change's transaction; never updated or deleted.
 * No foreign keys on purpose: the trail outlives what it describes.
 */
@Entity()
@Index('IDX_activity_event_subject', ['subjectId', 'at'])
@Index('IDX_activity_event_unit_at', ['unitId', 'at'])
export class ActivityEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ACTIVITY, WARD_REPORT, PLAN or PERIODIC_REPORT. */
  @Column({ type: 'varchar', length: 20 })
  subjectKind: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** e.g. ACTIVITY_CREATED, ACTIVITY_SAVED, ACTIVITY_SUBMITTED, CORRECTION_REQUESTED, EVIDENCE_ADDED, REPORT_SENT, REPORT_REPLIED. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  oldValue: unknown;

  @Column({ type: 'jsonb', nullable: true })
  newValue: unknown;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
