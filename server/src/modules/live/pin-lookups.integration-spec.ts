import { performance } from 'node:perf_hooks';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { PIN_FAILURES_PER_ADDRESS, PIN_FAILURES_PER_SOCKET, PIN_FAILURE_DELAY_MS } from './pin-lookup-limits.js';
import { liveClient, seedQuiz, startGame, type TestSocket } from './testing/live-test-kit.js';

const JOIN_INFO = 'query($pin: String!) { liveGameJoinInfo(pin: $pin) { gameId } }';

/** Issue 16, item 4: PINs were enumerable at ~700 lookups/s from one address. */
describe('PIN lookups limited', () => {
  let app: TestApp;
  const sockets: TestSocket[] = [];
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => app.close());

  it('slows failed screen lookups and refuses a socket that keeps trying PINs', async () => {
    const screen = await liveClient(app.server.url);
    sockets.push(screen);
    const reasons: string[] = [];
    const started = performance.now();
    for (let i = 0; i <= PIN_FAILURES_PER_SOCKET; i += 1) {
      const ack = await screen.call<{ ok: boolean; reason?: string }>('screen:attach', { pin: `00000${i}` });
      reasons.push(ack.reason ?? 'ok');
    }
    expect(reasons).toEqual([...Array<string>(PIN_FAILURES_PER_SOCKET).fill('GAME_NOT_FOUND'), 'RATE_LIMITED']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(PIN_FAILURES_PER_SOCKET * PIN_FAILURE_DELAY_MS);
  });

  it('lets one address try only a few wrong PINs a minute, and still finds a right one from elsewhere', async () => {
    const host = await app.tokenFor('HOST');
    const game = await startGame(app, host, await seedQuiz(app));
    // The previous test's failures count for this address too: try until refused, in parallel, and time it.
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => app.gql(JOIN_INFO, { pin: String(100000 + i * 7) })),
    );
    const seconds = (performance.now() - started) / 1000;
    const notFound = results.filter((r) => r.errors?.[0].extensions?.reason === 'LIVE_GAME_NOT_FOUND').length;
    const limited = results.filter((r) => r.errors?.[0].extensions?.reason === 'PIN_LOOKUPS_LIMITED');
    expect(notFound).toBeLessThanOrEqual(PIN_FAILURES_PER_ADDRESS);
    expect(notFound + limited.length).toBe(60);
    expect(limited[0].errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Lookups answered per second from this address (before: ~700/s); the scan's rate is 20 a minute.
    expect(notFound / Math.max(seconds, 1)).toBeLessThan(PIN_FAILURES_PER_ADDRESS);
    // The right PIN from this address is refused too for now: a scanner that hits a game learns nothing more.
    const same = await app.gql(JOIN_INFO, { pin: game.pin });
    expect(same.errors?.[0].extensions?.reason).toBe('PIN_LOOKUPS_LIMITED');
    // A phone on another address is not affected (the test server trusts its loopback proxy's X-Forwarded-For).
    const other = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.168.7.42' },
      body: JSON.stringify({ query: JOIN_INFO, variables: { pin: game.pin } }),
    });
    expect(
      ((await other.json()) as { data?: { liveGameJoinInfo?: { gameId: string } } }).data?.liveGameJoinInfo?.gameId,
    ).toBe(game.id);
  });
});
