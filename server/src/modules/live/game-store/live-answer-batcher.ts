import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GroupCommit } from '../../../common/batching/group-commit.js';
import type { GradedAnswer } from '../game-rules/answer-window.js';

/** `closed`: the question was revealed before this answer could be stored (nothing stored). */
export type CommitOutcome = 'accepted' | 'duplicate' | 'closed';

/** While a batch is being written, flush after this long, or as soon as this many answers wait (idle: at once). */
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
 * Answers wait a few ms (none when idle), are written in one multi-row statement, and
 * each submitter learns `accepted` (inserted) or `duplicate` (the unique key was
 * already taken) only after the commit. A failed commit rejects every waiter of the
 * batch: nobody is acked, the phones retry, and the retry is idempotent.
 *
 * Keyed by player: a batch holds one answer per player (the statement adds each
 * player's points once). A retry of the same answer in the same batch shares its write
 * and is told `duplicate`; a player's answer to the next question waits for the next batch.
 */
@Injectable()
export class LiveAnswerBatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveAnswerBatcher.name);
  private readonly commits: GroupCommit<GradedAnswer, CommitOutcome>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.commits = new GroupCommit({
      flushAfterMs: FLUSH_AFTER_MS,
      maxBatch: MAX_BATCH,
      maxInFlight: MAX_IN_FLIGHT,
      key: (a) => a.playerId,
      // Whatever the first one's fate, a retry within the same batch is not a second answer.
      coalesce: (pending, retry) =>
        pending.questionIndex === retry.questionIndex
          ? (outcome) => (outcome === 'closed' ? 'closed' : 'duplicate')
          : null,
      write: (answers) => this.write(answers),
    });
  }

  submit(answer: GradedAnswer): Promise<CommitOutcome> {
    return this.commits.submit(answer);
  }

  /** Writes everything waiting now and resolves when it is committed (used before a reveal). */
  drain(): Promise<void> {
    return this.commits.drain();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.drain();
  }

  private async write(a: GradedAnswer[]): Promise<CommitOutcome[]> {
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
      return a.map((x) => {
        const row = byPlayer.get(x.playerId);
        return row?.inserted ? 'accepted' : row && !row.open ? 'closed' : 'duplicate';
      });
    } catch (error) {
      this.logger.error(`Answer batch of ${a.length} failed: ${String(error)}`);
      throw error;
    }
  }
}
