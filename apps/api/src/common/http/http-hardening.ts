import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';
import { httpStatusOf } from '../errors/error-filter';
import type { I18nService } from '../i18n/i18n.service';
import { planImportBodyParser } from '../../plan-import/plan-import.body-limit';
import { requestLocale } from '../request-context';

/** What body-parser says when it refuses a body. */
interface BodyError {
  type?: string;
  status?: number;
}

/** A Host header that is a host name or an address, with an optional port: nothing that could end a CSP directive. */
const PLAIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Where the page may connect (`connect-src`): its own origin and the CORS_ORIGINS, over HTTP(S) and, for
 * subscriptions, WebSocket. `'self'` covers the page's own ws(s) only in browsers of CSP level 3, so the own host is
 * named for WebSocket too, from the Host the page was asked for: ws and wss over http (a TLS proxy may sit in front),
 * wss only over https.
 */
export function connectSources(
  corsOrigins: readonly string[],
): (string | ((req: IncomingMessage) => string))[] {
  const others = corsOrigins.flatMap((origin) => {
    const url = new URL(origin);
    return [url.origin, `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`];
  });
  const ownWebSocket = (req: IncomingMessage): string => {
    const host = req.headers.host ?? '';
    if (!PLAIN_HOST.test(host)) return '';
    return (req as Request).protocol === 'https' ? `wss://${host}` : `ws://${host} wss://${host}`;
  };
  return ["'self'", ownWebSocket, ...others];
}

/**
 * Security headers (helmet, with a content policy that fits the admin app: its own scripts only, Mantine's inline
 * styles), the CORS allow-list, and a bounded JSON body whose refusal is coded and translated like every other.
 */
export function hardenHttp(app: NestExpressApplication, config: AppConfig, i18n: I18nService): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: connectSources(config.corsOrigins),
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: config.production ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const origins = config.corsOrigins;
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'accept-language',
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    maxAge: 600,
  });
  // A plan file (the plan import's two operations only) may be larger than BODY_LIMIT.
  app.use(planImportBodyParser());
  app.use(express.json({ limit: config.BODY_LIMIT }));
  app.use((error: BodyError, req: Request, res: Response, next: NextFunction) => {
    if (!error?.type?.startsWith('entity.') && error?.status !== 413) return next(error);
    const tooLarge = error.type === 'entity.too.large' || error.status === 413;
    const message = i18n.t(requestLocale(), tooLarge ? 'input.tooLarge' : 'input.malformedQuery', {
      max: config.BODY_LIMIT,
    });
    const status = tooLarge ? 413 : httpStatusOf('BAD_USER_INPUT');
    const extensions = { code: 'BAD_USER_INPUT' };
    if (req.path.startsWith('/graphql')) res.status(status).json({ errors: [{ message, extensions }] });
    else res.status(status).json({ error: { message, ...extensions } });
  });
}
