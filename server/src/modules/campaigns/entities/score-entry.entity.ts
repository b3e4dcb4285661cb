import type { Participation, ParticipationAct } from '@thidua/shared';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Indicator } from './indicator.entity.js';
import { ScoreSheet } from './score-sheet.entity.js';

/** How a computed entry got its value. */
export interface ComputedValue {
  value: number;
  /** e.g. { kind: 'LIVE_GAME', id, metric } (before rosters also participants, eligible) */
  source: Record<string, unknown>;
  /**
   * PARTICIPATION_RATE: the shared participation() record — verified count, guests, the
   * population, its source (ROSTER/DECLARED), the kind and the basis. `act` is null when
   * the source gave a bare count (no participants()).
   */
  participation?: Omit<Participation, 'act'> & { act: ParticipationAct | null };
  computedAt: string;
}

/** One indicator of one sheet: the unit's value and self-score, the reviewer's score, a correction. */
@Entity()
@Index('UQ_score_entry_sheet_indicator', ['sheetId', 'indicatorId'], { unique: true })
export class ScoreEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sheetId: string;

  @ManyToOne(() => ScoreSheet, { onDelete: 'CASCADE' })
  sheet: Relation<ScoreSheet>;

  @Index('IDX_score_entry_indicator')
  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  indicator: Relation<Indicator>;

  /** What the unit entered: points, 1/0, the achieved figure, the number of items, a computed share. */
  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'double precision', nullable: true })
  selfScore: number | null;

  @Column({ type: 'double precision', nullable: true })
  reviewedScore: number | null;

  /** RELATIVE_TO_BEST (scored over the block from figures): the figure as the reviewer corrected it. */
  @Column({ type: 'double precision', nullable: true })
  reviewedValue: number | null;

  /** After publication: the latest correction's score (history in score_correction). */
  @Column({ type: 'double precision', nullable: true })
  correctedScore: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  reviewReason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  computed: ComputedValue | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
