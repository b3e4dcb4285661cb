import type { CampaignStatus, ParticipationBasis, TieRule } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A thematic emulation campaign (phong trào thi đua theo chuyên đề). */
@Entity()
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 20, default: 'DRAFT' })
  status: CampaignStatus;

  /** The top-level groups must total exactly this (usually 100). */
  @Column({ type: 'double precision', default: 100 })
  totalPoints: number;

  /** Published with the campaign; locked once a period is published. Always written (default SHARED) by the service. */
  @Column({ type: 'jsonb' })
  tieRule: TieRule;

  /** The board (socket feed) answers only when the admin has enabled it. */
  @Column({ type: 'boolean', default: false })
  boardEnabled: boolean;

  /** VERIFIED, or BEFORE_ROSTERS for campaigns created before rosters: their computed indicators keep the old count. */
  @Column({ type: 'varchar', length: 20, default: 'VERIFIED' })
  participationBasis: ParticipationBasis;

  /** The organiser (e.g. Phòng Văn hóa - Xã hội), which compiles the results; null when none is named. */
  @Column({ type: 'uuid', nullable: true })
  organizerUnitId: string | null;

  /** Whether the organiser's own sheet is ranked in its block (by default it is shown but not ranked). */
  @Column({ type: 'boolean', default: false })
  rankOrganizer: boolean;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  launchedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
