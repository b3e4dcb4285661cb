import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The only reader of process.env. Validated once at boot: a bad value stops the
 * server with a message naming the variable, never a half-configured start.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** External PostgreSQL; when absent an embedded PostgreSQL is started in DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * The least-privilege login the app connects as; migrations and grants run as DATABASE_URL's
   * owner. Default thidua_app with the embedded PostgreSQL, none with DATABASE_URL (the app then
   * connects as the owner); "none" turns it off.
   */
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'DATABASE_APP_ROLE must be a lower-case PostgreSQL name, or none')
    .optional(),
  /** Its password; generated into DATA_DIR when absent. */
  DATABASE_APP_PASSWORD: z.string().min(16, 'DATABASE_APP_PASSWORD must have at least 16 characters').optional(),
  /** Redis for multi-node live games and shared rate limits; when absent both are in-process. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Where the shared rate limits live in Redis: two installations on one Redis each take their own. */
  RATE_LIMIT_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,40}$/)
    .default('thidua:rl'),
  DATA_DIR: z.string().default('./.data'),
  /** Port of the embedded PostgreSQL (only used without DATABASE_URL). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Password of the first admin; generated and printed once when absent. */
  ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD must have at least 10 characters').optional(),
  /** Secret for signing access tokens; generated into DATA_DIR when absent. */
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must have at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Load the demo organization and content on first start. */
  DEMO_DATA: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** Folder of the built client; served at / when it exists. */
  CLIENT_DIST: z.string().optional(),
  /** Public URL used in printed links and QR codes; socket.io accepts browsers from its origin. */
  PUBLIC_URL: z.url().optional(),
  /**
   * The proxies whose X-Forwarded-For is believed (Express's trust proxy list: addresses, CIDRs,
   * or loopback / linklocal / uniquelocal), comma-separated. "none" (the default): the peer
   * address is the client, whatever a header says.
   */
  TRUST_PROXY: z
    .string()
    .default('none')
    .transform((v) => (v.trim() === '' || v.trim() === 'none' ? [] : v.split(',').map((s) => s.trim())))
    .refine((list) => list.every((entry) => TRUST_PROXY_ENTRY.test(entry)), {
      message:
        'TRUST_PROXY must be "none" or a comma-separated list of addresses, CIDRs, loopback, linklocal, uniquelocal',
    }),
  /** HTTPS: a PEM certificate (chain) and its key, as files or as the PEM text itself. */
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  TLS_CERT: z.string().includes('-----BEGIN', { message: 'TLS_CERT must be PEM text' }).optional(),
  TLS_KEY: z.string().includes('-----BEGIN', { message: 'TLS_KEY must be PEM text' }).optional(),
  /** Outgoing e-mail of notifications: SMTP_URL (smtp[s]://user:pass@host:port), or SMTP_HOST with the rest. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  /** The sender, e.g. "Thi đua phường <thidua@phuong.gov.vn>". */
  SMTP_FROM: z.string().min(3).default('thidua@localhost'),
  /** Run the deadline reminder job (every 10 minutes); off under NODE_ENV=test unless set. */
  REMINDERS: z.enum(['true', 'false', '1', '0']).optional(),
});

/** An IPv4/IPv6 address or CIDR, or one of proxy-addr's names. */
const TRUST_PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/;

export interface TlsConfig {
  cert: string;
  key: string;
  /** Where they came from, for the start banner. */
  source: string;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  /** The login the app connects as, granted by the owner at start; null: the owner itself. */
  appRole: { name: string; password: string } | null;
  redisUrl?: string;
  rateLimitKeyPrefix: string;
  dataDir: string;
  embeddedPgPort: number;
  adminPassword?: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  demoData: boolean;
  logFormat: 'json' | 'pretty';
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  clientDist: string;
  publicUrl?: string;
  /** Proxies trusted for X-Forwarded-For (HTTP and sockets); empty: none. */
  trustProxy: string[];
  /** Null: plain HTTP (fine on loopback or behind a TLS-terminating proxy). */
  tls: TlsConfig | null;
  /** Null: no e-mail, in-app notifications only. */
  smtp: SmtpConfig | null;
  reminders: boolean;
}

export interface SmtpConfig {
  /** An smtp:// or smtps:// URL, or host and port with optional credentials. */
  url?: string;
  host?: string;
  port: number;
  user?: string;
  pass?: string;
  from: string;
}

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(process.cwd(), e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    appRole: appRoleConfig(
      e.DATABASE_APP_ROLE ?? (e.DATABASE_URL ? 'none' : 'thidua_app'),
      e.DATABASE_APP_PASSWORD,
      dataDir,
    ),
    redisUrl: e.REDIS_URL,
    rateLimitKeyPrefix: e.RATE_LIMIT_KEY_PREFIX,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    adminPassword: e.ADMIN_PASSWORD,
    jwtSecret: e.JWT_SECRET ?? persistentSecret(dataDir, 'jwt-secret', 48),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    demoData: e.DEMO_DATA,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'production' ? 'json' : 'pretty'),
    logLevel: e.LOG_LEVEL,
    clientDist: e.CLIENT_DIST
      ? resolve(e.CLIENT_DIST)
      : fileURLToPath(new URL('../../../client/dist', import.meta.url)),
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY,
    tls: tlsConfig(e, dataDir),
    smtp:
      e.SMTP_URL || e.SMTP_HOST
        ? {
            url: e.SMTP_URL,
            host: e.SMTP_HOST,
            port: e.SMTP_PORT,
            user: e.SMTP_USER,
            pass: e.SMTP_PASS,
            from: e.SMTP_FROM,
          }
        : null,
    reminders: e.REMINDERS ? e.REMINDERS === 'true' || e.REMINDERS === '1' : e.NODE_ENV !== 'test',
  };
}

/**
 * The certificate and key: TLS_CERT/TLS_KEY (PEM), else TLS_CERT_FILE/TLS_KEY_FILE, else the
 * LAN certificate `npm run tls:lan` left in DATA_DIR/tls. One without the other is an error.
 */
function tlsConfig(
  e: { TLS_CERT?: string; TLS_KEY?: string; TLS_CERT_FILE?: string; TLS_KEY_FILE?: string },
  dataDir: string,
): TlsConfig | null {
  if (e.TLS_CERT || e.TLS_KEY) {
    if (!e.TLS_CERT || !e.TLS_KEY) throw new ConfigError('Invalid configuration:\n  TLS_CERT and TLS_KEY go together');
    return { cert: e.TLS_CERT, key: e.TLS_KEY, source: 'TLS_CERT / TLS_KEY' };
  }
  if (e.TLS_CERT_FILE || e.TLS_KEY_FILE) {
    if (!e.TLS_CERT_FILE || !e.TLS_KEY_FILE)
      throw new ConfigError('Invalid configuration:\n  TLS_CERT_FILE and TLS_KEY_FILE go together');
    return {
      cert: readPem(e.TLS_CERT_FILE, 'TLS_CERT_FILE'),
      key: readPem(e.TLS_KEY_FILE, 'TLS_KEY_FILE'),
      source: e.TLS_CERT_FILE,
    };
  }
  const lanCert = join(dataDir, 'tls', 'server.crt');
  const lanKey = join(dataDir, 'tls', 'server.key');
  if (existsSync(lanCert) && existsSync(lanKey))
    return { cert: readFileSync(lanCert, 'utf8'), key: readFileSync(lanKey, 'utf8'), source: lanCert };
  return null;
}

function readPem(file: string, variable: string): string {
  try {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('-----BEGIN')) throw new Error('not PEM');
    return text;
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  ${variable}: cannot read a PEM file at ${file} (${(error as Error).message})`,
    );
  }
}

/** A signing secret kept in the data folder so that tokens survive a restart. */
function appRoleConfig(name: string, password: string | undefined, dataDir: string): AppConfig['appRole'] {
  if (name === 'none') return null;
  return { name, password: password ?? persistentSecret(dataDir, 'pg-app-password', 24) };
}

/**
 * A random secret kept in DATA_DIR (mode 0600), the same on every start. Created exclusively, so
 * nodes sharing DATA_DIR that start at once all end up with the first one's.
 */
function persistentSecret(dataDir: string, name: string, bytes: number): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(bytes).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

export const APP_CONFIG = Symbol('APP_CONFIG');
