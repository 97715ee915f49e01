import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './common/config/app-config';
import { validationPipe } from './common/errors/validation';
import { requestContextMiddleware } from './common/request-context';
import { DemoSeedService } from './demo/demo-seed.service';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug'];

/** Builds the API, migrates its database and seeds the demo when the database is empty. Used by main and tests. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bufferLogs: false });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestContextMiddleware);
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  await app.get(DemoSeedService).seedIfEmpty();
  return app;
}
