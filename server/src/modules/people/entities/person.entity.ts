import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';

/**
 * One person on a unit's roster (danh sách): a pupil of a class, a teacher, a party
 * member, a resident, a household of a TDP. Minimal fields (Luật Bảo vệ dữ liệu cá nhân
 * 2025): name, birth date or year, sub-unit, optional phone. The phone is kept
 * encrypted (AES-256-GCM) with a keyed hash for matching and a mask for display.
 * Erasing a person on request keeps the row as a tombstone (no name, birth or phone),
 * so figures already counted with them do not move.
 */
@Entity()
@Index('UQ_person_identity', ['unitId', 'kind', 'identityKey'], { unique: true })
@Index('IDX_person_unit_name', ['unitId', 'searchText'])
@Check('CHK_person_birth_year', '"birth_year" IS NULL OR "birth_year" BETWEEN 1900 AND 2100')
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The unit whose roster lists them (a class, a TDP, a department…). */
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  unit: Relation<Unit>;

  /** A population kind code (population_kind). */
  @Column({ type: 'varchar', length: 30 })
  kind: string;

  /** NFC, spaces collapsed; empty once erased. */
  @Column({ type: 'varchar', length: 100 })
  fullName: string;

  /** The name folded (no diacritics, lower case): search without diacritics finds it. */
  @Column({ type: 'varchar', length: 100 })
  searchText: string;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  /** Always set for a person (from the birth date when there is one); null once erased. */
  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  /** Class, group or house number inside the unit, as the unit writes it ("5A", "Nhà số 12"). */
  @Column({ type: 'varchar', length: 60, default: '' })
  subUnit: string;

  /** Folded name + birth date (or year): duplicates within a unit and re-imports match on it. */
  @Column({ type: 'varchar', length: 120 })
  identityKey: string;

  /** AES-256-GCM of the normalized number (iv.tag.ciphertext, base64url). */
  @Column({ type: 'text', nullable: true })
  phoneCiphertext: string | null;

  /** HMAC-SHA256 of the normalized number, for matching. */
  @Column({ type: 'char', length: 64, nullable: true })
  phoneHash: string | null;

  /** e.g. "09•••••123". */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneMasked: string | null;

  /** Personal code (mã cá nhân), 8 characters of PERSONAL_CODE_ALPHABET; null once erased. */
  @Index('UQ_person_code', { unique: true })
  @Column({ type: 'char', length: 8, nullable: true })
  personalCode: string | null;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  /** Set when the person's data was erased on request or by the retention purge. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
