import type { PopulationKind, UnitKind } from '@thidua/shared';
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

/** A node of the ward's organization tree: the ward, a group, a school, a class, a TDP, a department. */
@Entity()
@Check('CHK_unit_population', '"eligible_population" >= 0')
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable code used in imports, QR codes and reports, e.g. "TDP-03". */
  @Index('UQ_unit_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** name + code folded (no diacritics, lower case) for search. */
  @Column({ type: 'varchar', length: 300 })
  searchText: string;

  @Column({ type: 'varchar', length: 30 })
  kind: UnitKind;

  @Index('IDX_unit_parent')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  parent: Relation<Unit> | null;

  /** Denominator of participation rates: students, residents or members. */
  @Column({ type: 'integer', default: 0 })
  eligiblePopulation: number;

  @Column({ type: 'varchar', length: 20 })
  populationKind: PopulationKind;

  /** Position among siblings; ties fall back to Vietnamese name order. */
  @Column({ type: 'integer', default: 0 })
  sortOrder: number;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
