import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTEST_GRACE_SECONDS } from '@thidua/shared';
import { DataSource } from 'typeorm';
import { GroupCommit } from '../../common/batching/group-commit.js';

/** One answer save, checked and written with others in one statement. */
export interface AnswerSave {
  /** sha256 of the attempt token (hex). */
  tokenHash: string;
  index: number;
  /** The cleaned response, as JSON. */
  response: string;
  /** Server receipt time: the deadline is checked against it, and it is stored as saved_at. */
  savedAt: Date;
}

/** What the statement found for one save: the attempt (null: unknown token) and whether the answer was stored. */
export interface AnswerSaveOutcome {
  attempt: { id: string; submittedAt: Date | null; deadlineAt: Date; questionCount: number } | null;
  saved: boolean;
}

/** While a batch is being written, flush after this long, or as soon as this many saves wait (idle: at once). */
const FLUSH_AFTER_MS = 5;
const MAX_BATCH = 500;
/** Batches in flight at once (of the pool's 20 connections); they touch disjoint answer rows. */
const MAX_IN_FLIGHT = 4;

/*
 * One statement per batch. Per save: find the attempt by its token hash (share-locked
 * FOR KEY SHARE, so a submission, which locks the row FOR UPDATE, either waits for the
 * batch or made the batch see it submitted), and upsert the answer if the attempt is
 * not submitted, the receipt is within deadline + grace and the index is in range.
 * Then one row per save (by ordinality) says what was found and whether it was stored.
 * A batch never holds two saves for the same (token, index) (GroupCommit keys).
 */
const SAVE_BATCH = `
WITH v AS (
  SELECT * FROM unnest($1::bpchar[], $2::int[], $3::jsonb[], $4::timestamptz[]) WITH ORDINALITY
    AS t(token_hash, index, response, saved_at, n)
), a AS (
  SELECT id, device_token_hash, submitted_at, deadline_at, question_count FROM attempt
   WHERE device_token_hash = ANY($1::bpchar[])
     FOR KEY SHARE
), ins AS (
  INSERT INTO attempt_answer (attempt_id, index, response, saved_at)
  SELECT a.id, v.index, v.response, v.saved_at FROM v JOIN a ON a.device_token_hash = v.token_hash
   WHERE a.submitted_at IS NULL AND v.saved_at <= a.deadline_at + make_interval(secs => $5::int)
     AND v.index < a.question_count
  ON CONFLICT (attempt_id, index) DO UPDATE SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at
  RETURNING attempt_id, index
)
SELECT v.n::int AS n, a.id, a.submitted_at, a.deadline_at, a.question_count, ins.attempt_id IS NOT NULL AS saved
  FROM v LEFT JOIN a ON a.device_token_hash = v.token_hash
         LEFT JOIN ins ON ins.attempt_id = a.id AND ins.index = v.index
 ORDER BY v.n`;

interface Row {
  n: number;
  id: string | null;
  submitted_at: Date | null;
  deadline_at: Date | null;
  question_count: number | null;
  saved: boolean;
}

/**
 * Group commit for contest answer saves (as live answers do): saves that arrive while
 * a batch is being written wait ≤ 5 ms (none when idle), are written in one statement, and each caller learns its outcome only after the commit,
 * so an acknowledged save is durable. A failed batch rejects all its callers (nobody
 * acked; a retried save is an idempotent upsert).
 */
@Injectable()
export class AnswerSaveBatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(AnswerSaveBatcher.name);
  private readonly commits: GroupCommit<AnswerSave, AnswerSaveOutcome>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.commits = new GroupCommit({
      flushAfterMs: FLUSH_AFTER_MS,
      maxBatch: MAX_BATCH,
      maxInFlight: MAX_IN_FLIGHT,
      key: (s) => `${s.tokenHash}:${s.index}`,
      write: (saves) => this.write(saves),
    });
  }

  save(save: AnswerSave): Promise<AnswerSaveOutcome> {
    return this.commits.submit(save);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.commits.drain();
  }

  private async write(saves: AnswerSave[]): Promise<AnswerSaveOutcome[]> {
    try {
      const rows: Row[] = await this.dataSource.query(SAVE_BATCH, [
        saves.map((s) => s.tokenHash),
        saves.map((s) => s.index),
        saves.map((s) => s.response),
        saves.map((s) => s.savedAt.toISOString()),
        CONTEST_GRACE_SECONDS,
      ]);
      return rows.map((r) => ({
        attempt:
          r.id === null
            ? null
            : {
                id: r.id,
                submittedAt: r.submitted_at,
                deadlineAt: r.deadline_at!,
                questionCount: r.question_count!,
              },
        saved: r.saved,
      }));
    } catch (error) {
      this.logger.error(`Answer save batch of ${saves.length} failed: ${String(error)}`);
      throw error;
    }
  }
}
