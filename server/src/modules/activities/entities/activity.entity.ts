import { Unit } from '../../units/entities/unit.entity.js';
import { ActivityPlan } from './activity-plan.entity.js';
import type { ActivityForm, ActivityStatus } from '@thidua/shared';
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
 * One propagation activity a unit did (a meeting, an article, a banner, a performance, an
 * emulation registration), by the plan's forms. Which fields apply depends on the form
 * (shared ACTIVITY_FORM_FIELDS). Only SUBMITTED activities count anywhere.
 */
@Entity()
@Index('IDX_activity_plan_unit_date', ['planId', 'unitId', 'occurredOn'])
@Index('IDX_activity_plan_form_date', ['planId', 'form', 'occurredOn'])
export class Activity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActivityPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<ActivityPlan>;

  /** The unit that did it (a TDP, a school, a class, a department). */
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 20 })
  form: ActivityForm;

  /** An ACTIVITY_KINDS code of the form, e.g. TDP_MEETING, BANNER, ZALO. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** What it was about / its title (NFC). */
  @Column({ type: 'varchar', length: 300, default: '' })
  title: string;

  /** The title folded for search without diacritics (foldForSearch); written with the title. */
  @Column({ type: 'text', default: '' })
  searchText: string;

  /** The day it took place or was published; inside the plan's dates, not in the future. */
  @Column({ type: 'date', nullable: true })
  occurredOn: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  /** The speaker or báo cáo viên of a meeting. */
  @Column({ type: 'varchar', length: 200, default: '' })
  speaker: string;

  /** Where an article or post was published (a URL). */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  /** How many items: banners, panels, posts, registrations (null where the form has none). */
  @Column({ type: 'integer', nullable: true })
  quantity: number | null;

  /** How many people attended, in all (roster or not). */
  @Column({ type: 'integer', nullable: true })
  attendeeCount: number | null;

  /**
   * The population kind the attendance is measured against (e.g. PARTY_MEMBERS for a chi bộ
   * meeting, RESIDENTS for a TDP meeting); the people present from the roster are in
   * activity_attendee. null: no attendance rate.
   */
  @Column({ type: 'varchar', length: 30, nullable: true })
  audienceKind: string | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'varchar', length: 25, default: 'DRAFT' })
  status: ActivityStatus;

  /** A reviewer's reason when asking for a correction (cleared when the unit submits again). */
  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
