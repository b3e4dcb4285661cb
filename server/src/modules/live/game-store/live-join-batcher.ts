import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GroupCommit } from '../../../common/batching/group-commit.js';

/** A new seat in a game, as the join wrote it. */
export interface NewPlayerRow {
  id: string;
  gameId: string;
  name: string;
  unitId: string | null;
  personId: string | null;
  tokenHash: string;
  addressHash: string;
}

/** `taken`: a unique key was already taken (the person is seated in this game from another phone). */
export type JoinCommit = 'inserted' | 'taken';

const FLUSH_AFTER_MS = 5;
const MAX_BATCH = 500;
const MAX_IN_FLIGHT = 2;

/* One statement per batch; a row whose unique key is taken is skipped, and told so. */
const INSERT_PLAYERS = `
INSERT INTO live_player (id, game_id, name, unit_id, person_id, resume_token_hash, join_address_hash, joined_at)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::uuid[], $5::uuid[], $6::char(64)[], $7::char(64)[],
                     $8::timestamptz[])
ON CONFLICT DO NOTHING
RETURNING id`;

/**
 * Join commits grouped as answers are (LiveAnswerBatcher, issue 17): a burst of phones
 * joining costs one INSERT per few ms instead of one per phone, and each join is answered
 * only after its row committed. A batch that fails for another reason than a taken key is
 * written again row by row, one row at a time and in order, so one bad row refuses only its
 * own join and the retry holds no more connections than the batch did.
 */
@Injectable()
export class LiveJoinBatcher implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveJoinBatcher.name);
  private readonly commits: GroupCommit<NewPlayerRow & { joinedAt: Date }, JoinCommit | { failed: unknown }>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.commits = new GroupCommit({
      flushAfterMs: FLUSH_AFTER_MS,
      maxBatch: MAX_BATCH,
      maxInFlight: MAX_IN_FLIGHT,
      // One person's two phones are never in one batch: the second one meets the first's row.
      key: (row) => (row.personId ? `${row.gameId}:${row.personId}` : row.id),
      write: (rows) => this.write(rows),
    });
  }

  /** Resolves once the row is committed (`inserted`) or refused by a unique key (`taken`). */
  async insert(row: NewPlayerRow): Promise<JoinCommit> {
    const outcome = await this.commits.submit({ ...row, joinedAt: new Date() });
    if (typeof outcome === 'object') throw outcome.failed;
    return outcome;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.commits.drain();
  }

  private async write(rows: (NewPlayerRow & { joinedAt: Date })[]): Promise<(JoinCommit | { failed: unknown })[]> {
    try {
      return await this.insertRows(rows);
    } catch (error) {
      if (rows.length === 1) return [{ failed: error }];
      this.logger.warn(`Join batch of ${rows.length} failed (${String(error)}): writing its rows one by one`);
      return this.insertOneByOne(rows);
    }
  }

  /*
   * One row after the other on the batch's own slot, in the batch's order: a group of 500
   * written at once would take every pool connection from the other batches and queries.
   */
  private async insertOneByOne(
    rows: (NewPlayerRow & { joinedAt: Date })[],
  ): Promise<(JoinCommit | { failed: unknown })[]> {
    const outcomes: (JoinCommit | { failed: unknown })[] = [];
    for (const row of rows) {
      try {
        outcomes.push((await this.insertRows([row]))[0]);
      } catch (failed) {
        outcomes.push({ failed });
      }
    }
    return outcomes;
  }

  private async insertRows(rows: (NewPlayerRow & { joinedAt: Date })[]): Promise<JoinCommit[]> {
    const inserted: { id: string }[] = await this.dataSource.query(INSERT_PLAYERS, [
      rows.map((r) => r.id),
      rows.map((r) => r.gameId),
      rows.map((r) => r.name),
      rows.map((r) => r.unitId),
      rows.map((r) => r.personId),
      rows.map((r) => r.tokenHash),
      rows.map((r) => r.addressHash),
      rows.map((r) => r.joinedAt.toISOString()),
    ]);
    const ids = new Set(inserted.map((r) => r.id));
    return rows.map((r) => (ids.has(r.id) ? 'inserted' : 'taken'));
  }
}
