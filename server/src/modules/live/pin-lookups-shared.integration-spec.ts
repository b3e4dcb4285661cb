import { randomBytes, randomInt } from 'node:crypto';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { PIN_FAILURES_PER_ADDRESS } from './pin-lookup-limits.js';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL)
  process.stdout.write('[PIN lookups] REDIS_URL is not set: the budget shared by several nodes is not tested\n');
const describeRedis = REDIS_URL ? describe : describe.skip;

const JOIN_INFO = 'query($pin: String!) { liveGameJoinInfo(pin: $pin) { gameId } }';

/** One lookup from `address` (the test servers trust their loopback proxy's X-Forwarded-For). */
async function lookUp(app: TestApp, pin: string, address: string): Promise<string> {
  const response = await fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: JOIN_INFO, variables: { pin } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { reason?: string } }[] };
  return body.errors?.[0]?.extensions?.reason ?? 'FOUND';
}

/** Issue 16, item 7: per-address limits were per node, so N nodes let a scanner try N times as many PINs. */
describeRedis('PIN lookups limited across nodes (needs REDIS_URL)', () => {
  let nodeA: TestApp;
  let nodeB: TestApp;
  beforeAll(async () => {
    // Two nodes on one database and one Redis, as behind the compose load balancer.
    // Two nodes of one installation: one Redis, one key prefix (each test app has its own otherwise).
    const shared = { REDIS_URL: REDIS_URL!, RATE_LIMIT_KEY_PREFIX: `test-rl:${randomBytes(6).toString('hex')}` };
    nodeA = await createTestApp(shared);
    nodeB = await createTestApp(shared);
  });
  afterAll(async () => {
    await Promise.all([nodeA?.close(), nodeB?.close()]);
  });

  it('gives one address one budget of failed lookups whichever node answers', async () => {
    // An address of this run only: Redis keeps the counters for the minute, and other runs may share it.
    const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    const reasons: string[] = [];
    // Alternating nodes, one at a time (each failure is held for a moment), one more than both nodes' budgets.
    for (let i = 0; i <= 2 * PIN_FAILURES_PER_ADDRESS; i += 1)
      reasons.push(await lookUp(i % 2 === 0 ? nodeA : nodeB, String(100000 + i * 13), address));
    expect(reasons.slice(0, PIN_FAILURES_PER_ADDRESS)).toEqual(
      Array<string>(PIN_FAILURES_PER_ADDRESS).fill('LIVE_GAME_NOT_FOUND'),
    );
    // Per node, each would have allowed 20 more: shared, both refuse the rest.
    expect(new Set(reasons.slice(PIN_FAILURES_PER_ADDRESS))).toEqual(new Set(['PIN_LOOKUPS_LIMITED']));
    // Another address is not affected, on either node.
    expect(await lookUp(nodeB, '999999', `${address.split('.').slice(0, 3).join('.')}.0`)).toBe('LIVE_GAME_NOT_FOUND');
  });
});
