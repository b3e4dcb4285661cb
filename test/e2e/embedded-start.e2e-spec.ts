import { readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { graphql, printedAdminPassword, signIn, startServerProcess, tempDataDir } from '../support/server-process.js';

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * The one-command default: no DATABASE_URL, so the server runs its own
 * PostgreSQL in DATA_DIR. This is what a ward officer's `npm start` does.
 */
describe('the embedded default (no DATABASE_URL)', () => {
  const dataDir = tempDataDir();
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on an embedded PostgreSQL, prints a one-time admin password, and keeps data across a restart', async () => {
    const pgPort = String(45000 + Math.floor(Math.random() * 5000));
    const env = { DATABASE_URL: undefined, REDIS_URL: undefined, EMBEDDED_PG_PORT: pgPort };
    const first = await startServerProcess(env, dataDir);
    let password: string | undefined;
    try {
      password = printedAdminPassword(first.output());
      expect(password).toMatch(/^\S{12,}$/);
      expect(await (await fetch(`${first.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'up' });
      const token = await signIn(first.url, 'admin', password!);
      const units = await graphql<{ units: { id: string; code: string }[] }>(
        first.url,
        '{ units { id code } }',
        {},
        token,
      );
      expect(units.data!.units.length).toBeGreaterThan(20); // the demo organization
      const block = units.data!.units.find((u) => u.code === 'KHOI-TDP')!;
      const created = await graphql(
        first.url,
        'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }',
        {
          i: {
            code: 'TDP-99',
            name: 'Tổ dân phố số 99',
            kind: 'NEIGHBORHOOD_GROUP',
            parentId: block.id,
            eligiblePopulation: 90,
            populationKind: 'RESIDENTS',
          },
        },
        token,
      );
      expect(created.errors).toBeUndefined();
      // The app works as the least-privilege thidua_app; the cluster's owner only migrated.
      const owner = new pg.Client({
        host: '127.0.0.1',
        port: Number(pgPort),
        user: 'thidua',
        password: readFileSync(join(dataDir, 'pg-password'), 'utf8').trim(),
        database: 'thidua',
      });
      await owner.connect();
      try {
        const sessions = await owner.query<{ user: string }>(
          "SELECT DISTINCT usename AS user FROM pg_stat_activity WHERE application_name = 'thidua'",
        );
        expect(sessions.rows).toEqual([{ user: 'thidua_app' }]);
        const rights = await owner.query<{ update: boolean; insert: boolean }>(
          "SELECT has_table_privilege('thidua_app', 'audit_event', 'UPDATE') AS update, has_table_privilege('thidua_app', 'audit_event', 'INSERT') AS insert",
        );
        expect(rights.rows[0]).toEqual({ update: false, insert: true });
      } finally {
        await owner.end();
      }
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // Stopping the server stops its PostgreSQL too.
    expect(await portIsOpen(Number(pgPort))).toBe(false);

    const second = await startServerProcess(env, dataDir);
    try {
      expect(printedAdminPassword(second.output())).toBeUndefined(); // printed once only
      const token = await signIn(second.url, 'admin', password!);
      const units = await graphql<{ units: { code: string }[] }>(second.url, '{ units { code } }', {}, token);
      expect(units.data!.units.map((u) => u.code)).toContain('TDP-99');
      process.stdout.write(`embedded start: first ${first.startupMs} ms, second ${second.startupMs} ms\n`);
    } finally {
      await second.stop();
    }
  });

  it('comes back after the server was killed with SIGKILL, which leaves its PostgreSQL running', async () => {
    const env = {
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      EMBEDDED_PG_PORT: String(50000 + Math.floor(Math.random() * 5000)),
    };
    const killed = await startServerProcess(env, dataDir);
    await killed.stop('SIGKILL');
    const again = await startServerProcess(env, dataDir);
    try {
      expect(again.output()).toMatch(/left running by a previous server/);
      expect(await (await fetch(`${again.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'up' });
    } finally {
      await again.stop();
    }
  });

  it('refuses a second server on the same data folder instead of sharing it', async () => {
    const env = {
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      EMBEDDED_PG_PORT: String(50000 + Math.floor(Math.random() * 5000)),
    };
    const running = await startServerProcess(env, dataDir);
    try {
      await expect(startServerProcess(env, dataDir)).rejects.toThrow(/already running with DATA_DIR/);
      expect((await fetch(`${running.url}/api/health`)).status).toBe(200);
    } finally {
      await running.stop();
    }
  });
});
