import type { SectionKind } from '@thidua/shared';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Resolution } from './resolution.entity.js';

/** A section of a resolution: a content group, a core point, a new point... Questions cite one. */
@Entity()
@Index('UQ_resolution_section_key', ['resolutionId', 'key'], { unique: true })
export class ResolutionSection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  resolutionId: string;

  @ManyToOne(() => Resolution, { onDelete: 'RESTRICT' })
  resolution: Relation<Resolution>;

  /** As numbered in the document, e.g. "II.1"; the import's "Mục" column. */
  @Column({ type: 'varchar', length: 20 })
  key: string;

  @Column({ type: 'varchar', length: 30 })
  kind: SectionKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'integer', default: 0 })
  position: number;
}
