import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { backupDatabase, restoreDatabase } from '../database/backup/backup.js';
import { connectEmbeddedPostgres } from '../database/embedded-postgres.js';

/**
 * `npm run db:backup -- [file]` and `npm run db:restore -- <file>`: against
 * DATABASE_URL, or the embedded PostgreSQL of DATA_DIR (whether or not the
 * server is running).
 */
async function main(): Promise<void> {
  const [command, fileArg] = process.argv.slice(2);
  if (command !== 'backup' && command !== 'restore') throw new Error('Usage: backup.js backup [file] | restore <file>');
  const config = loadConfig();
  const logger = new ConsoleLogger('backup', { logLevels: ['error', 'warn'] });
  const database = config.databaseUrl
    ? { url: config.databaseUrl, stop: () => Promise.resolve() }
    : await connectEmbeddedPostgres(config.dataDir, config.embeddedPgPort, logger);
  try {
    if (command === 'backup') {
      const file = resolve(fileArg ?? `thidua-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.ndjson.gz`);
      const tables = await backupDatabase(database.url, file);
      const rows = tables.reduce((sum, t) => sum + t.rows, 0);
      process.stdout.write(`Backed up ${rows} rows from ${tables.length} tables to ${file}\n`);
    } else {
      if (!fileArg || !existsSync(fileArg)) throw new Error('Give the backup file to restore');
      const tables = await restoreDatabase(database.url, resolve(fileArg));
      const rows = tables.reduce((sum, t) => sum + t.rows, 0);
      process.stdout.write(`Restored ${rows} rows into ${tables.length} tables\n`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
