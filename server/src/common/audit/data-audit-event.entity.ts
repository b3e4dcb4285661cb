import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change to the ward's people and organization, one look at personal data, or one
 * step of the question bank's review: a roster change, a unit's population, an account's
 * role or activation, a phone revealed, a person's data exported or erased, a retention
 * purge, a question submitted for review or published. Written in the same
 * transaction as the change; never updated or deleted. Details never hold a phone
 * number or a birth date, only what changed and why.
 * No foreign keys on purpose: the trail outlives what it describes.
 */
@Entity()
@Index('IDX_data_audit_subject', ['subjectType', 'subjectId', 'at'])
@Index('IDX_data_audit_unit_at', ['unitId', 'at'])
export class DataAuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;

  /** null: the system (seeding, a scheduled purge). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** e.g. PERSON_CREATED, PERSON_UPDATED, PERSON_DELETED, ROSTER_IMPORTED, POPULATION_CHANGED, PHONE_REVEALED, ROLE_CHANGED. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** PERSON, UNIT, USER, ENTRANT, SETTING, POPULATION_KIND, QUESTION. */
  @Column({ type: 'varchar', length: 20 })
  subjectType: string;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The unit the change belongs to, so a unit's history is one query. */
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
