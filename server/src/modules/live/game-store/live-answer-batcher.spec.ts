import type { DataSource } from 'typeorm';
import type { GradedAnswer } from '../game-rules/answer-window.js';
import { LiveAnswerBatcher } from './live-answer-batcher.js';

/**
 * The batcher's flow control, with a database whose commits the test releases by
 * hand (the SQL itself is covered by the live-game integration tests on PostgreSQL).
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function slowDatabase() {
  const writes: { players: string[]; commit: () => void }[] = [];
  let autoCommit = false;
  const dataSource = {
    query: (_sql: string, params: unknown[]) =>
      new Promise((resolve) => {
        const players = params[0] as string[];
        const commit = () => resolve(players.map((id) => ({ id, inserted: true, open: true })));
        if (autoCommit) commit();
        else writes.push({ players, commit });
      }),
  } as unknown as DataSource;
  return {
    dataSource,
    writes,
    commitAll() {
      autoCommit = true;
      for (const w of writes.splice(0)) w.commit();
    },
  };
}

const answer = (playerId: string): GradedAnswer => ({
  playerId,
  gameId: 'g',
  questionIndex: 0,
  response: { optionIds: ['a'] },
  receivedAt: Date.now(),
  elapsedMs: 100,
  credit: 1,
  points: 1000,
  streakAfter: 1,
  correctTimeAddMs: 100,
});

describe('LiveAnswerBatcher', () => {
  it('lets a drain through once the writes in flight end, however many flushes were waiting for a slot', async () => {
    const db = slowDatabase();
    const batcher = new LiveAnswerBatcher(db.dataSource);
    const outcomes: Promise<string>[] = [];
    // Four slow commits take every slot …
    for (let i = 0; i < 4; i += 1) {
      outcomes.push(batcher.submit(answer(`p${i}`)));
      await sleep(15);
    }
    expect(db.writes).toHaveLength(4);
    // … while more answers arrive (each arms a flush that waits for a slot) and a reveal drains.
    for (let i = 4; i < 12; i += 1) {
      outcomes.push(batcher.submit(answer(`p${i}`)));
      await sleep(15);
    }
    let drained = false;
    const drain = batcher.drain().then(() => (drained = true));

    db.commitAll();
    await Promise.race([drain, sleep(2000)]);
    expect(drained).toBe(true);
    expect(await Promise.all(outcomes)).toEqual(outcomes.map(() => 'accepted'));
  });

  it('tells a retry that arrives in the same batch it is a duplicate, and writes the answer once', async () => {
    const db = slowDatabase();
    db.commitAll();
    const batcher = new LiveAnswerBatcher(db.dataSource);
    const outcomes = await Promise.all([batcher.submit(answer('p1')), batcher.submit(answer('p1'))]);
    expect(outcomes).toEqual(['accepted', 'duplicate']);
  });
});
