import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../../people/entities/person.entity.js';
import { Unit } from '../../units/entities/unit.entity.js';
import { LiveGame } from './live-game.entity.js';

/** A player of a live game; no account, identified on resume by a token whose hash only is kept. */
@Entity()
@Index('IDX_live_player_game', ['gameId'])
@Index('UQ_live_player_person', ['gameId', 'personId'], { unique: true, where: '"person_id" IS NOT NULL' })
export class LivePlayer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  gameId: string;

  @ManyToOne(() => LiveGame, { onDelete: 'CASCADE' })
  game: Relation<LiveGame>;

  /** NFC, 1–30 characters, checked by the shared name filter. */
  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'SET NULL', nullable: true })
  unit: Relation<Unit> | null;

  /**
   * The roster person the player identified as (personal code, or name + birth year):
   * set = verified, and the unit is the person's. Null = a guest: shown, never counted.
   */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  person: Relation<Person> | null;

  /** sha256 (hex) of the resume token; the token itself is only on the player's device. */
  @Index('UQ_live_player_resume_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  resumeTokenHash: string;

  @Column({ type: 'timestamptz', precision: 3 })
  joinedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  removedAt: Date | null;

  /**
   * sha256 (hex) of the game id and the address the player joined from (never the
   * address itself): once the host removed the player, the same name from that address
   * is refused in this game (REMOVED_FROM_GAME). Null for players who joined before it.
   */
  @Column({ type: 'char', length: 64, nullable: true })
  joinAddressHash: string | null;

  /** Total points; updated in the same statement that stores each answer. */
  @Column({ type: 'integer', default: 0 })
  score: number;

  /** Consecutive fully correct answers. */
  @Column({ type: 'integer', default: 0 })
  streak: number;

  /** Sum of answer times of correct answers: the tie-break (faster first). */
  @Column({ type: 'integer', default: 0 })
  correctTimeMs: number;
}
