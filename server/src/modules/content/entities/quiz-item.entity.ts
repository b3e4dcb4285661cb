import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Question } from './question.entity.js';
import { Quiz } from './quiz.entity.js';

/** One question of a FIXED quiz. The question's published version at game start is the one asked. */
@Entity()
@Index('UQ_quiz_item_position', ['quizId', 'position'], { unique: true })
export class QuizItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  quizId: string;

  @ManyToOne(() => Quiz, { onDelete: 'CASCADE' })
  quiz: Relation<Quiz>;

  @Column({ type: 'integer' })
  position: number;

  @Index('IDX_quiz_item_question')
  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT' })
  question: Relation<Question>;
}
