import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { QuestionVersion } from '../../content/entities/question-version.entity.js';
import { LiveGame } from './live-game.entity.js';

/**
 * The question asked at `index` of a game: a snapshot of the question version at the
 * game's start (past games keep the version they asked), the options' display order,
 * and the server times of its phases.
 */
@Entity()
export class LiveGameQuestion {
  @PrimaryColumn({ type: 'uuid' })
  gameId: string;

  @ManyToOne(() => LiveGame, { onDelete: 'CASCADE' })
  game: Relation<LiveGame>;

  @PrimaryColumn({ type: 'integer' })
  index: number;

  @Column({ type: 'uuid' })
  questionVersionId: string;

  @ManyToOne(() => QuestionVersion, { onDelete: 'RESTRICT' })
  questionVersion: Relation<QuestionVersion>;

  /** Option ids in the order players see them (empty for NUMERIC). */
  @Column({ type: 'jsonb' })
  optionOrder: string[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  shownAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  opensAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closesAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revealedAt: Date | null;
}
