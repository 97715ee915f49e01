import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { type Client as WsClient, createClient as createWsClient } from 'graphql-ws';
import { AUTH_OPERATION_NAMES } from '../auth/auth.documents';
import { endSession, GRAPHQL_URL, refreshSession, requestHeaders, session } from '../auth/session';
import { currentLocale } from '../i18n/i18n';

function operationName(body: BodyInit | null | undefined): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown };
    return typeof parsed.operationName === 'string' ? parsed.operationName : undefined;
  } catch {
    return undefined;
  }
}

async function isUnauthenticated(response: Response): Promise<boolean> {
  try {
    const result = (await response.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] };
    return result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? false;
  } catch {
    return false;
  }
}

/**
 * Adds the bearer token and the interface language to each request. When the server says UNAUTHENTICATED (an
 * access token that has run out), it renews the session once and retries; if renewal fails, the session ends
 * and the app goes back to the login page.
 */
const sessionFetch: typeof fetch = async (input, init) => {
  const send = () => fetch(input, { ...init, headers: requestHeaders(init?.headers) });
  const response = await send();
  const name = operationName(init?.body);
  if (name && AUTH_OPERATION_NAMES.has(name)) return response;
  if (!(await isUnauthenticated(response))) return response;
  if (!(await refreshSession())) {
    endSession(true);
    return response;
  }
  return send();
};

/** The server closes a socket without a live session with this code (see the API's graphql options). */
const FORBIDDEN_CLOSE = 4403;

function websocketUrl(): string {
  const url = new URL(GRAPHQL_URL, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * One socket for subscriptions, opened on the first one and closed after the last. Each (re)connection reads
 * the access token afresh; when the server refuses it (the token ran out while the socket was down), the session
 * is renewed once before the next attempt, and ended if that fails.
 */
function createSubscriptionClient(): WsClient {
  let renewBeforeConnecting = false;
  return createWsClient({
    url: websocketUrl(),
    lazy: true,
    retryAttempts: 20,
    shouldRetry: () => true,
    connectionParams: async () => {
      if (renewBeforeConnecting || !session.accessToken()) {
        renewBeforeConnecting = false;
        if (!(await refreshSession())) {
          endSession(true);
          throw new Error('Session ended');
        }
      }
      return { Authorization: `Bearer ${session.accessToken() ?? ''}`, 'Accept-Language': currentLocale() };
    },
    on: {
      closed: (event) => {
        if ((event as CloseEvent | undefined)?.code === FORBIDDEN_CLOSE) renewBeforeConnecting = true;
      },
    },
  });
}

export interface GraphqlClient {
  client: Client;
  /** Closes the subscription socket: the session it was opened for is over. */
  dispose: () => void;
}

export function createGraphqlClient(): GraphqlClient {
  const ws = createSubscriptionClient();
  const client = new Client({
    url: GRAPHQL_URL,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
    fetch: sessionFetch,
    // POST always: Apollo refuses GET requests without a CSRF preflight header.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
  return { client, dispose: () => void ws.dispose() };
}
