import type { RoundStatus } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The editable narrative sections of the báo cáo sơ kết / tổng kết. */
export interface ReviewNarrative {
  /** Kết quả đạt được. */
  results: string;
  /** Hạn chế, nguyên nhân. */
  limitations: string;
  /** Phương hướng, nhiệm vụ thời gian tới. */
  directions: string;
}

/**
 * A round of commendation (đợt xét khen thưởng), usually the council step of one
 * campaign period: proposals → council session → public posting → the chairman's
 * decision. A round without a campaign is for individuals' records alone.
 */
@Entity()
@Index('IDX_commendation_round_period', ['periodId'])
export class CommendationRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. "Khen thưởng sơ kết 6 tháng đầu năm 2026". */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @Column({ type: 'uuid', nullable: true })
  periodId: string | null;

  /** The year the titles are for (annual forms, MEMBER_SHARE counts). */
  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 12, default: 'PROPOSING' })
  status: RoundStatus;

  /** Tờ trình: number and symbol as issued, e.g. "25/TTr-VHXH", and its date. */
  @Column({ type: 'varchar', length: 40, default: '' })
  submissionNumber: string;

  @Column({ type: 'date', nullable: true })
  submissionDate: string | null;

  /** The public posting window (niêm yết công khai). */
  @Column({ type: 'timestamptz', nullable: true })
  postingStartsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  postingEndsAt: Date | null;

  /** Where the list is also posted on paper, e.g. "Nhà văn hóa các tổ dân phố, trụ sở UBND phường". */
  @Column({ type: 'varchar', length: 300, default: '' })
  postingPlaces: string;

  /** The chairman's decision: "Số: 12/QĐ-UBND" is number "12/QĐ-UBND". */
  @Column({ type: 'varchar', length: 40, nullable: true })
  decisionNumber: string | null;

  @Column({ type: 'date', nullable: true })
  decisionDate: string | null;

  /** The signature block: authority line ("TM. ỦY BAN NHÂN DÂN"), capacity ("KT. CHỦ TỊCH"), title ("PHÓ CHỦ TỊCH"), name. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  signerAuthority: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  signerCapacity: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  signerTitle: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  signerName: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'jsonb', default: { results: '', limitations: '', directions: '' } })
  narrative: ReviewNarrative;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
