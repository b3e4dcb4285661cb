import {
  createTestApp,
  TEST_ADMIN_PASSWORD,
  TEST_PASSWORD,
  type GraphqlResponse,
  type TestApp,
} from '../../test-support/test-app.js';

const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { username } } }';
const REFRESH = 'mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }';
const CHANGE_PASSWORD =
  'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken user { username } } }';
const EVENTS = `query($filter: SignInEventsFilter) {
  signInEvents(filter: $filter) { total items { username userId address userAgent outcome delaySeconds createdAt } }
}`;

type Session = { accessToken: string; refreshToken: string };
type SignInResult = GraphqlResponse<{ signIn: Session }>;

/**
 * Issue 16 item 2: sign-in cannot be used against its owner. Addresses are set with
 * X-Forwarded-For (the test server trusts its loopback proxy), as phones behind the venue's nginx.
 */
describe('sign-in limits, the sign-in log, password change and the refresh grace', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const signInFrom = async (address: string, username: string, password: string): Promise<SignInResult> => {
    const response = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        'user-agent': `test-agent ${address}`,
      },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { username, password } } }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  const reasonOf = (result: GraphqlResponse) => result.errors?.[0]?.extensions?.reason;
  /** Moves a pair's logged attempts `seconds` into the past: the wait passes without sleeping. */
  const letTimePass = (username: string, address: string, seconds: number) =>
    app.asOwner(
      `UPDATE sign_in_event SET created_at = created_at - make_interval(secs => $3) WHERE username = $1 AND address = $2`,
      [username, address, seconds],
    );

  it('lets the owner in from another address after ten (or forty) wrong passwords from an attacker', async () => {
    const attacker = '192.168.50.10';
    const wrong: SignInResult[] = [];
    for (let i = 0; i < 10; i += 1) wrong.push(await signInFrom(attacker, 'admin', `guess-${i}`));
    expect(wrong.slice(0, 5).map(reasonOf)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    // Before: the tenth failure locked the username for everyone. Now the owner is not refused.
    const owner = await signInFrom('192.168.50.20', 'ADMIN', TEST_ADMIN_PASSWORD);
    expect(owner.errors).toBeUndefined();
    expect((owner.data?.signIn as { user?: unknown } | undefined)?.user).toEqual({ username: 'admin' });

    // The attacker keeps going (the 40 an hour): still only the attacker waits.
    for (let i = 0; i < 30; i += 1) await signInFrom(attacker, 'admin', `more-${i}`);
    const ownerAgain = await signInFrom('192.168.50.21', 'admin', TEST_ADMIN_PASSWORD);
    expect(ownerAgain.errors).toBeUndefined();
    const limited = await signInFrom(attacker, 'admin', TEST_ADMIN_PASSWORD);
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });
    expect(limited.errors?.[0].extensions?.details?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('gives an attacker’s sustained guesses growing delays, and a right password after the wait clears them', async () => {
    const attacker = '192.168.51.10';
    const curve: number[] = [];
    let free = 0;
    for (let guesses = 0; guesses < 12;) {
      const result = await signInFrom(attacker, 'admin', `guess-${guesses}`);
      if (reasonOf(result) === 'RATE_LIMITED') {
        const wait = result.errors![0].extensions!.details!.retryAfterSeconds as number;
        curve.push(wait);
        // Trying again before the wait is over is refused again, and does not extend it.
        const early = await signInFrom(attacker, 'admin', `early-${guesses}`);
        expect(early.errors?.[0].extensions?.details?.retryAfterSeconds).toBe(wait);
        await letTimePass('admin', attacker, wait);
        continue;
      }
      expect(reasonOf(result)).toBe('INVALID_CREDENTIALS');
      if (curve.length === 0) free += 1;
      guesses += 1;
    }
    expect(free).toBe(5);
    expect(curve).toEqual([1, 2, 4, 8, 16, 32, 64]);

    const rows: { outcome: string; n: number; max: number }[] = await app.dataSource.query(
      `SELECT outcome, count(*)::int AS n, max(delay_seconds)::int AS max FROM sign_in_event
        WHERE address = $1 GROUP BY outcome ORDER BY outcome`,
      [attacker],
    );
    expect(rows).toEqual([
      { outcome: 'LIMITED', n: 14, max: 64 },
      { outcome: 'WRONG_PASSWORD', n: 12, max: 0 },
    ]);

    // The owner at the attacker's address must wait too (a shared address is a known gap) …
    const now = await signInFrom(attacker, 'admin', TEST_ADMIN_PASSWORD);
    expect(reasonOf(now)).toBe('RATE_LIMITED');
    await letTimePass('admin', attacker, 128);
    // … then the right password signs in and clears the pair's failures.
    expect((await signInFrom(attacker, 'admin', TEST_ADMIN_PASSWORD)).errors).toBeUndefined();
    expect(reasonOf(await signInFrom(attacker, 'admin', 'wrong-again'))).toBe('INVALID_CREDENTIALS');
  });

  it('logs unknown users and successes, and shows the log to admins only', async () => {
    await signInFrom('192.168.52.10', 'no-such-user', 'whatever-password');
    await signInFrom('192.168.52.10', 'admin', TEST_ADMIN_PASSWORD);
    const admin = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    const page = await app.gql<{
      signInEvents: { total: number; items: Record<string, unknown>[] };
    }>(EVENTS, { filter: { address: '192.168.52.', limit: 1 } }, admin);
    expect(page.errors).toBeUndefined();
    expect(page.data!.signInEvents.total).toBe(2);
    expect(page.data!.signInEvents.items).toEqual([
      expect.objectContaining({
        username: 'admin',
        address: '192.168.52.10',
        userAgent: 'test-agent 192.168.52.10',
        outcome: 'SUCCESS',
        userId: expect.any(String),
      }),
    ]);
    const unknown = await app.gql<{ signInEvents: { items: Record<string, unknown>[] } }>(
      EVENTS,
      { filter: { outcome: 'UNKNOWN_USER', offset: 0 } },
      admin,
    );
    expect(unknown.data!.signInEvents.items).toEqual([
      expect.objectContaining({ username: 'no-such-user', userId: null, outcome: 'UNKNOWN_USER' }),
    ]);

    for (const role of ['HOST', 'REVIEWER'] as const) {
      const result = await app.gql(EVENTS, {}, await app.tokenFor(role));
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect((await app.gql(EVENTS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changes the own password only with the current one, ending the other sessions', async () => {
    const token = await app.tokenFor('HOST');
    const { username } = (await app.gql<{ me: { username: string } }>('{ me { username } }', {}, token)).data!.me;
    const laptop = (await signInFrom('192.168.53.10', username, TEST_PASSWORD)).data!.signIn;
    const hashBefore = await app.dataSource.query('SELECT password_hash FROM app_user WHERE username = $1', [username]);

    const wrong = await app.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' } },
      token,
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_CURRENT_PASSWORD',
      details: { field: 'currentPassword' },
    });
    expect(wrong.errors?.[0].message).toMatch(/currentPassword/);
    const same = await app.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
      token,
    );
    expect(same.errors?.[0].extensions).toMatchObject({ reason: 'SAME_PASSWORD', details: { field: 'newPassword' } });
    const short = await app.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } },
      token,
    );
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The refusals changed nothing: same hash, the laptop's session lives on, nothing audited.
    expect(await app.dataSource.query('SELECT password_hash FROM app_user WHERE username = $1', [username])).toEqual(
      hashBefore,
    );
    const laptopNext = await app.gql<{ refreshSession: Session }>(REFRESH, {
      input: { refreshToken: laptop.refreshToken },
    });
    expect(laptopNext.errors).toBeUndefined();
    const audited = () =>
      app.dataSource.query(
        "SELECT action, details FROM data_audit_event WHERE action = 'PASSWORD_CHANGED' AND subject_id = (SELECT id FROM app_user WHERE username = $1)",
        [username],
      );
    expect(await audited()).toEqual([]);

    const changed = await app.gql<{ changePassword: Session }>(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' } },
      token,
    );
    expect(changed.errors).toBeUndefined();
    expect(await audited()).toEqual([{ action: 'PASSWORD_CHANGED', details: { by: 'SELF' } }]);
    // The other sessions ended; the one returned works; only the new password signs in.
    const stolen = await app.gql(REFRESH, { input: { refreshToken: laptopNext.data!.refreshSession.refreshToken } });
    expect(reasonOf(stolen)).toBe('TOKEN_INVALID');
    const fresh = await app.gql(REFRESH, { input: { refreshToken: changed.data!.changePassword.refreshToken } });
    expect(fresh.errors).toBeUndefined();
    expect(reasonOf(await signInFrom('192.168.53.11', username, TEST_PASSWORD))).toBe('INVALID_CREDENTIALS');
    expect((await signInFrom('192.168.53.11', username, 'a-brand-new-password')).errors).toBeUndefined();
    // Anonymous callers cannot change anything.
    const anonymous = await app.gql(CHANGE_PASSWORD, {
      input: { currentPassword: 'a-brand-new-password', newPassword: 'another-new-password' },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets two tabs refresh with the same token at once, and revokes the family on a replay after the grace', async () => {
    const first = (await signInFrom('192.168.54.10', 'admin', TEST_ADMIN_PASSWORD)).data!.signIn;
    const refresh = (refreshToken: string) =>
      app.gql<{ refreshSession: Session }>(REFRESH, { input: { refreshToken } });
    const [tabA, tabB] = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(tabA.errors).toBeUndefined();
    expect(tabB.errors).toBeUndefined();
    expect(tabA.data!.refreshSession.refreshToken).not.toBe(tabB.data!.refreshSession.refreshToken);
    const me = await app.gql('{ me { username } }', {}, tabB.data!.refreshSession.accessToken);
    expect(me.data).toEqual({ me: { username: 'admin' } });

    // 31 s later the old token is a replay: refused, and the whole family is revoked.
    await app.dataSource.query(
      "UPDATE refresh_token SET used_at = used_at - interval '31 seconds' WHERE used_at IS NOT NULL",
    );
    expect(reasonOf(await refresh(first.refreshToken))).toBe('TOKEN_INVALID');
    expect(reasonOf(await refresh(tabA.data!.refreshSession.refreshToken))).toBe('TOKEN_INVALID');
    expect(reasonOf(await refresh(tabB.data!.refreshSession.refreshToken))).toBe('TOKEN_INVALID');
  });
});
