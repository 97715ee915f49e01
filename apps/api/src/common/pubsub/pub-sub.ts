import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub } from 'graphql-subscriptions';
import { RedisConnections } from '../redis/redis-connections';

/** Injection token of the event bus behind GraphQL subscriptions: in process, or Redis when instances multiply. */
export const PUB_SUB = Symbol('PUB_SUB');

/** What features need of the bus, whichever carries it. */
export interface EventBus {
  publish(trigger: string, payload: unknown): Promise<void>;
  asyncIterableIterator<T>(triggers: string | string[]): AsyncIterableIterator<T>;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Events cross Redis as JSON; instants come back as Dates, as the publisher sent them. */
export const reviveInstants = (_key: string, value: unknown): unknown =>
  typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value;

export const pubSubProvider = {
  provide: PUB_SUB,
  inject: [RedisConnections],
  useFactory: (redis: RedisConnections): EventBus =>
    redis.enabled
      ? new RedisPubSub({
          publisher: redis.open('publisher'),
          subscriber: redis.open('subscriber'),
          reviver: reviveInstants,
        })
      : new PubSub(),
};
