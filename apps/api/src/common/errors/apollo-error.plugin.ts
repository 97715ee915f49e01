import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { TokenService } from '../auth/token.service';
import { I18nService } from '../i18n/i18n.service';
import { requestLocale, requestStore } from '../request-context';

interface Translation {
  key: string;
  field?: string;
  max?: number;
}

/** graphql-armor's refusals (with exposeLimits), each to its own message. */
const LIMITS: [RegExp, string][] = [
  [/Query depth limit of (\d+) exceeded/, 'input.limitDepth'],
  [/Query Cost limit of (\d+) exceeded/, 'input.limitCost'],
  [/Aliases limit of (\d+) exceeded/, 'input.limitAliases'],
  [/Directives limit of (\d+) exceeded/, 'input.limitDirectives'],
  [/Document contains more th(?:an|at) (\d+) tokens/, 'input.limitTokens'],
];

/** Reads the field out of graphql-js's own messages for errors found before any resolver ran. */
export function translationFor(message: string): Translation {
  for (const [pattern, key] of LIMITS) {
    const limit = pattern.exec(message);
    if (limit) return { key, max: Number(limit[1]) };
  }
  if (/^Operation batching disabled/.test(message)) return { key: 'input.batchRefused' };
  if (/^Must provide operation name|^Unknown operation named/.test(message))
    return { key: 'input.operationName' };
  if (message === SUBSCRIPTION_OVER_HTTP) return { key: 'input.subscriptionOverHttp' };
  if (/^Too many errors processing variables/.test(message)) return { key: 'input.tooManyErrors' };
  const list = /^List "([\w.]+)" holds more than (\d+) items/.exec(message);
  if (list) return { key: 'input.tooMany', field: list[1], max: Number(list[2]) };
  if (message.startsWith('Syntax Error')) return { key: 'input.malformedQuery' };
  let m = /^Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (m) return { key: 'input.required', field: m[1] };
  m =
    /Field "(\w+)" is not defined by type/.exec(message) ??
    /^Unknown argument "(\w+)"/.exec(message) ??
    /^Cannot query field "(\w+)"/.exec(message);
  if (m) return { key: 'input.unknownField', field: m[1] };
  m = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/.exec(message);
  if (m)
    return {
      key: /not defined by type/.test(message) ? 'input.unknownField' : 'input.wrongType',
      field: m[2],
    };
  m = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:must not be null|was not provided)/.exec(
    message,
  );
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
export function argumentAt(
  query: string | undefined,
  location: { line: number; column: number } | undefined,
): string | undefined {
  if (!query || !location) return undefined;
  const line = query.split('\n')[location.line - 1] ?? '';
  return /(\w+)\s*:\s*$/.exec(line.slice(0, location.column - 1))?.[1];
}

const PRE_EXECUTION_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Messages that speak of the request as a whole, with no field to name. */
const GENERAL_KEYS = new Set([
  'input.malformedQuery',
  'input.batchRefused',
  'input.operationName',
  'input.subscriptionOverHttp',
  'input.tooManyErrors',
  ...LIMITS.map(([, key]) => key),
]);

/**
 * No list the API takes is longer than a few dozen items (each input's own @ArrayMaxSize says how long); a variable
 * with a list longer than this is refused before graphql-js coerces it item by item, which for 10,000 items of the wrong
 * type ends in 50 errors and an uncoded "Too many errors".
 */
export const MAX_LIST_ITEMS = 1000;

/**
 * The path of the first list in variables longer than MAX_LIST_ITEMS (`input.roles`), or null. It looks no deeper than
 * any input of the schema nests: what lies deeper is of the wrong type, which graphql-js refuses at its first level.
 */
export function overlongListIn(value: unknown, path = '', depth = 0): string | null {
  if (value === null || typeof value !== 'object' || depth > 16) return null;
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) return path;
    for (let i = 0; i < value.length; i += 1) {
      const found = overlongListIn(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = overlongListIn(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** graphql-js gives up after 50 wrong variables with an error that has no code: it is a refusal of the input all the same. */
const isTooManyVariableErrors = (error: GraphQLFormattedError) =>
  !error.path && /^Too many errors processing variables/.test(error.message);

const SUBSCRIPTION_OVER_HTTP = 'Subscriptions run over WebSocket.';

/** The text of the operation being answered, kept for the error formatter (which Apollo gives no request). */
const operationText = new WeakMap<object, string>();

/**
 * Before any resolver: remembers the operation text for `preExecutionErrorFormatter`, refuses subscriptions sent over
 * HTTP (they run over graphql-ws), and, when the request fails before the AuthGuard ran, finds the signed-in account
 * so that the refusal speaks its language.
 */
export function preExecutionPlugin(tokens: TokenService): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const store = requestStore();
      if (store && request.query) operationText.set(store, request.query);
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(SUBSCRIPTION_OVER_HTTP, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          const list = overlongListIn(request.variables ?? {});
          if (list) {
            throw new GraphQLError(`List "${list}" holds more than ${MAX_LIST_ITEMS} items.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
        async didEncounterErrors({ request: { http } }) {
          const token = http?.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
          if (store && !store.actor && token)
            store.actor = (await tokens.actorFor(token).catch(() => null)) ?? undefined;
        },
      };
    },
  };
}

/**
 * Errors that graphql-js or graphql-armor raise before any resolver runs (unknown fields, wrong types, missing
 * arguments, limits) never pass through Nest; this formatter gives them the same shape as the rest: BAD_USER_INPUT,
 * the field, and a message in the caller's language. As Apollo's `formatError`, it sees every error, also those
 * of a request that failed while being parsed.
 */
export function preExecutionErrorFormatter(
  i18n: I18nService,
): (error: GraphQLFormattedError) => GraphQLFormattedError {
  return (error) => {
    const code = String(error.extensions?.code ?? '');
    if (error.path || !(PRE_EXECUTION_CODES.has(code) || isTooManyVariableErrors(error))) return error;
    const store = requestStore();
    const found = translationFor(error.message);
    const field =
      found.field ?? argumentAt(store ? operationText.get(store) : undefined, error.locations?.[0]);
    // Every input.* message names a field, but the general ones; without a field, say it in general terms.
    const general = GENERAL_KEYS.has(found.key);
    const key = general
      ? found.key
      : field
        ? found.key === 'code.BAD_USER_INPUT'
          ? 'input.invalid'
          : found.key
        : 'code.BAD_USER_INPUT';
    return {
      message: i18n.t(requestLocale(), key, { field: field ?? '', max: found.max ?? '' }),
      locations: error.locations,
      extensions: { code: 'BAD_USER_INPUT', ...(field && !general ? { field } : {}) },
    };
  };
}
