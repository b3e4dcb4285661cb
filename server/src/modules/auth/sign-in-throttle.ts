import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SignInEvent } from './entities/sign-in-event.entity.js';

/** A growing delay: `free` failures cost nothing, then each one doubles the wait, up to `maxSeconds`. */
export interface Backoff {
  free: number;
  baseSeconds: number;
  maxSeconds: number;
}

/**
 * One (account, address) pair: five free mistakes, then 1, 2, 4 … s, at most 15 min. Only this
 * pair waits: the owner on another address is never slowed by someone else's guesses.
 */
export const PAIR_BACKOFF: Backoff = { free: 5, baseSeconds: 1, maxSeconds: 15 * 60 };
/**
 * One address over all accounts (password spraying): a computer room behind one NAT shares it,
 * so the allowance is larger and the wait shorter.
 */
export const ADDRESS_BACKOFF: Backoff = { free: 30, baseSeconds: 1, maxSeconds: 60 };
/** Failures older than this are forgotten. */
const WINDOW_SECONDS = 3600;

/** The wait a client must still observe after `failures` failures, the last `elapsed` s ago. */
export function remainingDelay(backoff: Backoff, failures: number, elapsedSeconds: number): number {
  if (failures < backoff.free) return 0;
  const delay = Math.min(backoff.baseSeconds * 2 ** (failures - backoff.free), backoff.maxSeconds);
  return Math.max(0, delay - elapsedSeconds);
}

interface FailureRow {
  failures: number;
  elapsed: number | null;
}

/**
 * Growing delays instead of an account lock, computed from the sign-in log (database time, so
 * every node agrees). Attempts of one pair run one at a time on a node, so a burst cannot slip
 * past the check before its failures are written.
 */
@Injectable()
export class SignInThrottle {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(@InjectRepository(SignInEvent) private readonly events: Repository<SignInEvent>) {}

  /** Runs `task` after every earlier attempt of the same (account, address) on this node. */
  serialize<T>(account: string, address: string, task: () => Promise<T>): Promise<T> {
    const key = `${account}\u0000${address}`;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }

  /** Seconds the pair must still wait (0: it may try now). */
  async retryAfterSeconds(account: string, address: string): Promise<number> {
    const [pair] = await this.events.query<FailureRow[]>(
      `SELECT count(*)::int AS failures, EXTRACT(EPOCH FROM now() - max(created_at))::float AS elapsed
         FROM sign_in_event
        WHERE username = $1 AND address = $2 AND outcome IN ('WRONG_PASSWORD', 'UNKNOWN_USER', 'INACTIVE')
          AND created_at > GREATEST(now() - make_interval(secs => $3), COALESCE(
            (SELECT max(created_at) FROM sign_in_event WHERE username = $1 AND address = $2 AND outcome = 'SUCCESS'),
            '-infinity'))`,
      [account, address, WINDOW_SECONDS],
    );
    const [all] = await this.events.query<FailureRow[]>(
      `SELECT count(*)::int AS failures, EXTRACT(EPOCH FROM now() - max(created_at))::float AS elapsed
         FROM sign_in_event
        WHERE address = $1 AND outcome IN ('WRONG_PASSWORD', 'UNKNOWN_USER', 'INACTIVE')
          AND created_at > now() - make_interval(secs => $2)`,
      [address, WINDOW_SECONDS],
    );
    const wait = Math.max(
      remainingDelay(PAIR_BACKOFF, pair.failures, pair.elapsed ?? 0),
      remainingDelay(ADDRESS_BACKOFF, all.failures, all.elapsed ?? 0),
    );
    return Math.ceil(wait);
  }

  async record(entry: Omit<SignInEvent, 'id' | 'createdAt'>): Promise<void> {
    await this.events.insert({ ...entry, userAgent: entry.userAgent?.slice(0, 300) ?? null });
  }
}
