import type {
  ConditionCheck,
  ConditionConfirmation,
  ProposalSource,
  ProposalStatus,
  RecipientKind,
} from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CommendationForm } from './commendation-form.entity.js';
import { CommendationRound } from './commendation-round.entity.js';

/**
 * One candidate for one form in a round: a unit (collective) or a person on a roster
 * (individual), with its conditions checked, the achievements the báo cáo thành tích
 * states, and where it stands (proposed → passed by the council → conferred, or
 * forwarded upward; withdrawn; revoked with a reason).
 */
@Entity()
@Index('UQ_commendation_proposal_unit', ['roundId', 'formId', 'unitId'], {
  unique: true,
  where: '"person_id" IS NULL',
})
@Index('UQ_commendation_proposal_person', ['roundId', 'formId', 'personId'], {
  unique: true,
  where: '"person_id" IS NOT NULL',
})
export class CommendationProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_commendation_proposal_round')
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => CommendationRound, { onDelete: 'CASCADE' })
  round: Relation<CommendationRound>;

  @Column({ type: 'uuid' })
  formId: string;

  @ManyToOne(() => CommendationForm, { onDelete: 'RESTRICT' })
  form: Relation<CommendationForm>;

  @Column({ type: 'varchar', length: 12 })
  recipientKind: RecipientKind;

  /** The collective, or the unit whose roster lists the individual. */
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  /** As printed: the unit's name, or the person's full name (NFC). */
  @Column({ type: 'varchar', length: 200 })
  recipientName: string;

  /** The line under the name: the person's position and unit, e.g. "Giáo viên Trường THCS Lê Lợi". */
  @Column({ type: 'varchar', length: 300, default: '' })
  recipientDetail: string;

  /** "Đã có thành tích …": the reason printed in the decision and on the certificate. */
  @Column({ type: 'text', default: '' })
  achievements: string;

  @Column({ type: 'varchar', length: 10 })
  source: ProposalSource;

  /** RANKING: the campaign title the unit earned, its rank and total in its block. */
  @Column({ type: 'uuid', nullable: true })
  sourceTitleId: string | null;

  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Column({ type: 'double precision', nullable: true })
  total: number | null;

  /** The checklist as last evaluated. */
  @Column({ type: 'jsonb', default: [] })
  conditions: ConditionCheck[];

  /** The organiser's confirmations of CONFIRMED conditions, by condition id. */
  @Column({ type: 'jsonb', default: {} })
  confirmations: Record<string, ConditionConfirmation>;

  @Column({ type: 'varchar', length: 12, default: 'PROPOSED' })
  status: ProposalStatus;

  /** Why it was withdrawn or revoked (shown on the public list for a revocation). */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy: string | null;

  /** Order in the list (the decision prints in this order). */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
