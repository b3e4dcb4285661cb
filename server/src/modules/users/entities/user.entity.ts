import type { Role } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';

/** A staff account: admin, reviewer, host or the officer of one unit. */
@Entity({ name: 'app_user' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased sign-in name. */
  @Index('UQ_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  username: string;

  @Column({ type: 'varchar', length: 120 })
  displayName: string;

  /** argon2id hash; never leaves the server. */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** Where notifications are e-mailed when SMTP is configured; null: in the app only. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  /**
   * UNIT_OFFICER: the one unit this officer may act for. REVIEWER: optionally the unit
   * they belong to (e.g. Phòng Văn hóa - Xã hội), whose own sheets they never review.
   */
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  unit: Relation<Unit> | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
