import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../../test-support/test-app.js';

const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { username role } } }';
const REFRESH = 'mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }';
const SIGN_OUT = 'mutation($input: SignOutInput!) { signOut(input: $input) }';

type Session = { accessToken: string; refreshToken: string };

describe('sign-in and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const signIn = (username: string, password: string) =>
    app.gql<{ signIn: Session & { user: { role: string } } }>(SIGN_IN, { input: { username, password } });

  it('signs the admin in, stores only an argon2id hash, and answers `me`', async () => {
    const result = await signIn('ADMIN ', TEST_ADMIN_PASSWORD);
    expect(result.data?.signIn.user).toEqual({ username: 'admin', role: 'ADMIN' });
    const me = await app.gql('{ me { username role } }', {}, result.data!.signIn.accessToken);
    expect(me.data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });
    const [{ password_hash }] = await app.dataSource.query(
      "SELECT password_hash FROM app_user WHERE username = 'admin'",
    );
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password with the same error as an unknown user', async () => {
    const wrong = await signIn('admin', 'not-the-password');
    const unknown = await signIn('nobody', 'not-the-password');
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('rotates refresh tokens and revokes the family when an old one is replayed', async () => {
    const first = (await signIn('admin', TEST_ADMIN_PASSWORD)).data!.signIn;
    const second = (
      await app.gql<{ refreshSession: Session }>(REFRESH, { input: { refreshToken: first.refreshToken } })
    ).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // Past the grace for two tabs refreshing at once (see sign-in-limits.integration-spec.ts).
    await app.dataSource.query(
      "UPDATE refresh_token SET used_at = used_at - interval '1 minute' WHERE used_at IS NOT NULL",
    );
    const replay = await app.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(replay.errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
    // The replay revoked the whole family, including the token issued by the rotation.
    const afterReplay = await app.gql(REFRESH, { input: { refreshToken: second.refreshToken } });
    expect(afterReplay.errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
  });

  it('signs out: the refresh token stops working', async () => {
    const session = (await signIn('admin', TEST_ADMIN_PASSWORD)).data!.signIn;
    expect((await app.gql(SIGN_OUT, { input: { refreshToken: session.refreshToken } })).data).toEqual({
      signOut: true,
    });
    const after = await app.gql(REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses forged and garbage tokens on protected operations', async () => {
    const token = (await signIn('admin', TEST_ADMIN_PASSWORD)).data!.signIn.accessToken;
    const [header, payload] = token.split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const bad of [none, `${header}.${payload}.forged`, 'garbage']) {
      const result = await app.gql('{ me { username } }', {}, bad);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    }
  });

  it('ends every session of an account whose password changes or that is deactivated', async () => {
    const admin = (await signIn('admin', TEST_ADMIN_PASSWORD)).data!.signIn.accessToken;
    const created = await app.gql<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'host-laptop', displayName: 'Host', password: 'first-password-1', role: 'HOST' } },
      admin,
    );
    const id = created.data!.createUser.id;
    const update = (input: Record<string, unknown>) =>
      app.gql(
        'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
        { input: { id, ...input } },
        admin,
      );

    const laptop = (await signIn('host-laptop', 'first-password-1')).data!.signIn;
    expect((await update({ password: 'second-password-2' })).errors).toBeUndefined();
    const stolen = await app.gql(REFRESH, { input: { refreshToken: laptop.refreshToken } });
    expect(stolen.errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
    expect((await signIn('host-laptop', 'first-password-1')).errors?.[0].extensions?.reason).toBe(
      'INVALID_CREDENTIALS',
    );

    const phone = (await signIn('host-laptop', 'second-password-2')).data!.signIn;
    expect((await update({ active: false })).errors).toBeUndefined();
    expect(
      (await app.gql(REFRESH, { input: { refreshToken: phone.refreshToken } })).errors?.[0].extensions?.reason,
    ).toBe('TOKEN_INVALID');
    expect((await signIn('host-laptop', 'second-password-2')).errors?.[0].extensions?.reason).toBe(
      'INVALID_CREDENTIALS',
    );
  });
});
