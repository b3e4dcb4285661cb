import {
  DEFAULT_LIVE_GAME_SETTINGS,
  type LiveGameSettings,
  type LivePhase,
  type ParticipationBasis,
} from '@thidua/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Quiz } from '../../content/entities/quiz.entity.js';
import { User } from '../../users/entities/user.entity.js';

export type LiveGameStatus = 'LOBBY' | 'RUNNING' | 'ENDED';

/**
 * One live game (Kahoot-style). Every phase change is written here before it is
 * broadcast, so that a restarted server resumes its running games from this row and
 * its questions' timing columns.
 */
@Entity()
@Index('UQ_live_game_open_pin', ['pin'], { unique: true, where: `"status" <> 'ENDED'` })
@Index('IDX_live_game_host', ['hostUserId', 'createdAt'])
export class LiveGame {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** 6 digits, unique among games that have not ended. */
  @Column({ type: 'char', length: 6 })
  pin: string;

  /** The quiz it was started from; null once that quiz is deleted (the game keeps its question versions). */
  @Column({ type: 'uuid', nullable: true })
  quizId: string | null;

  @ManyToOne(() => Quiz, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'quiz_id' })
  quiz: Relation<Quiz> | null;

  @Column({ type: 'uuid', nullable: true })
  hostUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'host_user_id' })
  host: Relation<User> | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Read with today's defaults under it: a game stored before a setting existed reads it as its default. */
  @Column({
    type: 'jsonb',
    transformer: {
      to: (settings: LiveGameSettings) => settings,
      from: (stored: Partial<LiveGameSettings>): LiveGameSettings => ({ ...DEFAULT_LIVE_GAME_SETTINGS, ...stored }),
    },
  })
  settings: LiveGameSettings;

  /** VERIFIED: unit figures count verified roster persons; BEFORE_ROSTERS: games created before rosters keep their numbers. */
  @Column({ type: 'varchar', length: 20, default: 'VERIFIED' })
  participationBasis: ParticipationBasis;

  @Column({ type: 'varchar', length: 10 })
  status: LiveGameStatus;

  @Column({ type: 'varchar', length: 12 })
  phase: LivePhase;

  /** Index of the current question; -1 in the lobby. */
  @Column({ type: 'integer', default: -1 })
  currentIndex: number;

  @Column({ type: 'integer' })
  questionCount: number;

  @Column({ type: 'boolean', default: false })
  paused: boolean;

  /** The host closed the game to new players (those seated may still come back). */
  @Column({ type: 'boolean', default: false })
  joinLocked: boolean;

  /** When the current pause began (the countdown is frozen from then). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pausedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  phaseStartedAt: Date | null;

  /**
   * Counts the game's phase changes. A change is written only over the revision its
   * node last read (compare-and-set), so when two nodes briefly both believe they drive
   * the game (a Redis restart loses the driver lock) only one of them moves it on.
   */
  @Column({ type: 'integer', default: 0 })
  revision: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt: Date | null;
}
