import { join, resolve } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '@empact/migrations';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import pg from 'pg';
import { SessionIdentity, withIdentity } from './db-identity';
import { createPGliteDriver } from './pglite-pool';
import { RedactingTypeOrmLogger } from '../logging/typeorm-logger';

/**
 * `pg` whose pooled connections run each statement under the identity of the code that sends it (db-identity), and
 * keep the hot path's statements prepared (prepared-statements).
 */
function identityAwarePg(): typeof pg {
  class Pool extends pg.Pool {
    constructor(options?: pg.PoolConfig) {
      super(options);
      this.on('connect', (client) => withIdentity(client, new SessionIdentity(), true));
    }
  }
  return Object.assign(Object.create(pg) as typeof pg, { Pool });
}

/**
 * One set of options for both databases: a PostgreSQL server when DATABASE_URL is set, otherwise an
 * embedded PostgreSQL (PGlite) kept under DATA_DIR. The same migrations run on both; never synchronize.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built in; PGlite has neither uuid-ossp nor pgcrypto to install.
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    // count(*) and bigint come back as numbers from both databases.
    parseInt8: true,
    // Failed statements are logged without their parameters: those carry the notes (common/logging/typeorm-logger).
    logging: config.LOG_LEVEL === 'error' ? false : ['error' as const],
    logger: new RedactingTypeOrmLogger(config.LOG_LEVEL),
  };
  if (config.DATABASE_URL) {
    return {
      ...common,
      url: config.DATABASE_URL,
      driver: identityAwarePg(),
      extra: { max: 10, connectionTimeoutMillis: 5000 },
    };
  }
  const dataDir = config.DATA_DIR === ':memory:' ? undefined : join(resolve(config.DATA_DIR), 'pgdata');
  return { ...common, driver: createPGliteDriver(dataDir) };
}
