import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { DemoSeeder } from '../seeds/demo-seeder.js';
import { BackupError, backupDatabase, restoreDatabase } from './backup.js';

/** Every row of every data table as sorted JSON text: equal snapshots mean an exact round trip. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1",
    );
    const result: Record<string, string[]> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM "${tablename}" t`);
      result[tablename] = rows.map((r) => r.j).sort();
    }
    return result;
  } finally {
    await client.end();
  }
}

async function createDatabase(baseUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await client.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}

describe('backup and restore', () => {
  let app: TestApp;
  const target = `thidua_restore_${process.pid}`;
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-backup-')), 'backup.ndjson.gz');
  let sourceUrl: string;

  beforeAll(async () => {
    app = await createTestApp();
    sourceUrl = process.env.TEST_DATABASE_URL!;
    await app.server.app.get(DemoSeeder).seedOnFirstRun(); // organization, content pack, quiz
    const [tdp]: { id: string }[] = await app.dataSource.query("SELECT id FROM unit WHERE code = 'TDP-01'");
    await app.tokenFor('UNIT_OFFICER', tdp.id);
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(sourceUrl, target);
  });

  it('restores a backup into an empty database exactly, row for row', async () => {
    const tables = await backupDatabase(sourceUrl, file);
    expect(tables.find((t) => t.name === 'unit')!.rows).toBeGreaterThan(20);
    expect(tables.find((t) => t.name === 'question_version')!.rows).toBeGreaterThan(40);

    const targetUrl = await createDatabase(sourceUrl, target);
    await restoreDatabase(targetUrl, file);
    expect(await snapshot(targetUrl)).toEqual(await snapshot(sourceUrl));
  });

  it('refuses to restore over existing data and changes nothing', async () => {
    const targetUrl = new URL(sourceUrl);
    targetUrl.pathname = `/${target}`;
    const before = await snapshot(targetUrl.toString());
    await expect(restoreDatabase(targetUrl.toString(), file)).rejects.toThrow(BackupError);
    expect(await snapshot(targetUrl.toString())).toEqual(before);
  });
});
