import { ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import { TokenService } from '../auth/token.service';
import { AppConfig } from '../config/app-config';
import { apolloErrorPlugin } from '../errors/apollo-error.plugin';
import { I18nService } from '../i18n/i18n.service';

type ConnectionParams = Record<string, unknown> | undefined;

interface WsContext {
  connectionParams?: ConnectionParams;
  extra?: { request?: IncomingMessage };
}

/** A WebSocket carries its token in the connection parameters; give it the shape of an HTTP request. */
function wsRequest({ connectionParams, extra }: WsContext) {
  const param = (name: string) => {
    const value = connectionParams?.[name] ?? connectionParams?.[name.toLowerCase()];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    headers: {
      authorization: param('Authorization'),
      'accept-language': param('Accept-Language') ?? extra?.request?.headers['accept-language'],
    },
  };
}

/** Apollo at /graphql, subscriptions over graphql-ws on the same path; the schema is built from the code. */
export function graphqlOptions(config: AppConfig, i18n: I18nService, tokens: TokenService): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // A socket without a live session is closed at once (4403), before any subscription.
        onConnect: async (context: { connectionParams?: ConnectionParams; extra: unknown }) => {
          const token = wsRequest(context as WsContext).headers.authorization?.replace(/^Bearer\s+/, '');
          return !!token && (await tokens.actorFor(token)) !== null;
        },
      },
    },
    context: (context: { req?: unknown } & WsContext) => ({ req: context.req ?? wsRequest(context) }),
    plugins: [apolloErrorPlugin(i18n)],
  };
}
