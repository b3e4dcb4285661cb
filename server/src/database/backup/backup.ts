import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { runMigrations } from '../migrate.js';
import { REFERENCE_TABLES } from '../reference-tables.js';

/**
 * Logical backups that need no PostgreSQL client tools (the embedded default
 * ships none): one consistent snapshot of every table as JSON rows, gzip'd, one
 * JSON document per line. Restore rebuilds the schema with our own migrations
 * and loads the rows with json_populate_recordset, so every type round-trips.
 */
const FORMAT = 'thidua-backup';
const VERSION = 1;
const CHUNK = 1000;

interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

export class BackupError extends Error {}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function dataTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename",
  );
  return rows.map((r) => r.tablename);
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
  return rows.map((r) => r.name);
}

/** Writes a backup of the database at `url` to `file`; returns the row count per table. */
export async function backupDatabase(url: string, file: string): Promise<Header['tables']> {
  return withClient(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const tables = await dataTables(client);
      const counts: Header['tables'] = [];
      for (const name of tables) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(name)}`);
        counts.push({ name, rows: rows[0].n });
      }
      const gzip = createGzip();
      const out = createWriteStream(file, { mode: 0o600 });
      gzip.pipe(out);
      const write = async (value: unknown) => {
        if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
      };
      const header: Header = {
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        migrations: await appliedMigrations(client),
        tables: counts,
      };
      await write(header);
      for (const { name, rows: total } of counts) {
        for (let offset = 0; offset < total; offset += CHUNK) {
          const { rows } = await client.query<{ row: unknown }>(
            `SELECT row_to_json(t) AS row FROM ${quote(name)} t ORDER BY ctid LIMIT ${CHUNK} OFFSET ${offset}`,
          );
          await write({ table: name, rows: rows.map((r) => r.row) });
        }
      }
      gzip.end();
      await once(out, 'close');
      await client.query('COMMIT');
      return counts;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Restores `file` into the (empty) database at `url`: applies the migrations,
 * checks that they are the ones the backup was made with, then loads every row
 * in one transaction.
 */
export async function restoreDatabase(url: string, file: string): Promise<Header['tables']> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (!header || header.format !== FORMAT || header.version !== VERSION)
    throw new BackupError(`${file} is not a thidua backup`);

  await runMigrations(url);
  return withClient(url, async (client) => {
    const applied = await appliedMigrations(client);
    if (applied.join() !== header.migrations.join()) {
      throw new BackupError(
        `The backup was made with migrations [${header.migrations.join(', ')}] but this version has [${applied.join(', ')}]: restore it with the version that made it, then upgrade`,
      );
    }
    const tables = await dataTables(client);
    for (const name of tables.filter((t) => !REFERENCE_TABLES.includes(t))) {
      const { rows } = await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`);
      if (rows.length > 0) throw new BackupError(`Restore only into an empty database: table ${name} has rows`);
    }

    // Rows are read before the transaction starts, so a corrupt file changes nothing.
    const rowsByTable = new Map<string, Record<string, unknown>[]>();
    for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
      if (!line) continue;
      const chunk = JSON.parse(line) as { table: string; rows: Record<string, unknown>[] };
      if (!tables.includes(chunk.table)) throw new BackupError(`The backup has a table unknown here: ${chunk.table}`);
      const list = rowsByTable.get(chunk.table) ?? [];
      list.push(...chunk.rows);
      rowsByTable.set(chunk.table, list);
    }

    await client.query('BEGIN');
    try {
      // The rows come from one consistent snapshot, but tables reference each other in
      // cycles (question ↔ question_version): load them with foreign-key triggers off,
      // as pg_restore --disable-triggers does. This needs a superuser role.
      await client.query('SET LOCAL session_replication_role = replica');
      // What the migrations loaded gives way to what the ward had (it may have edited it).
      for (const name of REFERENCE_TABLES) if (rowsByTable.has(name)) await client.query(`DELETE FROM ${quote(name)}`);
      for (const [name, rows] of rowsByTable) {
        for (let i = 0; i < rows.length; i += CHUNK) {
          await client.query(
            `INSERT INTO ${quote(name)} SELECT * FROM json_populate_recordset(NULL::${quote(name)}, $1::json)`,
            [JSON.stringify(rows.slice(i, i + CHUNK))],
          );
        }
      }
      await resetSequences(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return header.tables;
  });
}

async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
  for (const { table_name: table, column_name: column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
      [quote(table), column],
    );
  }
}
