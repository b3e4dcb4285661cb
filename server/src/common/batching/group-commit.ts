/**
 * Group commit: items submitted one at a time wait a few ms, are written together by
 * one call of `write` (one statement, one transaction, one WAL flush), and each
 * submitter's promise settles only after that write returned, i.e. after the commit.
 * A failed write rejects every submitter of its batch: nobody is acknowledged, the
 * callers retry, and the write must be idempotent for that.
 *
 * Items with the same `key` are never in the same batch nor in two batches in flight
 * at once: a later one waits for the earlier one's batch to finish, so writes to the
 * same row keep their order, a statement never touches a row twice (which
 * `INSERT … ON CONFLICT DO UPDATE` refuses) and concurrent batches never wait on each
 * other's row locks (no deadlock between batches).
 *
 * `coalesce` lets a later item ride along with the pending one of its key instead of
 * waiting for the next batch (a retry of the same answer: it is not a second answer).
 */
export interface GroupCommitOptions<T, R> {
  /**
   * While a batch is being written, flush this long after the first waiting item
   * arrived (when nothing is being written, flush at once: light load pays no wait) …
   */
  flushAfterMs: number;
  /** … or as soon as this many items wait. */
  maxBatch: number;
  /** Batches written at once (each holds a pool connection while it runs). */
  maxInFlight: number;
  /** Items with equal keys are written one after another, in submission order. */
  key: (item: T) => string;
  /** Writes a batch and returns one result per item, in the items' order. */
  write: (items: T[]) => Promise<R[]>;
  /**
   * An item whose key is already pending: return how to turn the pending item's result
   * into this one's to share its write, or null to write it in a later batch.
   */
  coalesce?: (pending: T, item: T) => ((result: R) => R) | null;
}

interface Entry<T, R> {
  item: T;
  key: string;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
  /** Items coalesced into this one: they settle with it. */
  riders?: { resolve: (result: R) => void; reject: (error: unknown) => void }[];
}

export class GroupCommit<T, R> {
  /** The batch being filled, by key. */
  private pending = new Map<string, Entry<T, R>>();
  /** Items whose key is already pending or in flight, in arrival order. */
  private blocked: Entry<T, R>[] = [];
  /** Keys of the batches being written. */
  private readonly busy = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: GroupCommitOptions<T, R>) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => this.enqueue({ item, key: this.options.key(item), resolve, reject }));
  }

  /** Items waiting or being written. */
  get size(): number {
    return this.pending.size + this.blocked.length + this.busy.size;
  }

  /** Writes everything submitted so far and resolves when it is all settled. */
  async drain(): Promise<void> {
    while (this.size > 0) {
      if (this.pending.size > 0 && this.inFlight.size < this.options.maxInFlight) this.flush();
      else if (this.inFlight.size > 0) await Promise.race(this.inFlight);
      else this.release(); // blocked items only: cannot be, but never loop forever
    }
  }

  private enqueue(entry: Entry<T, R>): void {
    const pending = this.pending.get(entry.key);
    const mapResult = pending && this.options.coalesce?.(pending.item, entry.item);
    if (pending && mapResult) {
      (pending.riders ??= []).push({ resolve: (result) => entry.resolve(mapResult(result)), reject: entry.reject });
      return;
    }
    if (pending || this.busy.has(entry.key)) {
      this.blocked.push(entry);
      return;
    }
    this.pending.set(entry.key, entry);
    if (this.pending.size >= this.options.maxBatch) this.flush();
    else if (this.timer) return;
    // Idle: go as soon as this tick's arrivals are in (no wait at light load). Busy: wait
    // ≤ flushAfterMs, or until a write finishes, so that batches grow with the load.
    else if (this.inFlight.size === 0) this.timer = setTimeout(() => this.flush(), 0);
    else this.timer = setTimeout(() => this.flush(), this.options.flushAfterMs);
  }

  /** Starts writing the pending batch, if a slot is free (a finishing write flushes again). */
  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending.size === 0 || this.inFlight.size >= this.options.maxInFlight) return;
    const batch: Entry<T, R>[] = [];
    for (const [key, entry] of this.pending) {
      if (batch.length >= this.options.maxBatch) break;
      batch.push(entry);
      this.pending.delete(key);
      this.busy.add(key);
    }
    const write = this.write(batch).finally(() => {
      this.inFlight.delete(write);
      for (const entry of batch) this.busy.delete(entry.key);
      this.release();
      // What arrived while this batch was written goes now (its timer may still be running).
      if (this.pending.size > 0) this.flush();
    });
    this.inFlight.add(write);
    if (this.pending.size > 0) this.timer = setTimeout(() => this.flush(), this.options.flushAfterMs);
  }

  /** Moves blocked items whose key is free into the pending batch, keeping their order. */
  private release(): void {
    if (this.blocked.length === 0) return;
    const blocked = this.blocked;
    this.blocked = [];
    for (const entry of blocked) this.enqueue(entry);
  }

  private async write(batch: Entry<T, R>[]): Promise<void> {
    try {
      const results = await this.options.write(batch.map((e) => e.item));
      if (results.length !== batch.length)
        throw new Error(`write returned ${results.length} results for ${batch.length}`);
      batch.forEach((entry, i) => {
        entry.resolve(results[i]);
        for (const rider of entry.riders ?? []) rider.resolve(results[i]);
      });
    } catch (error) {
      for (const entry of batch) for (const waiter of [entry, ...(entry.riders ?? [])]) waiter.reject(error);
    }
  }
}
