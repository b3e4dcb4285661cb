import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../../people/entities/person.entity.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { Contest } from './contest.entity.js';

/**
 * A resident or student registered for a contest (thí sinh). No account and no
 * password: a roster person identifies by personal code or by name + birth year
 * (`personId` set: verified); otherwise the phone number and birth year identify the
 * entrant, with the entrant code as the second factor on a new device. The phone is
 * matched by a keyed hash (HMAC-SHA256), kept encrypted so that the organiser can call a
 * winner (revealed to ADMIN only, audited) and shown masked elsewhere.
 */
@Entity()
@Index('UQ_entrant_contest_phone', ['contestId', 'phoneHash'], { unique: true })
@Index('UQ_entrant_contest_person', ['contestId', 'personId'], { unique: true, where: '"person_id" IS NOT NULL' })
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

  /** The roster person (verified); null for an entrant known only by phone (unverified: never counted for a unit). */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  person: Relation<Person> | null;

  /** hex HMAC-SHA256 of the normalized number; null for a roster entrant who gave none. */
  @Column({ type: 'char', length: 64, nullable: true })
  phoneHash: string | null;

  /** e.g. "09•••••123". */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneMasked: string | null;

  /** AES-256-GCM of the number (see PhoneVault); null before phones were kept encrypted. */
  @Column({ type: 'text', nullable: true })
  phoneCiphertext: string | null;

  /** sha256 of the entrant code (mã dự thi) shown once at registration: the second factor on a new device. */
  @Column({ type: 'char', length: 64, nullable: true })
  entrantCodeHash: string | null;

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
