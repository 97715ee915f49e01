import { Locale, resolveLocale } from '@empact/domain';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedActor } from './auth/authenticated-actor';

/** What one request carries through every layer without being passed by hand. */
export interface RequestStore {
  actor?: AuthenticatedActor;
  acceptLanguage?: string;
  ip: string;
  /** scheme://host the caller used, for addresses the API hands out (calendar feeds). */
  origin: string;
  /** Audit entries written so far in this request: a mutation that wrote none gets one by default. */
  auditCount: number;
  /** Work of the platform itself (a scheduled job), not of a person: the database identity of the owner. */
  system?: boolean;
}

const storage = new AsyncLocalStorage<RequestStore>();

export function requestStore(): RequestStore | undefined {
  return storage.getStore();
}

/** The caller's language: the account's preference, else Accept-Language, else English. */
export function requestLocale(): Locale {
  const store = storage.getStore();
  return resolveLocale(store?.actor?.language, store?.acceptLanguage);
}

export function runWithRequestStore<T>(store: RequestStore, fn: () => T): T {
  return storage.run(store, fn);
}

/** Express middleware: opens the store for the whole life of an HTTP request. */
export function requestContextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  // The address (through the trusted proxies) and the origin are worked out only when something reads them.
  let ip: string | undefined;
  let origin: string | undefined;
  const store: RequestStore = {
    acceptLanguage: req.headers['accept-language'],
    get ip() {
      return (ip ??= req.ip ?? req.socket.remoteAddress ?? 'unknown');
    },
    get origin() {
      return (origin ??= `${req.protocol}://${req.get('host') ?? 'localhost'}`);
    },
    auditCount: 0,
  };
  storage.run(store, next);
}

/** Runs scheduled work of the platform itself, with a store of its own (see `system`). */
export function runAsSystem<T>(fn: () => T): T {
  return storage.run({ ip: 'system', origin: '', auditCount: 0, system: true }, fn);
}
