import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SIGN_IN_OUTCOMES = ['SUCCESS', 'WRONG_PASSWORD', 'UNKNOWN_USER', 'INACTIVE', 'LIMITED'] as const;
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number];

/**
 * One sign-in attempt (or a wrong current password given to change it). The log admins read,
 * and the throttle's memory: the delay an (account, address) pair must wait is computed from
 * its failures here, so it holds across nodes and restarts without a lock on the account.
 */
@Entity()
@Index('IDX_sign_in_event_account_address', ['username', 'address', 'createdAt'])
@Index('IDX_sign_in_event_address', ['address', 'createdAt'])
@Index('IDX_sign_in_event_created', ['createdAt'])
export class SignInEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The username tried, trimmed and lower-cased (an unknown name is kept as typed). */
  @Column({ type: 'varchar', length: 60 })
  username: string;

  /** The account, when the username exists. No foreign key: the log outlives nothing it names. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The client address as the app sees it (after the trusted proxies). */
  @Column({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 20 })
  outcome: SignInOutcome;

  /** LIMITED: the seconds the client was told to wait; otherwise 0. */
  @Column({ type: 'int', default: 0 })
  delaySeconds: number;
}
