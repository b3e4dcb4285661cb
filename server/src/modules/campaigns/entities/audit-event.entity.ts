import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change of a campaign's scores: who, when, what (action, field), old → new, why.
 * Written in the same transaction as the change; never updated or deleted.
 * No foreign keys on purpose: the trail outlives what it describes.
 */
@Entity()
@Index('IDX_audit_event_campaign_at', ['campaignId', 'at'])
@Index('IDX_audit_event_sheet_at', ['sheetId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'uuid', nullable: true })
  sheetId: string | null;

  @Column({ type: 'uuid', nullable: true })
  entryId: string | null;

  /** null: the system (seeding, a computed source). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** e.g. ENTRY_SAVED, EVIDENCE_ADDED, SHEET_SUBMITTED, SCORE_REVIEWED, SHEET_RETURNED, SHEET_APPROVED, SHEET_PUBLISHED, SCORE_CORRECTED. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  field: string | null;

  @Column({ type: 'jsonb', nullable: true })
  oldValue: unknown;

  @Column({ type: 'jsonb', nullable: true })
  newValue: unknown;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
