import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { PopulationKindEntry } from './population-kind.entity.js';
import { Unit } from './unit.entity.js';

/**
 * A number an admin declared for a unit's population of one kind ("khai báo, chưa xác
 * minh"). It is the denominator only while the unit has no roster of that kind.
 */
@Entity()
@Check('CHK_unit_population_declared', '"declared" >= 0')
export class UnitPopulation {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  unit: Relation<Unit>;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind: string;

  @ManyToOne(() => PopulationKindEntry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind' })
  kindEntry: Relation<PopulationKindEntry>;

  @Column({ type: 'integer' })
  declared: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
