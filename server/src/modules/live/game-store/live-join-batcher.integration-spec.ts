import { randomBytes, randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { seedPerson, seedQuiz, seedUnits, startGame } from '../testing/live-test-kit.js';
import { LiveJoinBatcher, type NewPlayerRow } from './live-join-batcher.js';

/** Joins are committed in groups (issue 17): each one only once its row is in PostgreSQL. */
describe('LiveJoinBatcher', () => {
  let app: TestApp;
  let joins: LiveJoinBatcher;
  let gameId: string;
  let unitId: string;

  const row = (overrides: Partial<NewPlayerRow> = {}): NewPlayerRow => ({
    id: randomUUID(),
    gameId,
    name: `Người ${randomBytes(3).toString('hex')}`,
    unitId,
    personId: null,
    tokenHash: randomBytes(32).toString('hex'),
    addressHash: randomBytes(32).toString('hex'),
    ...overrides,
  });
  const count = async () =>
    Number(
      (
        await app.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM live_player WHERE game_id = $1', [
          gameId,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    app = await createTestApp();
    const quizId = await seedQuiz(app);
    unitId = (await seedUnits(app)).classId;
    gameId = (await startGame(app, await app.tokenFor('HOST'), quizId)).id;
    joins = app.server.app.get(LiveJoinBatcher);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('commits a burst of 600 joins, each resolved only once its row is stored', async () => {
    const rows = Array.from({ length: 600 }, () => row());
    const before = await count();
    const outcomes = await Promise.all(rows.map((r) => joins.insert(r)));
    expect(outcomes.every((o) => o === 'inserted')).toBe(true);
    expect(await count()).toBe(before + 600);
  });

  it("tells a person's second phone that the seat is taken, whether both join at once or one later", async () => {
    const person = await seedPerson(app, unitId, 'Trần Thị Bình');
    const outcomes = await Promise.all([
      joins.insert(row({ personId: person.id })),
      joins.insert(row({ personId: person.id })),
    ]);
    expect(outcomes.sort()).toEqual(['inserted', 'taken']);
    expect(await joins.insert(row({ personId: person.id }))).toBe('taken');
  });

  it('refuses only the join whose row is bad; the others of its batch are stored', async () => {
    const good = Array.from({ length: 20 }, () => row());
    const bad = row({ unitId: randomUUID() }); // no such unit: a foreign key fails the batch
    const results = await Promise.allSettled([...good, bad].map((r) => joins.insert(r)));
    expect(results.slice(0, 20).every((r) => r.status === 'fulfilled' && r.value === 'inserted')).toBe(true);
    expect(results[20].status).toBe('rejected');
    const stored: { id: string }[] = await app.dataSource.query('SELECT id FROM live_player WHERE id = ANY($1)', [
      [...good, bad].map((r) => r.id),
    ]);
    expect(stored).toHaveLength(20);
  });

  it('writes a failed big batch again one row at a time, in order, refusing only its bad row', async () => {
    const rows = Array.from({ length: 300 }, () => row());
    rows[150] = row({ unitId: randomUUID() }); // the batch fails on this row's foreign key
    const query = app.dataSource.query.bind(app.dataSource);
    const written: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const spy = jest.spyOn(app.dataSource, 'query').mockImplementation(async (sql, parameters) => {
      if (!sql.includes('INSERT INTO live_player') || !Array.isArray(parameters))
        return query<unknown>(sql, parameters);
      const ids = parameters[0] as string[];
      if (ids.length === 1) written.push(ids[0]);
      mostAtOnce = Math.max(mostAtOnce, ++running);
      try {
        return await query<unknown>(sql, parameters);
      } finally {
        running--;
      }
    });
    try {
      const results = await Promise.allSettled(rows.map((r) => joins.insert(r)));
      expect(results.map((r) => r.status)).toEqual(rows.map((_, i) => (i === 150 ? 'rejected' : 'fulfilled')));
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual(rows.map((r) => r.id));
    expect(mostAtOnce).toBe(1);
    const stored: { id: string }[] = await app.dataSource.query('SELECT id FROM live_player WHERE id = ANY($1)', [
      rows.map((r) => r.id),
    ]);
    expect(stored.map((r) => r.id).sort()).toEqual(
      rows
        .filter((_, i) => i !== 150)
        .map((r) => r.id)
        .sort(),
    );
  });
});
