import type { LiveStateView } from '@thidua/shared';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../bootstrap.js';
import { loadConfig } from '../../config/app-config.js';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';
import { liveClient, seedPerson, seedQuiz, seedUnits, startGame, type TestSocket } from './testing/live-test-kit.js';

type JoinAck = { ok: boolean; reason?: string; message?: string; resumeToken: string; state: LiveStateView };
type Ack = { ok: boolean; reason?: string };

/**
 * Issue 16 (lower items): a player the host removed is banned from that game — their
 * resume token, their personal code, and their name from their address are refused
 * with REMOVED_FROM_GAME, in the lobby or mid-game, and after a restart; others still join.
 */
describe('a removed player stays out of the game', () => {
  let app: TestApp;
  let hostToken: string;
  let quizId: string;
  let units: { classId: string; tdpId: string };
  const sockets: TestSocket[] = [];

  const client = async (url: string, token?: string, address?: string) => {
    const s = await liveClient(url, token, address);
    sockets.push(s);
    return s;
  };
  const joinFrom = async (address: string, payload: Record<string, unknown>, url = app.server.url) =>
    (await client(url, undefined, address)).call<JoinAck>('player:join', payload);
  const playerId = async (gameId: string, name: string) => {
    const [row]: { id: string }[] = await app.dataSource.query(
      'SELECT id FROM live_player WHERE game_id = $1 AND name = $2 AND removed_at IS NULL',
      [gameId, name],
    );
    return row.id;
  };
  const remove = async (host: TestSocket, gameId: string, victim: { socket: TestSocket; id: string }) => {
    const told = new Promise<void>((resolve) => victim.socket.socket.once('player:removed', () => resolve()));
    expect(await host.call<Ack>('host:remove-player', { gameId, playerId: victim.id })).toEqual({ ok: true });
    await told;
  };

  beforeAll(async () => {
    app = await createTestApp();
    hostToken = await app.tokenFor('HOST');
    quizId = await seedQuiz(app);
    units = await seedUnits(app);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses the token, the same name from the same address and the personal code; others join', async () => {
    const game = await startGame(app, hostToken, quizId, { identityMode: 'ROSTER_PREFERRED', readingSeconds: 0 });
    const host = await client(app.server.url, hostToken);
    expect((await host.call<Ack>('host:attach', { gameId: game.id })).ok).toBe(true);

    const namSocket = await client(app.server.url, undefined, '10.0.0.5');
    const nam = await namSocket.call<JoinAck>('player:join', { pin: game.pin, name: 'Nam', unitId: units.classId });
    expect(nam.ok).toBe(true);
    const an = await seedPerson(app, units.classId, 'Trần Thị An', { birthYear: 2011 });
    const anSocket = await client(app.server.url, undefined, '10.0.0.6');
    const anJoin = await anSocket.call<JoinAck>('player:join', {
      pin: game.pin,
      identity: { personalCode: an.personalCode },
    });
    expect(anJoin.ok).toBe(true);

    await remove(host, game.id, { socket: namSocket, id: await playerId(game.id, 'Nam') });

    // Same phone: its resume token.
    const back = await client(app.server.url, undefined, '10.0.0.5');
    expect(await back.call<Ack>('player:resume', { resumeToken: nam.resumeToken })).toMatchObject({
      ok: false,
      reason: 'REMOVED_FROM_GAME',
    });
    // Same name (any case) from the same address, token forgotten.
    for (const name of ['Nam', 'NAM'])
      expect(await joinFrom('10.0.0.5', { pin: game.pin, name })).toMatchObject({
        ok: false,
        reason: 'REMOVED_FROM_GAME',
        message: 'The host removed you from this game',
      });
    // Another player on that address still joins.
    expect((await joinFrom('10.0.0.5', { pin: game.pin, name: 'Hoa' })).ok).toBe(true);

    // Mid-game: the verified person is removed during a question; their personal code is refused from any address.
    const shown = anSocket.next((s) => s.phase === 'QUESTION');
    expect((await host.call<Ack>('host:start', { gameId: game.id })).ok).toBe(true);
    await shown;
    await remove(host, game.id, { socket: anSocket, id: await playerId(game.id, anJoin.state.you!.name) });
    expect(await joinFrom('10.0.0.8', { pin: game.pin, identity: { personalCode: an.personalCode } })).toMatchObject({
      ok: false,
      reason: 'REMOVED_FROM_GAME',
    });
    // Late joins stay open for everyone else.
    expect((await joinFrom('10.0.0.9', { pin: game.pin, name: 'Minh' })).ok).toBe(true);
    const bans: { n: number }[] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM live_player WHERE game_id = $1 AND removed_at IS NOT NULL AND join_address_hash IS NOT NULL',
      [game.id],
    );
    expect(bans[0].n).toBe(2);
    expect(JSON.stringify(await app.dataSource.query('SELECT * FROM live_player'))).not.toContain('10.0.0.5');

    // The ban is PostgreSQL's: a fresh node (same database) refuses them too.
    const second = await startServer(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        PORT: '0',
        HOST: '127.0.0.1',
        TRUST_PROXY: 'loopback',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-test-data-')),
        ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
      }),
      { log: () => undefined, warn: () => undefined, error: () => undefined },
    );
    try {
      expect(await joinFrom('10.0.0.5', { pin: game.pin, name: 'Nam' }, second.url)).toMatchObject({
        ok: false,
        reason: 'REMOVED_FROM_GAME',
      });
      const resumed = await (await client(second.url)).call<Ack>('player:resume', { resumeToken: nam.resumeToken });
      expect(resumed).toMatchObject({ ok: false, reason: 'REMOVED_FROM_GAME' });
      // Another Nam, on another phone, is someone else.
      expect((await joinFrom('10.0.0.7', { pin: game.pin, name: 'Nam' }, second.url)).ok).toBe(true);
    } finally {
      for (const s of sockets.splice(0)) s.close();
      await second.close();
    }
  });
});
