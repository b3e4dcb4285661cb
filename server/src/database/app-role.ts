import pg from 'pg';

/**
 * Tables the app only appends to: the audit trails and the sign-in log. The app's role may
 * read and insert them, never update, delete or truncate them, so history stays as written.
 */
export const APPEND_ONLY_TABLES = [
  'audit_event',
  'score_correction',
  'data_audit_event',
  'sign_in_event',
  'activity_event',
  'commendation_event',
] as const;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Postgres error codes a concurrent CREATE ROLE or GRANT by another node may raise; retried. */
const CONCURRENT_CHANGE = new Set(['42710', 'XX000', '40001', '23505']);

/**
 * Makes `role` the app's least-privilege login (created when missing, password set) and gives it
 * exactly what the app needs on the current database: read and write on the app's tables, read
 * and insert only on APPEND_ONLY_TABLES, sequences, no DDL, no superuser. Run as the owner after
 * the migrations, on every start, so the tables a new migration adds are covered. Returns the
 * URL the app connects with.
 */
export async function grantAppRole(ownerUrl: string, role: string, password: string): Promise<string> {
  if (!ROLE_NAME.test(role)) throw new Error(`DATABASE_APP_ROLE must be a lower-case PostgreSQL name, not "${role}"`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const owner = (await client.query<{ user: string }>('SELECT current_user AS user')).rows[0].user;
    if (owner === role) throw new Error(`DATABASE_APP_ROLE (${role}) must differ from the owner that runs migrations`);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query('BEGIN');
        await client.query("SELECT pg_advisory_xact_lock(hashtext('thidua.app-role'))");
        await applyGrants(client, role, password);
        await client.query('COMMIT');
        break;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || !code || !CONCURRENT_CHANGE.has(code)) throw error;
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = encodeURIComponent(password);
  return url.toString();
}

async function applyGrants(client: pg.Client, role: string, password: string): Promise<void> {
  const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
  const literal = client.escapeLiteral(password);
  await client.query(
    `${exists ? 'ALTER' : 'CREATE'} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal}`,
  );
  const database = client.escapeIdentifier(
    (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db,
  );
  // PostgreSQL 15 already withholds CREATE on public from PUBLIC; older clusters granted it.
  await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
  await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  const appendOnly = APPEND_ONLY_TABLES.join(', ');
  await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${appendOnly} FROM ${role}`);
  // The migrations' own bookkeeping is the owner's.
  await client.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${role}`);
}
