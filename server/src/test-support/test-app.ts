import { GRAPHQL_UPLOAD_PATH, ROLES, UPLOAD_ROOT_FIELDS, type Role } from '@thidua/shared';
import { parse } from 'graphql';
import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startServer, type RunningServer } from '../bootstrap.js';
import { loadConfig } from '../config/app-config.js';
import { runMigrations } from '../database/migrate.js';
import { REFERENCE_TABLES } from '../database/reference-tables.js';
import { UsersService } from '../modules/users/users.service.js';
import { rootFields } from '../graphql/upload-operations.js';

export const TEST_ADMIN_PASSWORD = 'admin-password-for-tests';
export const TEST_PASSWORD = 'password-for-tests';
/** The role the app connects as in the specs (`server.databaseUrl` is the owner's). */
export const TEST_APP_ROLE = 'thidua_app_test';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; details?: Record<string, unknown> } }[];
}

export interface TestApp {
  server: RunningServer;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlResponse<T>>;
  signIn(username: string, password?: string): Promise<string>;
  /**
   * Runs SQL as the database owner, for what a spec does behind the app's back that the app's
   * role may not (truncating tables, moving logged sign-ins into the past).
   */
  asOwner<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Creates a user of `role` (bound to `unitId` for unit officers) and returns its access token. */
  tokenFor(role: Role, unitId?: string): Promise<string>;
  close(): Promise<void>;
}

/** The real app on a random port against the run's test database, emptied first. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is set by the jest global setup');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    // The specs play clients behind a proxy on this machine (X-Forwarded-For from loopback).
    TRUST_PROXY: 'loopback',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-test-data-')),
    ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
    // As a real installation runs: the app connects as a least-privilege role, the owner migrates.
    DATABASE_APP_ROLE: TEST_APP_ROLE,
    DATABASE_APP_PASSWORD: 'app-role-password-for-tests',
    // Each app its own budgets in a shared Redis (as it had in memory), unless a spec shares them on purpose.
    RATE_LIMIT_KEY_PREFIX: `test-rl:${randomBytes(6).toString('hex')}`,
    ...env,
  });
  await runMigrations(url);
  await resetDatabase(url);
  const server = await startServer(config, { log: () => undefined, warn: () => undefined, error: () => undefined });
  const dataSource = server.app.get(DataSource);
  let counter = 0;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    // File mutations go to their own path, as the client sends them.
    const upload = isUploadDocument(query);
    const response = await fetch(`${server.url}${upload ? GRAPHQL_UPLOAD_PATH : '/graphql'}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  const signIn = async (username: string, password = TEST_PASSWORD) => {
    const result = await gql<{ signIn: { accessToken: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { username, password } },
    );
    if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
    return result.data.signIn.accessToken;
  };
  return {
    server,
    dataSource,
    gql,
    signIn,
    asOwner: async <T>(sql: string, params?: unknown[]) => {
      const client = new pg.Client({ connectionString: server.databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    tokenFor: async (role, unitId) => {
      if (!ROLES.includes(role)) throw new Error(role);
      const username = `${role.toLowerCase()}-${(counter += 1)}`;
      await server.app
        .get(UsersService)
        .create({ username, displayName: username, password: TEST_PASSWORD, role, unitId });
      return signIn(username);
    },
    close: () => server.close(),
  };
}

/** Whether a query text is a file mutation (sent to the upload path); text that does not parse is not. */
function isUploadDocument(query: string): boolean {
  try {
    return rootFields(parse(query)).some((field) => UPLOAD_ROOT_FIELDS.includes(field));
  } catch {
    return false;
  }
}

async function resetDatabase(url: string): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url });
  await dataSource.initialize();
  try {
    const tables: { tablename: string }[] = await dataSource.query(
      // Reference data the migrations load (population kinds) stays, as in a fresh installation.
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1::text[])",
      [['migrations', ...REFERENCE_TABLES]],
    );
    if (tables.length > 0)
      await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
  } finally {
    await dataSource.destroy();
  }
}
