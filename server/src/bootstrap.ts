import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { isPlayerPath, renderShareMeta, shareMetaFor } from './client-html/share-meta.js';
import type { AppConfig } from './config/app-config.js';
import type { EmbeddedDatabase } from './database/embedded-postgres.js';
import { grantAppRole } from './database/app-role.js';
import { runMigrations } from './database/migrate.js';
import { derivedFromFile } from './common/files/file-derived.js';
import { serveClientAssets } from './common/http/client-assets.js';
import { compressResponses } from './common/http/compress-responses.js';
import { rejectControlCharacters } from './common/http/control-characters.js';
import { jsonBodyLimits, rejectLongLists } from './common/http/request-limits.js';
import { rejectLongQueries } from './graphql/graphql-options.js';
import { routeUploadOperations } from './graphql/upload-operations.js';
import { DemoSeeder } from './database/seeds/demo-seeder.js';
import { UsersService } from './modules/users/users.service.js';
import { LiveSocketAdapter } from './realtime/live-socket.adapter.js';

export interface RunningServer {
  app: NestExpressApplication;
  /** Base URL, e.g. http://localhost:3000 */
  url: string;
  databaseUrl: string;
  /** The generated admin password when this start created the admin without ADMIN_PASSWORD. */
  generatedAdminPassword: string | null;
  close(): Promise<void>;
}

export function createLogger(config: AppConfig): ConsoleLogger {
  const levels = (['error', 'warn', 'log', 'debug', 'verbose'] as const).slice(
    0,
    ['error', 'warn', 'log', 'debug', 'verbose'].indexOf(config.logLevel) + 1,
  );
  return new ConsoleLogger('thidua', {
    json: config.logFormat === 'json',
    logLevels: [...levels],
    colors: config.logFormat === 'pretty',
  });
}

/** Paths that belong to the API, never to the client's router. */
const API_PREFIXES = ['/graphql', '/api/', '/socket.io/', '/metrics'];

/**
 * Starts everything on one port: the database (embedded unless DATABASE_URL),
 * migrations, the Nest app with GraphQL and sockets, the built client, the demo
 * data on first run. Used by main.ts and by the tests.
 */
export async function startServer(
  config: AppConfig,
  logger: LoggerService = createLogger(config),
): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    // Loaded only when needed: embedded-postgres is an ES module and large.
    const { startEmbeddedPostgres } = await import('./database/embedded-postgres.js');
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, logger);
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  try {
    const applied = await runMigrations(databaseUrl);
    if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
    // The owner migrates; the app itself connects as a role that cannot rewrite the audit trails.
    const appDatabaseUrl = config.appRole
      ? await grantAppRole(databaseUrl, config.appRole.name, config.appRole.password)
      : databaseUrl;
    if (config.appRole) logger.log(`The app connects as ${config.appRole.name} (least privilege)`, 'Database');

    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, appDatabaseUrl), {
      logger,
      bodyParser: false,
      ...(config.tls ? { httpsOptions: { cert: config.tls.cert, key: config.tls.key } } : {}),
    });
    const socketAdapter = new LiveSocketAdapter(app, { trustProxy: config.trustProxy, publicUrl: config.publicUrl });
    if (config.redisUrl) await socketAdapter.connectToRedis(config.redisUrl);
    app.useWebSocketAdapter(socketAdapter);
    // JSON bodies: 64 KB, 8 MB on /graphql/upload (file mutations only); control characters refused.
    app.use(jsonBodyLimits());
    app.use(rejectControlCharacters);
    // X-Forwarded-For only from the proxies TRUST_PROXY names (none by default): a phone's own header is not an address.
    app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
    app.disable('x-powered-by');
    app.use(securityHeaders);
    if (config.tls || config.publicUrl?.startsWith('https:')) app.use(strictTransportSecurity);
    app.use('/graphql', compressResponses, rejectLongQueries, rejectLongLists, routeUploadOperations);
    serveClientAssets(app, config.clientDist, API_PREFIXES);
    serveClient(app, config, logger);

    if (config.demoData) await app.get(DemoSeeder).seedOnFirstRun();
    const admin = await app.get(UsersService).ensureInitialAdmin(config.adminPassword);

    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    if (config.tls) logger.log(`HTTPS with the certificate of ${config.tls.source}`, 'Transport');
    const warning = cleartextWarning(config);
    if (warning) logger.warn(warning, 'Transport');
    return {
      app,
      url: `${config.tls ? 'https' : 'http'}://localhost:${port}`,
      databaseUrl,
      generatedAdminPassword: admin?.generatedPassword ?? null,
      close: async () => {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * The warning for a server that people reach over a network in cleartext: passwords and the
 * 14-day refresh tokens can be read by anyone on the venue's Wi-Fi. Null on loopback, with
 * TLS, or behind a trusted proxy whose PUBLIC_URL is https (it terminates TLS).
 */
export function cleartextWarning(config: Pick<AppConfig, 'host' | 'tls' | 'trustProxy' | 'publicUrl'>): string | null {
  if (config.tls) return null;
  if (isLoopback(config.host)) return null;
  if (config.trustProxy.length > 0 && config.publicUrl?.startsWith('https:')) return null;
  return [
    '',
    '  !!! NO TLS: listening on ' + config.host + ' over plain HTTP.',
    '  !!! Anyone on this network can read passwords and sign-in tokens.',
    '  !!! Run `npm run tls:lan` once (a local certificate for this machine), or set TLS_CERT_FILE and TLS_KEY_FILE,',
    '  !!! or HOST=127.0.0.1 behind a proxy that terminates TLS (TRUST_PROXY, PUBLIC_URL=https://...).',
    '',
  ].join('\n');
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** On TLS, browsers keep to HTTPS for this host for 180 days (no subdomains: a LAN address has none). */
function strictTransportSecurity(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Strict-Transport-Security', 'max-age=15552000');
  next();
}

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  // Only our own scripts; QR codes are data: images; sockets and GraphQL on this origin.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
      "connect-src 'self' ws: wss:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  );
  next();
}

/**
 * Serves the built client at / with a fallback to its pages for the client's routes: play.html (the player's app,
 * client/src/player) for a phone's `/play…` and `/join…`, index.html (the staff app) for the rest.
 */
function serveClient(app: NestExpressApplication, config: AppConfig, logger: LoggerService): void {
  const index = join(config.clientDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No built client in ${config.clientDist}; run \`npm run build\` to serve the app at /`, 'Client');
    return;
  }
  app.useStaticAssets(config.clientDist, { index: false, maxAge: '1h', immutable: false });
  // Re-read after a client rebuild (its mtime changes), checked at most once a second.
  const page = (file: string) => derivedFromFile(file, () => readFileSync(file, 'utf8'));
  const playerPage = join(config.clientDist, 'play.html');
  const pages = { index: page(index), player: existsSync(playerPage) ? page(playerPage) : page(index) };
  const db = app.get(DataSource);
  /** The page with its title and Open Graph tags: crawlers read them without running the client. */
  const sendIndex = async (req: Request, res: Response) => {
    const origin = config.publicUrl?.replace(/\/$/, '') ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const meta = await shareMetaFor(db, req.path).catch(() => shareMetaFor(db, '/'));
    const html = isPlayerPath(req.path) ? pages.player() : pages.index();
    res.type('html').send(renderShareMeta(html, meta, origin, req.originalUrl));
  };
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || req.path === '/graphql')
      return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    sendIndex(req, res).catch(next);
  });
}
