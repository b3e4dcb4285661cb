import { ActivityPlan } from './activity-plan.entity.js';
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

/** sơ kết (interim) or tổng kết (final). */
export type PeriodicReportKind = 'INTERIM' | 'FINAL';

/**
 * The ward's báo cáo sơ kết / tổng kết of a plan over a date range: its figures are
 * computed from the log when the document is made; what is stored here is what a person
 * writes (the narrative sections) and the document's number.
 */
@Entity()
@Index('IDX_periodic_report_plan', ['planId', 'createdAt'])
export class PeriodicReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActivityPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<ActivityPlan>;

  @Column({ type: 'varchar', length: 10 })
  kind: PeriodicReportKind;

  @Column({ type: 'date' })
  fromDate: string;

  @Column({ type: 'date' })
  toDate: string;

  /** Số/ký hiệu once issued, e.g. "12/BC-UBND" (empty: "…/BC-UBND"). */
  @Column({ type: 'varchar', length: 60, default: '' })
  documentNumber: string;

  /** The editable narrative sections by key (e.g. results, limitations, causes, tasks, proposals), NFC. */
  @Column({ type: 'jsonb', default: {} })
  sections: Record<string, string>;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
