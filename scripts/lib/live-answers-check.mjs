// @ts-check
// bench:live's durability check: what the players were acked against what PostgreSQL holds.
import pg from 'pg';

/**
 * Every `accepted` ack has its row (else lost); no answer is stored or accepted twice and every
 * player's total is the sum of its answers (else duplicated).
 * @param {string} databaseUrl
 * @param {{ gameId: string, phones: { playerId: string | null, acks: { questionIndex: number, status: string }[] }[] }} live
 * @param {(line: string) => void} log
 * @returns {Promise<{ lost: number, duplicated: number }>}
 */
export async function checkLiveAnswers(databaseUrl, live, log) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    /** @type {pg.QueryResult<{ player_id: string, question_index: number, n: number }>} */
    const answers = await client.query(
      `SELECT player_id, question_index, count(*)::int AS n FROM live_answer WHERE game_id = $1
          GROUP BY player_id, question_index`,
      [live.gameId],
    );
    const rows = answers.rows;
    const stored = new Map(rows.map((r) => [`${r.player_id}:${r.question_index}`, r.n]));
    let lost = 0;
    let duplicated = rows.filter((r) => r.n > 1).length;
    let acked = 0;
    for (const p of live.phones) {
      /** @type {Map<number, number>} */
      const accepted = new Map();
      for (const a of p.acks) {
        if (a.status !== 'accepted') continue;
        acked += 1;
        accepted.set(a.questionIndex, (accepted.get(a.questionIndex) ?? 0) + 1);
        if (!stored.has(`${p.playerId}:${a.questionIndex}`)) lost += 1;
      }
      for (const n of accepted.values()) if (n > 1) duplicated += n - 1;
    }
    /** @type {pg.QueryResult<{ n: number }>} */
    const totals = await client.query(
      `SELECT count(*)::int AS n FROM live_player p
          WHERE p.game_id = $1 AND p.score <> (SELECT coalesce(sum(points), 0) FROM live_answer a WHERE a.player_id = p.id)`,
      [live.gameId],
    );
    const mismatched = totals.rows[0].n;
    duplicated += mismatched;
    log(
      `PostgreSQL: ${acked} accepted acks checked, ${rows.length} answers stored; lost=${lost} duplicated=${duplicated}` +
        ` (of which totals ≠ sum of answers: ${mismatched})`,
    );
    return { lost, duplicated };
  } finally {
    await client.end();
  }
}
