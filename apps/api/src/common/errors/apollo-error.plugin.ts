import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { I18nService } from '../i18n/i18n.service';
import { requestLocale } from '../request-context';

interface Translation {
  key: string;
  field?: string;
}

/** Reads the field out of graphql-js's own messages for errors found before any resolver ran. */
export function translationFor(message: string): Translation {
  if (message.startsWith('Syntax Error')) return { key: 'input.malformedQuery' };
  let m = /^Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (m) return { key: 'input.required', field: m[1] };
  m = /Field "(\w+)" is not defined by type/.exec(message) ?? /^Unknown argument "(\w+)"/.exec(message) ?? /^Cannot query field "(\w+)"/.exec(message);
  if (m) return { key: 'input.unknownField', field: m[1] };
  m = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/.exec(message);
  if (m) return { key: /not defined by type/.test(message) ? 'input.unknownField' : 'input.wrongType', field: m[2] };
  m = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:must not be null|was not provided)/.exec(message);
  if (m) return { key: 'input.required', field: m[1] };
  m = /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (m) return { key: 'input.wrongType', field: m[1] };
  m = /^Argument "(\w+)" of (?:required|non-null) type "[^"]+" was not provided/.exec(message);
  if (m) return { key: 'input.required', field: m[1] };
  m = /^(?:Expected value of type|\w+ cannot represent)/.exec(message);
  if (m) return { key: 'input.wrongType', field: /at "([\w.]+)"/.exec(message)?.[1] };
  return { key: 'code.BAD_USER_INPUT' };
}

/** For a literal argument graphql-js points at the value; the name before it (`password: 3`) is the field. */
export function argumentAt(query: string | undefined, location: { line: number; column: number } | undefined): string | undefined {
  if (!query || !location) return undefined;
  const line = query.split('\n')[location.line - 1] ?? '';
  return /(\w+)\s*:\s*$/.exec(line.slice(0, location.column - 1))?.[1];
}

const PRE_EXECUTION_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * Errors that graphql-js raises before any resolver runs (unknown fields, wrong types, missing arguments)
 * never pass through Nest; this plugin gives them the same shape as the rest: BAD_USER_INPUT, the field, and
 * a message in the caller's language.
 */
export function apolloErrorPlugin(i18n: I18nService): ApolloServerPlugin {
  const translate = (error: GraphQLFormattedError, query: string | undefined): GraphQLFormattedError => {
    const code = String(error.extensions?.code ?? '');
    if (error.path || !PRE_EXECUTION_CODES.has(code)) return error;
    const found = translationFor(error.message);
    const field = found.field ?? argumentAt(query, error.locations?.[0]);
    // Every input.* message names a field, but the syntax one; without a field, say it in general terms.
    const key = field
      ? found.key === 'code.BAD_USER_INPUT' ? 'input.invalid' : found.key
      : found.key === 'input.malformedQuery' ? found.key : 'code.BAD_USER_INPUT';
    return {
      message: i18n.t(requestLocale(), key, { field: field ?? '' }),
      locations: error.locations,
      extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
    };
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }: GraphQLRequestContextWillSendResponse<object>) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((error) => translate(error, request.query));
          }
        },
      };
    },
  };
}
