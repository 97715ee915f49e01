import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { TokenService } from '../auth/token.service';
import { AppConfig } from '../config/app-config';
import { preExecutionErrorFormatter, preExecutionPlugin } from '../errors/apollo-error.plugin';
import { I18nService } from '../i18n/i18n.service';
import { jitExecutionPlugin } from './jit-execution.plugin';

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

/**
 * The bounds every operation must keep (graphql-armor), checked before any resolver runs. The admin app's heaviest
 * operation (the outcomes dashboard) costs about 1,100 and its deepest nests 6 levels: the limits leave it room and
 * no more. The test of the limits shows where each one bites.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 8,
  maxCost: 3000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
} as const;

/**
 * Nest gives every field of an object type a resolver that only reads the property of the same name
 * (`rootFieldResolver`). Without one, graphql-js reads the property itself and graphql-jit reads it inline in the
 * compiled operation instead of calling a function for each field of each item. Those resolvers are taken off; the
 * @ResolveField ones, the root fields' and any with middleware are other functions and stay.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === 'rootFieldResolver') field.resolve = undefined;
    }
  }
  return schema;
}

/** Apollo at /graphql, subscriptions over graphql-ws on the same path; the schema is built from the code. */
export function graphqlOptions(
  config: AppConfig,
  i18n: I18nService,
  tokens: TokenService,
): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, exposeLimits: true },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, exposeLimits: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: true },
    // graphql-js counts tokens itself while parsing (parseOptions below), and answers 400, not 500.
    maxTokens: { enabled: false },
    // Field suggestions ("Did you mean ...?") would map the schema for someone who may not read it.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const formatError = preExecutionErrorFormatter(i18n);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: withoutPropertyResolvers,
    playground: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // One operation per HTTP request: a batch would slip past the per-request limits.
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: armor.validationRules,
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
    // No HTTP caching of answers (every one depends on who asks): without the cache-control plugin Apollo does not
    // wrap every field's resolver to collect cache hints.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      preExecutionPlugin(tokens),
      ...(config.GRAPHQL_JIT ? [jitExecutionPlugin(formatError)] : []),
    ],
    formatError,
  };
}
