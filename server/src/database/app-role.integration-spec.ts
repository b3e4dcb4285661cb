import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../test-support/test-app.js';
import { APPEND_ONLY_TABLES } from './app-role.js';

const ROLE = 'thidua_app_spec';
const ROLE_PASSWORD = 'app-role-password-for-tests';

/** The PostgreSQL error code a statement fails with, or null when it succeeds. */
async function failureCode(statement: () => Promise<unknown>): Promise<string | null> {
  try {
    await statement();
    return null;
  } catch (error) {
    return (
      (error as { code?: string; driverError?: { code?: string } }).driverError?.code ??
      (error as { code?: string }).code ??
      'unknown'
    );
  }
}

describe('the app database role (issue 16, lower items)', () => {
  let app: TestApp;
  const signInEvents = async () =>
    Number((await app.asOwner<{ n: string }>('SELECT count(*) AS n FROM sign_in_event'))[0].n);

  beforeAll(async () => {
    app = await createTestApp({ DATABASE_APP_ROLE: ROLE, DATABASE_APP_PASSWORD: ROLE_PASSWORD });
  });

  afterAll(async () => {
    if (!app) return;
    await app.close();
    await app.asOwner(`DROP OWNED BY ${ROLE}`).catch(() => undefined);
    await app.asOwner(`DROP ROLE IF EXISTS ${ROLE}`).catch(() => undefined); // still granted in another database
  });

  it('connects the app as a login without superuser or DDL rights, while the owner migrated', async () => {
    const [me] = await app.dataSource.query<{ user: string; superuser: boolean; create: boolean }[]>(
      "SELECT current_user AS user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser, has_schema_privilege('public', 'CREATE') AS create",
    );
    expect(me).toEqual({ user: ROLE, superuser: false, create: false });
    const [migrated] = await app.asOwner<{ owner: string }>(
      "SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'audit_event'",
    );
    expect(migrated.owner).not.toBe(ROLE);
    expect(await failureCode(() => app.dataSource.query('CREATE TABLE scratch (id int)'))).toBe('42501');
    expect(await failureCode(() => app.dataSource.query('DROP TABLE app_user'))).toBe('42501');
    expect(await failureCode(() => app.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER ALL'))).toBe('42501');
    expect(await failureCode(() => app.dataSource.query('DELETE FROM migrations'))).toBe('42501');
  });

  it('lets the app sign in, log every attempt and keep sessions, but never update, delete or truncate a history table', async () => {
    const wrong = await app.gql('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
      input: { username: 'admin', password: 'not-the-password' },
    });
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    const token = await app.signIn('admin', TEST_ADMIN_PASSWORD);
    expect(token).toEqual(expect.any(String));
    const logged = await signInEvents();
    expect(logged).toBeGreaterThanOrEqual(2);

    for (const table of APPEND_ONLY_TABLES) {
      expect([table, await failureCode(() => app.dataSource.query(`UPDATE ${table} SET id = id`))]).toEqual([
        table,
        '42501',
      ]);
      expect([table, await failureCode(() => app.dataSource.query(`DELETE FROM ${table}`))]).toEqual([table, '42501']);
      expect([table, await failureCode(() => app.dataSource.query(`TRUNCATE ${table}`))]).toEqual([table, '42501']);
      expect([table, await failureCode(() => app.dataSource.query(`SELECT count(*) FROM ${table}`))]).toEqual([
        table,
        null,
      ]);
    }
    expect(await signInEvents()).toBe(logged);
  });

  it('protects every event and correction table the entities define', () => {
    const histories = app.dataSource.entityMetadatas
      .map((m) => m.tableName)
      .filter((name) => name.endsWith('_event') || name.endsWith('_correction'));
    expect(histories.length).toBeGreaterThanOrEqual(6);
    expect([...APPEND_ONLY_TABLES].sort()).toEqual(expect.arrayContaining(histories.sort()));
  });
});
