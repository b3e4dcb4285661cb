import type { UnitKind } from '@thidua/shared';
import {
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

  /**
   * The unit's main population kind (a school's pupils, a TDP's residents): what its
   * rates divide by when a game or an indicator names no kind. Its populations, one per
   * kind, are its roster (people module) or a declared number (`unit_population`).
   */
  @Column({ type: 'varchar', length: 30 })
  populationKind: string;

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
