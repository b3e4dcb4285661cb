import { Activity } from './activity.entity.js';
import type { ActivityEvidenceKind } from '@thidua/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
  type Relation,
} from 'typeorm';

/**
 * Evidence of an activity, as for score sheets: a file checked by content (a photo of the
 * banner, the scanned minutes) stored under the data folder, or a link.
 */
@Entity()
@Index('IDX_activity_evidence_activity', ['activityId'])
export class ActivityEvidence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Relation<Activity>;

  @Column({ type: 'varchar', length: 10 })
  kind: ActivityEvidenceKind;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** Relative to the data folder; never a user-given name. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  storedPath: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  mimeType: string | null;

  @Column({ type: 'integer', nullable: true })
  size: number | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
