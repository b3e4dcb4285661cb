import type { Comparison, ComputedSource, IndicatorKind, ThresholdStep } from '@thidua/shared';
import { Check, Column, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';
import { Campaign } from './campaign.entity.js';
import { CriteriaSet } from './criteria-set.entity.js';

/** An indicator (tiêu chí) of a campaign's tree; locked once the campaign is launched. */
@Entity()
@Index('UQ_indicator_set_code', ['criteriaSetId', 'code'], { unique: true })
@Check('CHK_indicator_max', '"max_points" > 0')
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;

  @Index('IDX_indicator_criteria_set')
  @Column({ type: 'uuid' })
  criteriaSetId: string;

  @ManyToOne(() => CriteriaSet, { onDelete: 'CASCADE' })
  criteriaSet: Relation<CriteriaSet>;

  @Index('IDX_indicator_parent')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE', nullable: true })
  parent: Relation<Indicator> | null;

  /** The full code, e.g. "II.1" or "1.2"; unique in its criteria set. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  /** STT as the ward's table writes it, local to the parent ("1" again under each standard, "4.1"). */
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  kind: IndicatorKind;

  @Column({ type: 'double precision' })
  maxPoints: number;

  @Column({ type: 'double precision', nullable: true })
  step: number | null;

  @Column({ type: 'double precision', nullable: true })
  target: number | null;

  @Column({ type: 'double precision', nullable: true })
  perItemPoints: number | null;

  @Column({ type: 'boolean', default: false })
  evidenceRequired: boolean;

  /** COMPUTED: where the value comes from; `id` null while not bound yet. */
  @Column({ type: 'jsonb', nullable: true })
  computedSource: ComputedSource | null;

  @Column({ type: 'integer', default: 0 })
  position: number;

  /** THRESHOLD / RATE: the steps (one step = all or nothing). */
  @Column({ type: 'jsonb', nullable: true })
  thresholds: ThresholdStep[] | null;

  /** THRESHOLD / WARD_RATE: AT_LEAST or AT_MOST. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  comparison: Comparison | null;

  /** RATE: the population kind it divides by. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  populationKind: string | null;

  /** Cách tính, as the ward's table writes it. */
  @Column({ type: 'text', default: '' })
  method: string;

  /** Minh chứng yêu cầu, as the ward's table writes it. */
  @Column({ type: 'text', default: '' })
  evidenceText: string;
}

/** A unit's own target for a TARGET indicator (overrides the indicator's default). */
@Entity()
@Check('CHK_indicator_target_positive', '"target" > 0')
export class IndicatorTarget {
  @PrimaryColumn({ type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  indicator: Relation<Indicator>;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  unit: Relation<Unit>;

  @Column({ type: 'double precision' })
  target: number;
}
