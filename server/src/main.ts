import 'reflect-metadata';
import { createLogger, startServer } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/app-config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const server = await startServer(config, logger);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal} received: closing connections and stopping`, 'Main');
      // Close the app first (it drains requests), then the embedded database, then exit cleanly.
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`Shutdown failed: ${String(error)}`, 'Main');
          process.exit(1);
        },
      );
    });
  }
  const lines = [
    '',
    `  thidua is running: ${config.publicUrl ?? server.url}`,
    `    GraphQL:   ${server.url}/graphql`,
    `    Health:    ${server.url}/api/health`,
    `    Database:  ${config.databaseUrl ? 'external (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}/pg`}`,
    `    Live games: ${config.redisUrl ? 'shared through Redis (REDIS_URL)' : 'in this process'}`,
  ];
  if (server.generatedAdminPassword) {
    lines.push(
      '',
      '  Sign in as admin with this password. It is shown only this once:',
      `    username: admin`,
      `    password: ${server.generatedAdminPassword}`,
    );
  } else {
    lines.push('', '  Sign in with your admin account (username "admin" on a new installation).');
  }
  // The banner is for the person who typed `npm start`, not for the log pipeline.
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
