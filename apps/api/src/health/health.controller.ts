import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/public.decorator';
import { AppConfig } from '../common/config/app-config';
import { serverVersion } from '../common/database/server-version';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Reports whether the API reaches its database, and which kind it is. 503 when it does not. */
  @Public()
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const database = this.config.embedded ? 'embedded' : 'server';
    const started = Date.now();
    try {
      const version = await serverVersion(this.dataSource);
      response.status(HttpStatus.OK).json({
        status: 'ok',
        database: { status: 'up', kind: database, version, latencyMs: Date.now() - started },
      });
    } catch {
      response
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ status: 'error', database: { status: 'down', kind: database } });
    }
  }
}
