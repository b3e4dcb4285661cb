import type { CommentStatus } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A resident's comment (ý kiến) on a posted list. Contact is optional and seen only by
 * the organiser; the organiser's handling is recorded. Never shown publicly.
 */
@Entity()
@Index('IDX_posting_comment_round_at', ['roundId', 'createdAt'])
export class PostingComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  /** The proposal it is about, when the resident picked one. */
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  /** NFC, at most 2,000 characters. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  authorName: string | null;

  /** A phone number or e-mail, optional (personal data: organiser only). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  contact: string | null;

  @Column({ type: 'varchar', length: 10, default: 'NEW' })
  status: CommentStatus;

  /** How it was handled (required to close it). */
  @Column({ type: 'text', nullable: true })
  handlingNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  handledBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
