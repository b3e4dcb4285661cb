import type { AnswerResponse } from '@thidua/shared';
import { Column, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { LiveGame } from './live-game.entity.js';
import { LivePlayer } from './live-player.entity.js';

/**
 * One answer of one player to one question. The primary key (player_id,
 * question_index) is the "one answer per player per question" rule: the batch insert
 * uses ON CONFLICT on it, so a retried answer is a duplicate, never a second score.
 */
@Entity()
@Index('IDX_live_answer_game_question', ['gameId', 'questionIndex'])
export class LiveAnswer {
  @PrimaryColumn({ type: 'uuid' })
  playerId: string;

  @ManyToOne(() => LivePlayer, { onDelete: 'CASCADE' })
  player: Relation<LivePlayer>;

  @PrimaryColumn({ type: 'integer' })
  questionIndex: number;

  @Column({ type: 'uuid' })
  gameId: string;

  @ManyToOne(() => LiveGame, { onDelete: 'CASCADE' })
  game: Relation<LiveGame>;

  @Column({ type: 'jsonb' })
  response: AnswerResponse;

  /** Server receipt time. */
  @Column({ type: 'timestamptz', precision: 3 })
  receivedAt: Date;

  /** receivedAt − the question's opensAt (server clock), in ms. */
  @Column({ type: 'integer' })
  elapsedMs: number;

  /** gradeAnswer(): 0..1. */
  @Column({ type: 'real' })
  credit: number;

  @Column({ type: 'integer' })
  points: number;
}
