import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-config-'));

  it('applies the defaults of the one-command start', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated signing secret across restarts', () => {
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(loadConfig({ DATA_DIR: dataDir }).jwtSecret);
  });

  it('connects the app as a least-privilege role with the embedded database, as the owner with DATABASE_URL unless told', () => {
    const embedded = loadConfig({ DATA_DIR: dataDir }).appRole;
    expect(embedded?.name).toBe('thidua_app');
    expect(embedded?.password.length).toBeGreaterThanOrEqual(24);
    expect(loadConfig({ DATA_DIR: dataDir }).appRole?.password).toBe(embedded?.password);
    const external = { DATA_DIR: dataDir, DATABASE_URL: 'postgres://owner@db/thidua' };
    expect(loadConfig(external).appRole).toBeNull();
    expect(
      loadConfig({ ...external, DATABASE_APP_ROLE: 'app', DATABASE_APP_PASSWORD: 'sixteen-chars-ok!' }).appRole,
    ).toEqual({
      name: 'app',
      password: 'sixteen-chars-ok!',
    });
    expect(loadConfig({ DATA_DIR: dataDir, DATABASE_APP_ROLE: 'none' }).appRole).toBeNull();
    expect(() => loadConfig({ DATA_DIR: dataDir, DATABASE_APP_ROLE: 'app; DROP ROLE x' })).toThrow(/DATABASE_APP_ROLE/);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ DATA_DIR: dataDir, PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect(String(error)).toMatch(/PORT/);
      expect(String(error)).toMatch(/DATABASE_URL/);
    }
  });
});
