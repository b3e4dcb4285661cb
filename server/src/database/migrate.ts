import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so that several nodes
 * starting at once apply each migration exactly once. Returns the names applied.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.query("SELECT pg_advisory_lock(hashtext('thidua.migrations'))");
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.query("SELECT pg_advisory_unlock(hashtext('thidua.migrations'))").catch(() => undefined);
    await dataSource.destroy();
  }
}
