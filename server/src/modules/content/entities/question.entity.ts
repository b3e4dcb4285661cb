import type { QuestionStatus } from '@thidua/shared';
import {
  Column,
  JoinColumn,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import { QuestionVersion } from './question-version.entity.js';

/**
 * The stable identity of a question; its content lives in immutable-once-published
 * versions (QuestionVersion).
 *
 * Versioning: `currentVersionId` is the latest version, the one the workflow
 * (`status`) is about; `publishedVersionId` is the one games and contests use.
 * Editing a PUBLISHED question creates version n+1 as a DRAFT of the same question;
 * the published version stays the one used until the new one is published. A version
 * that was ever published is never updated or deleted (games and attempts point at it);
 * a version that never was (draft, in review) is edited in place.
 */
@Entity()
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key used by import/export to update instead of duplicating, e.g. "Q-7KX2MD" or a demo key. */
  @Index('UQ_question_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'varchar', length: 20 })
  status: QuestionStatus;

  @Column({ type: 'uuid', nullable: true })
  currentVersionId: string | null;

  @ManyToOne(() => QuestionVersion, { onDelete: 'RESTRICT', nullable: true })
  currentVersion: Relation<QuestionVersion> | null;

  @Index('IDX_question_published_version')
  @Column({ type: 'uuid', nullable: true })
  publishedVersionId: string | null;

  @ManyToOne(() => QuestionVersion, { onDelete: 'RESTRICT', nullable: true })
  publishedVersion: Relation<QuestionVersion> | null;

  /** Why a reviewer returned it to DRAFT; cleared when it is submitted again. */
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
