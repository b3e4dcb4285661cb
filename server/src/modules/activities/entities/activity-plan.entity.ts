import type { ActivityPlanStatus } from '@thidua/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The ward's propagation plan (kế hoạch tuyên truyền) the units log activities under, e.g.
 * "Kế hoạch tuyên truyền Nghị quyết Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa
 * XIV": an activity's date must fall inside the plan's dates.
 */
@Entity()
export class ActivityPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** NFC, e.g. "Tuyên truyền Nghị quyết Hội nghị Trung ương 2 khóa XIV". */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The plan's number and symbol as issued, e.g. "45/KH-UBND" (empty until known). */
  @Column({ type: 'varchar', length: 60, default: '' })
  documentNumber: string;

  /** The plan's issue date, when known. */
  @Column({ type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  status: ActivityPlanStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
