import type { EntityManager } from 'typeorm';
import type { RecordActivity } from './proposal-texts.js';

/**
 * A person's live games and contests of the year, for the achievements draft. The
 * people module's PersonRecordService is not exported; this reads the same tables.
 */
export async function recordActivity(manager: EntityManager, personId: string, year: number): Promise<RecordActivity> {
  const games: { title: string; rank: number | null; players: number }[] = await manager.query(
    `WITH mine AS (
       SELECT lp.game_id FROM live_player lp JOIN live_game g ON g.id = lp.game_id
        WHERE lp.person_id = $1 AND lp.removed_at IS NULL
          AND extract(year FROM coalesce(g.started_at, g.created_at)) = $2
     ), ranked AS (
       SELECT lp.game_id, lp.person_id,
              rank() OVER (PARTITION BY lp.game_id ORDER BY lp.score DESC, lp.correct_time_ms ASC)::int AS rank,
              count(*) OVER (PARTITION BY lp.game_id)::int AS players
         FROM live_player lp WHERE lp.removed_at IS NULL AND lp.game_id IN (SELECT game_id FROM mine)
     )
     SELECT g.title, r.rank, r.players FROM ranked r JOIN live_game g ON g.id = r.game_id
      WHERE r.person_id = $1 ORDER BY r.rank, g.title`,
    [personId, year],
  );
  const contests: { title: string; best_score: number | null; max_score: number | null }[] = await manager.query(
    `SELECT c.title, max(a.score) AS best_score, max(a.max_score) AS max_score
       FROM entrant e JOIN contest c ON c.id = e.contest_id
       JOIN attempt a ON a.entrant_id = e.id AND a.submitted_at IS NOT NULL
      WHERE e.person_id = $1 AND e.disqualified_at IS NULL AND extract(year FROM a.submitted_at) = $2
      GROUP BY c.id ORDER BY c.title`,
    [personId, year],
  );
  return {
    games,
    contests: contests.map((c) => ({ title: c.title, bestScore: c.best_score, maxScore: c.max_score })),
  };
}
