import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A resolution (nghị quyết) or the ward's plan for propagating one: the source of quiz content. */
@Entity()
export class Resolution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short stable code, e.g. "NQ-TW2-XIV". */
  @Index('UQ_resolution_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
