import type { AnswerResponse } from '@thidua/shared';
import { Column, Entity, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Attempt } from './attempt.entity.js';

/** The saved answer to one question of an attempt; saving again replaces it (idempotent upsert). */
@Entity()
export class AttemptAnswer {
  @PrimaryColumn({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => Attempt, { onDelete: 'CASCADE' })
  attempt: Relation<Attempt>;

  /** 0-based position in the attempt. */
  @PrimaryColumn({ type: 'smallint' })
  index: number;

  @Column({ type: 'jsonb' })
  response: AnswerResponse;

  @Column({ type: 'timestamptz' })
  savedAt: Date;
}
