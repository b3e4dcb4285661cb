import { Unit } from '../../units/entities/unit.entity.js';
import { ActivityPlan } from './activity-plan.entity.js';
import type { WardReportKind, WardReportStatus } from '@thidua/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
  type Relation,
} from 'typeorm';

/**
 * A unit's report to the ward (mục V of the plan): false information found on a social
 * network (where, what, what the unit did), or a difficulty / proposal (khó khăn, vướng
 * mắc, đề xuất) that Phòng Văn hóa - Xã hội answers. The unit sees the reply and status.
 */
@Entity()
@Index('IDX_ward_report_plan_kind', ['planId', 'kind', 'createdAt'])
@Index('IDX_ward_report_unit', ['unitId', 'createdAt'])
export class WardReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActivityPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<ActivityPlan>;

  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 20 })
  kind: WardReportKind;

  /** A short subject line (NFC). */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** FALSE_INFORMATION: what was said; DIFFICULTY: the difficulty and the proposal. */
  @Column({ type: 'text' })
  body: string;

  /** FALSE_INFORMATION: where it was found (a platform, a group, a page). */
  @Column({ type: 'varchar', length: 200, default: '' })
  foundWhere: string;

  /** FALSE_INFORMATION: a link to the post, when it can be linked. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  /** The day it was found or raised. */
  @Column({ type: 'date' })
  reportedOn: string;

  /** FALSE_INFORMATION: what the unit did (reported, refuted, asked the author to remove it…). */
  @Column({ type: 'text', default: '' })
  actionTaken: string;

  @Column({ type: 'varchar', length: 15, default: 'SENT' })
  status: WardReportStatus;

  /** The office's reply (required to mark it RESOLVED or ANSWERED). */
  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ type: 'uuid', nullable: true })
  repliedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
