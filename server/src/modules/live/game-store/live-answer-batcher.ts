import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnswerResponse } from '@thidua/shared';
import { DataSource } from 'typeorm';

/** An answer graded at receipt, waiting for its commit. */
export interface GradedAnswer {
  gameId: string;
  questionIndex: number;
  playerId: string;
  response: AnswerResponse;
  receivedAt: number;
  elapsedMs: number;
  credit: number;
  points: number;
  /** The player's streak after this answer. */
  streakAfter: number;
  /** Added to the player's total time of correct answers (the tie-break). */
  correctTimeAddMs: number;
}

/** `closed`: the question was revealed before this answer could be stored (nothing stored). */
export type CommitOutcome = 'accepted' | 'duplicate' | 'closed';

interface Waiter {
  resolve: (outcome: CommitOutcome) => void;
  reject: (error: unknown) => void;
}

interface Entry {
  answer: GradedAnswer;
  /** The first submission's waiter, then any retries that arrived in the same batch (duplicates). */
  waiters: Waiter[];
}

/** Flush after this long, or as soon as this many answers wait. */
const FLUSH_AFTER_MS = 5;
const MAX_BATCH = 1000;
/** Batches in flight at once: they touch disjoint rows, so they don't wait on each other. */
const MAX_IN_FLIGHT = 4;

/*
 * One statement per batch: insert every answer whose question has not been revealed,
 * skip the ones whose (player_id, question_index) exists, and add the points of the
 * inserted ones to their players' totals. Atomic, so an answer and its points commit
 * together.
 *
 * The question rows are read FOR SHARE: a reveal (an UPDATE of revealed_at) waits for
 * batches in flight, and a batch that starts after the reveal committed finds the
 * question closed. So the answers a reveal counts are exactly the ones ever stored,
 * whichever node received them (with several nodes, answers reach PostgreSQL from
 * nodes that do not drive the game).
 */
const INSERT_BATCH = `
WITH v AS (
  SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::jsonb[], $5::timestamptz[], $6::int[], $7::real[],
                       $8::int[], $9::int[], $10::int[])
    AS t(player_id, question_index, game_id, response, received_at, elapsed_ms, credit, points, streak_after,
         correct_time_add)
), open AS (
  SELECT q.game_id, q.index FROM live_game_question q
   WHERE (q.game_id, q.index) IN (SELECT DISTINCT game_id, question_index FROM v) AND q.revealed_at IS NULL
     FOR SHARE
), ins AS (
  INSERT INTO live_answer (player_id, question_index, game_id, response, received_at, elapsed_ms, credit, points)
  SELECT v.player_id, v.question_index, v.game_id, v.response, v.received_at, v.elapsed_ms, v.credit, v.points
    FROM v JOIN open ON open.game_id = v.game_id AND open.index = v.question_index
  ON CONFLICT (player_id, question_index) DO NOTHING
  RETURNING player_id, question_index
), upd AS (
  UPDATE live_player p
     SET score = p.score + v.points, streak = v.streak_after, correct_time_ms = p.correct_time_ms + v.correct_time_add
    FROM v JOIN ins ON ins.player_id = v.player_id AND ins.question_index = v.question_index
   WHERE p.id = v.player_id
  RETURNING p.id
)
SELECT v.player_id AS id, upd.id IS NOT NULL AS inserted, open.index IS NOT NULL AS open
  FROM v LEFT JOIN upd ON upd.id = v.player_id
         LEFT JOIN open ON open.game_id = v.game_id AND open.index = v.question_index`;

/**
 * Durable acks with group commit (DESIGN.md: an acknowledged answer is never lost).
 * Answers wait a few ms, are written in one multi-row statement, and each submitter
 * learns `accepted` (inserted) or `duplicate` (the unique key was already taken) only
 * after the commit. A failed commit rejects every waiter of the batch: nobody is acked,
 * the phones retry, and the retry is idempotent.
 */
@Injectable()
export class AnswerBatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(AnswerBatcher.name);
  /** The batch being filled, by player id (a player has at most one answer per batch). */
  private pending = new Map<string, Entry>();
  /** Answers of a player who already has a different answer in `pending` (a new question opened in < 5 ms). */
  private overflow: { answer: GradedAnswer; waiter: Waiter }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight = new Set<Promise<void>>();
  private waitingForSlot: (() => void)[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  submit(answer: GradedAnswer): Promise<CommitOutcome> {
    return new Promise<CommitOutcome>((resolve, reject) => this.enqueue(answer, { resolve, reject }));
  }

  /** Writes everything waiting now and resolves when it is committed (used before a reveal). */
  async drain(): Promise<void> {
    while (this.pending.size > 0 || this.overflow.length > 0 || this.inFlight.size > 0) {
      if (this.pending.size > 0) await this.flush();
      else if (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
      else this.refill();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.drain();
  }

  private enqueue(answer: GradedAnswer, waiter: Waiter): void {
    const existing = this.pending.get(answer.playerId);
    if (existing) {
      if (existing.answer.questionIndex === answer.questionIndex) {
        // A retry within the same batch: whatever the first one's fate, this one is not a second answer.
        existing.waiters.push({
          resolve: (outcome) => waiter.resolve(outcome === 'closed' ? 'closed' : 'duplicate'),
          reject: waiter.reject,
        });
      } else {
        this.overflow.push({ answer, waiter });
      }
      return;
    }
    this.pending.set(answer.playerId, { answer, waiters: [waiter] });
    if (this.pending.size >= MAX_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS);
  }

  private refill(): void {
    const overflow = this.overflow;
    this.overflow = [];
    for (const { answer, waiter } of overflow) this.enqueue(answer, waiter);
  }

  private async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending.size === 0) return;
    while (this.inFlight.size >= MAX_IN_FLIGHT) await new Promise<void>((r) => this.waitingForSlot.push(r));
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.refill();
    const write = this.write(batch).finally(() => {
      this.inFlight.delete(write);
      // Wake every waiter, each checks again: waking one per finished write could leave a
      // waiter (a reveal's drain) asleep with nothing left in flight to wake it.
      for (const wake of this.waitingForSlot.splice(0)) wake();
    });
    this.inFlight.add(write);
    await write;
  }

  private async write(batch: Entry[]): Promise<void> {
    const a = batch.map((e) => e.answer);
    try {
      const rows: { id: string; inserted: boolean; open: boolean }[] = await this.dataSource.query(INSERT_BATCH, [
        a.map((x) => x.playerId),
        a.map((x) => x.questionIndex),
        a.map((x) => x.gameId),
        a.map((x) => JSON.stringify(x.response)),
        a.map((x) => new Date(x.receivedAt).toISOString()),
        a.map((x) => x.elapsedMs),
        a.map((x) => x.credit),
        a.map((x) => x.points),
        a.map((x) => x.streakAfter),
        a.map((x) => x.correctTimeAddMs),
      ]);
      const byPlayer = new Map(rows.map((r) => [r.id, r]));
      for (const entry of batch) {
        const row = byPlayer.get(entry.answer.playerId);
        const [first, ...retries] = entry.waiters;
        const outcome: CommitOutcome = row?.inserted ? 'accepted' : row && !row.open ? 'closed' : 'duplicate';
        first.resolve(outcome);
        for (const retry of retries) retry.resolve(outcome);
      }
    } catch (error) {
      this.logger.error(`Answer batch of ${batch.length} failed: ${String(error)}`);
      for (const entry of batch) for (const waiter of entry.waiters) waiter.reject(error);
    }
  }
}
