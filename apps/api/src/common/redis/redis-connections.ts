import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * The API's connections to Redis when `REDIS_URL` is set (several instances share subscriptions and rate limits
 * through it). Subscribers need a connection of their own, so each user opens its own; all close at shutdown.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly clients: Redis[] = [];

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!this.config.REDIS_URL;
  }

  open(name: string): Redis {
    if (!this.config.REDIS_URL) throw new Error('REDIS_URL is not set');
    const client = new Redis(this.config.REDIS_URL, {
      connectionName: `empact-${name}`,
      maxRetriesPerRequest: 2,
    });
    client.on('error', (error: Error) => this.logger.warn(`${name}: ${error.message}`));
    this.clients.push(client);
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
