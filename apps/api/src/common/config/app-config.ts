import { plainToInstance, Transform } from 'class-transformer';
import { isIP } from 'node:net';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** The development secret earlier versions shipped in this file: public, so it is refused as a value. */
const PUBLISHED_SECRET = 'empact-development-secret-do-not-use-in-production';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting of the API, read once from the environment and validated at start-up. Nothing else in the
 * code reads process.env. `.env.example` and the README list the same variables.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** A PostgreSQL server; when unset, the embedded database under DATA_DIR is used. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  /** Signs access tokens. Unset outside production: a random one is generated once and kept in DATA_DIR/jwt-secret. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  /** The secret before the last rotation: tokens signed with it are still accepted until they expire. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET_PREVIOUS?: string;

  /**
   * Encrypts the authenticator secrets of two-factor sign-in (AES-256-GCM) and keys the hashes of recovery codes.
   * Unset outside production: a random one is generated once and kept in DATA_DIR/two-factor-key.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  TWO_FACTOR_KEY?: string;

  /** Lifetime of an access token, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  ACCESS_TOKEN_TTL = 900;

  /** Lifetime of a refresh token, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL = 14 * 24 * 3600;

  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  /** Queries and mutations compiled with graphql-jit (common/graphql/jit-execution.plugin); false: graphql-js runs them. */
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_JIT = true;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(8)
  DEMO_PASSWORD?: string;

  /** Where the built admin app lies; it is served on the API's port when present. */
  @IsString()
  ADMIN_DIST = 'dist/admin';

  /** Origins (comma-separated) that browsers may call the API from besides its own; empty: its own only. */
  @IsString()
  CORS_ORIGINS = '';

  /**
   * The proxies whose X-Forwarded-For (and -Proto) the API believes, as Express's `trust proxy` takes them: addresses
   * and subnets (comma-separated, with `loopback`, `linklocal`, `uniquelocal`), a number of hops, or `true` (any).
   * Empty: none, the address is the connection's own.
   */
  @IsString()
  TRUST_PROXY = '';

  /** The largest request body the API reads, e.g. 1mb or 500kb. */
  @Matches(/^\d+(b|kb|mb)$/i)
  BODY_LIMIT = '1mb';

  /** Sign-in attempts (login operations, aliases counted one by one) per address and minute; 0 turns the limit off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_LOGIN = 30;

  /** Mutations (every root field counted) per account and minute; 0 turns the limit off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_MUTATIONS = 300;

  /** How often (minutes) the retention job looks for closed weeks whose free texts are due for deletion; 0: never. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RETENTION_CHECK_MINUTES = 60;

  /** How often the outcome tally's queue is folded between reads (every read folds first); `0`: only on reads. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TALLY_FOLD_MS = 1000;

  /** Redis for several API instances: subscriptions and rate limits go through it. Unset: one process, in memory. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  REDIS_URL?: string;

  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';

  get embedded(): boolean {
    return !this.DATABASE_URL;
  }

  get production(): boolean {
    return this.NODE_ENV === 'production';
  }

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
  }

  /** TRUST_PROXY as Express's `trust proxy` setting takes it. */
  get trustProxy(): boolean | number | string[] {
    const value = this.TRUST_PROXY.trim().toLowerCase();
    if (value === '' || value === 'false') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) return Number(value);
    return value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  }
}

export class ConfigError extends Error {}

/** Names Express's proxy-addr accepts besides addresses. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An entry of TRUST_PROXY that proxy-addr would refuse (when the app starts, with a less helpful message). */
function badProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return false;
  const [address, range, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return true;
  if (range === undefined) return false;
  if (/^\d+$/.test(range)) return Number(range) > (version === 4 ? 32 : 128);
  return version !== 4 || isIP(range) !== 4;
}

/** `https://host[:port]` or `http://...`, with nothing after: what a browser sends as Origin. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Reads and validates the settings; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const input = Object.fromEntries(Object.entries(env).filter(([key]) => known.includes(key)));
  const config = plainToInstance(AppConfig, input, { exposeDefaultValues: true });
  const problems = validateSync(config, { skipMissingProperties: false }).map(
    (error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
  if (config.production && !config.JWT_SECRET) {
    problems.push(
      'JWT_SECRET: must be set to a secret of your own (32 characters or more) when NODE_ENV=production',
    );
  }
  for (const key of ['JWT_SECRET', 'JWT_SECRET_PREVIOUS'] as const) {
    if (config[key] === PUBLISHED_SECRET)
      problems.push(
        `${key}: the development secret printed in the source is public; use a secret of your own`,
      );
  }
  if (config.production && !config.TWO_FACTOR_KEY) {
    // Every instance must read the secrets the others stored; a key generated on one host would lock the others out.
    problems.push(
      'TWO_FACTOR_KEY: must be set to a key of your own (32 characters or more) when NODE_ENV=production',
    );
  }
  if (config.production && config.SEED_DEMO && !env.DEMO_PASSWORD) {
    problems.push(
      'DEMO_PASSWORD: must be set when NODE_ENV=production and SEED_DEMO is on (or set SEED_DEMO=false)',
    );
  }
  // Each becomes a CORS origin and a connect-src source: it must be one exactly, or browsers would never match it.
  const badOrigins = config.corsOrigins.filter((origin) => !isOrigin(origin));
  if (badOrigins.length > 0) {
    problems.push(
      `CORS_ORIGINS: ${badOrigins.join(', ')}: give origins only, scheme and host, e.g. https://admin.example.org`,
    );
  }
  const proxies = config.trustProxy;
  const badProxies = Array.isArray(proxies) ? proxies.filter(badProxyEntry) : [];
  if (badProxies.length > 0) {
    problems.push(
      `TRUST_PROXY: cannot read ${badProxies.join(', ')}; give addresses or subnets (10.0.0.0/8) separated by commas, loopback, linklocal, uniquelocal, a number of hops, or true`,
    );
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}
