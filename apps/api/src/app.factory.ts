import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './common/config/app-config';
import { hardenHttp } from './common/http/http-hardening';
import { I18nService } from './common/i18n/i18n.service';
import { validationPipe } from './common/errors/validation';
import { AppLogger } from './common/logging/app-logger';
import { requestContextMiddleware } from './common/request-context';
import { DemoSeedService } from './demo/demo-seed.service';

/** Builds the API, migrates its database and seeds the demo when the database is empty. Used by main and tests. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new AppLogger(config.LOG_LEVEL),
    bodyParser: false,
  });
  // Whose X-Forwarded-For counts (for per-address limits): nobody's unless TRUST_PROXY names the proxies.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestContextMiddleware);
  hardenHttp(app, config, app.get(I18nService));
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  await app.get(DemoSeedService).seedIfEmpty();
  return app;
}
