import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ScoreEntry } from './score-entry.entity.js';

/** A correction of a published score: its own record with a reason, shown as such. */
@Entity()
export class ScoreCorrection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_score_correction_entry')
  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => ScoreEntry, { onDelete: 'CASCADE' })
  entry: Relation<ScoreEntry>;

  @Column({ type: 'uuid' })
  sheetId: string;

  @Column({ type: 'double precision', nullable: true })
  oldScore: number | null;

  @Column({ type: 'double precision' })
  newScore: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  correctedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt: Date;
}
