import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { DocumentNode, GraphQLError, GraphQLFormattedError } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * An error as Apollo would answer it (its `formatError` path): the code defaults to INTERNAL_SERVER_ERROR, an
 * `extensions.http` status is taken off the error and given to the response, and the API's formatter has the last word.
 */
function formatted(
  errors: readonly GraphQLError[],
  formatError: FormatError,
): { errors: GraphQLFormattedError[]; status?: number } {
  let status: number | undefined;
  const list = errors.map((error) => {
    const extensions: Record<string, unknown> = {
      ...error.extensions,
      code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
    };
    const http = extensions.http as { status?: unknown } | undefined;
    if (http && typeof http === 'object') {
      if (typeof http.status === 'number') status = http.status;
      delete extensions.http;
    }
    try {
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { errors: list, status };
}

/**
 * Runs queries and mutations with graphql-jit: each operation is compiled once into a function that resolves its
 * fields and builds plain objects, several times faster than graphql-js walking the document for every field of every
 * item (a week board of 500 sessions has some 40,000). Apollo has parsed, validated and bounded the operation before
 * (graphql-armor's limits, maxTokens), so compiling costs about what validating does. The compiled functions are kept
 * beside Apollo's own cache of parsed documents and go with them.
 *
 * Whatever graphql-jit cannot compile, and any request whose variables are refused before a resolver runs, is left to
 * Apollo and graphql-js, which answer exactly as without this plugin. `GRAPHQL_JIT=false` turns it off.
 */
export function jitExecutionPlugin(formatError: FormatError): ApolloServerPlugin {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (
    schema: Parameters<typeof compileQuery>[0],
    document: DocumentNode,
    operationName: string | null,
  ): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let query = byName.get(operationName ?? '');
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      byName.set(operationName ?? '', query);
    }
    return query;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation({
          schema,
          document,
          operation,
          operationName,
          request,
          contextValue,
        }): Promise<GraphQLResponse | null> {
          // No operation resolved (two unnamed ones, an unknown name): graphql-js answers with its coded refusal.
          if (!(operation as typeof operation | undefined) || operation.operation === 'subscription')
            return null;
          const compiled = compiledFor(schema, document, operationName);
          if (!compiled) return null;
          // eslint-disable-next-line no-restricted-syntax -- graphql-jit's compiled query, not SQL
          const result = await compiled.query(undefined, contextValue, request.variables ?? {});
          // Variables refused before any resolver ran: graphql-js gives its usual answer (nothing has been done yet).
          if (result.data === undefined) return null;
          const { errors, status } = result.errors?.length
            ? formatted(result.errors, formatError)
            : { errors: undefined, status: undefined };
          return {
            http: { status, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data, ...(errors ? { errors } : {}) } },
          };
        },
      };
    },
  };
}
