import { PubSub } from 'graphql-subscriptions';

/** Injection token of the event bus behind GraphQL subscriptions (in process; Redis when instances multiply). */
export const PUB_SUB = Symbol('PUB_SUB');

export type EventBus = PubSub;

export const pubSubProvider = { provide: PUB_SUB, useFactory: (): EventBus => new PubSub() };
