import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';
import { Contest } from './contest.entity.js';

/**
 * A resident or student registered for a contest (thí sinh). No account and no
 * password: the phone number identifies the person — stored only as a keyed hash
 * (HMAC-SHA256) and shown masked; the plain number is never stored.
 */
@Entity()
@Index('UQ_entrant_contest_phone', ['contestId', 'phoneHash'], { unique: true })
export class Entrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contestId: string;

  @ManyToOne(() => Contest, { onDelete: 'CASCADE' })
  contest: Relation<Contest>;

  /** NFC, spaces collapsed. */
  @Column({ type: 'varchar', length: 100 })
  fullName: string;

  @Column({ type: 'smallint' })
  birthYear: number;

  @Index('IDX_entrant_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit: Relation<Unit>;

  /** hex HMAC-SHA256 of the normalized number. */
  @Column({ type: 'char', length: 64 })
  phoneHash: string;

  /** e.g. "09•••••123". */
  @Column({ type: 'varchar', length: 20 })
  phoneMasked: string;

  /** sha256 of the entrant token held by the registering device; rotated on each registration. */
  @Index('UQ_entrant_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  consentAt: Date;

  /** Set when an admin resolves a flag as DISQUALIFIED: out of rankings and prizes. */
  @Column({ type: 'timestamptz', nullable: true })
  disqualifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
