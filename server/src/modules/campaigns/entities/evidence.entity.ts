import type { EvidenceKind } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ScoreEntry } from './score-entry.entity.js';

/** Evidence (minh chứng) of an entry: a stored file or a link. */
@Entity()
export class Evidence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'uuid' })
  sheetId: string;

  @Index('IDX_evidence_entry')
  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => ScoreEntry, { onDelete: 'CASCADE' })
  entry: Relation<ScoreEntry>;

  @Column({ type: 'varchar', length: 10 })
  kind: EvidenceKind;

  /** LINK: the http(s) URL. */
  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** FILE: path relative to the data folder, `evidence/<campaignId>/<uuid>`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  storedPath: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  mimeType: string | null;

  @Column({ type: 'integer', nullable: true })
  size: number | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
