import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './common/config/app-config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.PORT);
  const database = config.embedded
    ? `embedded PostgreSQL in ${config.DATA_DIR}`
    : 'PostgreSQL server (DATABASE_URL)';
  new Logger('Start').log(`EMPACT Action Week is ready at http://localhost:${config.PORT} (${database})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
