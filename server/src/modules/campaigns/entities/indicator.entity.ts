import type { ComputedSource, IndicatorKind } from '@thidua/shared';
import { Check, Column, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Unit } from '../../units/entities/unit.entity.js';
import { Campaign } from './campaign.entity.js';

/** An indicator (tiêu chí) of a campaign's tree; locked once the campaign is launched. */
@Entity()
@Index('UQ_indicator_campaign_code', ['campaignId', 'code'], { unique: true })
@Check('CHK_indicator_max', '"max_points" > 0')
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  campaign: Relation<Campaign>;

  @Index('IDX_indicator_parent')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE', nullable: true })
  parent: Relation<Indicator> | null;

  /** e.g. "1.2"; unique in the campaign. */
  @Column({ type: 'varchar', length: 20 })
  code: string;

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
