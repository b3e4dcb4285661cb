import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One uploaded image, stored once per content: its WebP widths live under
 * `<DATA_DIR>/question-images/<hash>/<width>.webp` and never change. Versions copy
 * what they show (QuestionImageRef) and keep it when they are frozen.
 */
@Entity()
export class QuestionImage {
  /** The first 32 hex digits of the SHA-256 of the uploaded bytes. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  hash: string;

  /** Of the largest stored width. */
  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  /** Stored widths, ascending. */
  @Column({ type: 'integer', array: true })
  widths: number[];

  /** Bytes of every stored width together. */
  @Column({ type: 'integer' })
  storedBytes: number;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
