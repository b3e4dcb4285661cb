import type { Difficulty } from '@thidua/shared';
import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ResolutionSection } from './resolution-section.entity.js';
import { Quiz } from './quiz.entity.js';

/** "Draw `count` published questions of this section / tag / difficulty" (any of them may be open). */
@Entity()
@Check('CHK_quiz_draw_rule_count', '"count" > 0')
export class QuizDrawRule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_quiz_draw_rule_quiz')
  @Column({ type: 'uuid' })
  quizId: string;

  @ManyToOne(() => Quiz, { onDelete: 'CASCADE' })
  quiz: Relation<Quiz>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  @ManyToOne(() => ResolutionSection, { onDelete: 'RESTRICT', nullable: true })
  section: Relation<ResolutionSection> | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  tag: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  difficulty: Difficulty | null;

  @Column({ type: 'integer' })
  count: number;
}
