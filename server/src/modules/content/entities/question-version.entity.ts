import type { AnswerKey, Difficulty, QuestionImageRef, QuestionOption, QuestionType } from '@thidua/shared';
import {
  Column,
  JoinColumn,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity.js';
import { ResolutionSection } from './resolution-section.entity.js';
// Type-only, with a string target below: Question imports this file, and a value import back would be a cycle.
import type { Question } from './question.entity.js';

/**
 * One snapshot of a question's content. Games and contest attempts reference
 * versions by id; once `publishedAt` is set the row is never updated or deleted.
 */
@Entity()
@Index('UQ_question_version_number', ['questionId', 'version'], { unique: true })
export class QuestionVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne('Question', { onDelete: 'RESTRICT' })
  question: Relation<Question>;

  /** 1, 2, 3... per question. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 20 })
  type: QuestionType;

  @Column({ type: 'text' })
  prompt: string;

  /** In the author's order; ids are random per version, so neither id nor position tells correctness. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: QuestionOption[];

  @Column({ type: 'jsonb' })
  answerKey: AnswerKey;

  @Column({ type: 'text' })
  explanation: string;

  @Index('IDX_question_version_section')
  @Column({ type: 'uuid' })
  sectionId: string;

  @ManyToOne(() => ResolutionSection, { onDelete: 'RESTRICT' })
  section: Relation<ResolutionSection>;

  @Column({ type: 'varchar', length: 10 })
  difficulty: Difficulty;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'integer' })
  timeLimitSeconds: number;

  @Column({ type: 'boolean', default: false })
  doublePoints: boolean;

  /** Options are shown in the author's order, never shuffled (e.g. one is "Cả 3 đáp án trên"). */
  @Column({ type: 'boolean', default: false })
  keepOrder: boolean;

  /** The image shown with the question (and its reveal), with its alt text; frozen with the version. */
  @Column({ type: 'jsonb', nullable: true })
  image: QuestionImageRef | null;

  /** Prompt, options and tags folded (no diacritics, lower case) for search. */
  @Column({ type: 'text' })
  searchText: string;

  /** Set when this version is published; from then on the row is frozen. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'published_by' })
  publisher: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator: Relation<User> | null;
}
