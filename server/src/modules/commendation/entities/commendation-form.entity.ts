import type { FormAuthority, FormCondition, FormPeriod, RecipientKind } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A form of commendation in the ward's catalogue (giấy khen, a danh hiệu): who it goes
 * to, whether the ward confers it or proposes it upward, when it is considered, its
 * legal basis and its conditions as a checklist. Seeded with the forms a ward chairman
 * confers after the 2025 reform; the admin edits it (the law changes, so it is data).
 */
@Entity()
export class CommendationForm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable, e.g. "GIAY_KHEN_TAP_THE": conditions (MEMBER_SHARE) and quotas refer to forms by code. */
  @Index('UQ_commendation_form_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  /** As decisions print it, e.g. "Giấy khen của Chủ tịch Ủy ban nhân dân phường". */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  recipientKind: RecipientKind;

  @Column({ type: 'varchar', length: 16 })
  authority: FormAuthority;

  @Column({ type: 'varchar', length: 10 })
  period: FormPeriod;

  /** The articles it rests on, e.g. "Điều 74, Điều 80 Luật Thi đua, khen thưởng năm 2022". */
  @Column({ type: 'text', default: '' })
  legalBasis: string;

  @Column({ type: 'jsonb', default: [] })
  conditions: FormCondition[];

  /** Unit kinds it may go to (collectives); empty: any. */
  @Column({ type: 'text', array: true, default: '{}' })
  unitKinds: string[];

  /** At most this % of the base (null: no quota). */
  @Column({ type: 'double precision', nullable: true })
  quotaPercent: number | null;

  /** The base is the recipients of this form in the round (e.g. TTLĐXS ≤ 20 % of the TTLĐTT); null: of the proposals for this form. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  quotaOfFormCode: string | null;

  @Column({ type: 'integer', default: 1 })
  quotaMinimum: number;

  /** Days the passed list is posted for residents' comments (10 for "tổ dân phố văn hóa"); 0: no posting. */
  @Column({ type: 'integer', default: 10 })
  postingDays: number;

  /** The council's approval threshold, % of the members present. */
  @Column({ type: 'double precision', default: 70 })
  approvalPercent: number;

  /** Voted by secret ballot (bỏ phiếu kín). */
  @Column({ type: 'boolean', default: false })
  secretBallot: boolean;

  /** The heading of its certificate, e.g. "GIẤY KHEN"; empty: no certificate (forms proposed upward). */
  @Column({ type: 'varchar', length: 100, default: '' })
  certificateHeading: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
