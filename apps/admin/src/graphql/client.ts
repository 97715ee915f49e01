import { cacheExchange, Client, fetchExchange } from 'urql';
import { AUTH_OPERATION_NAMES } from '../auth/auth.documents';
import { endSession, GRAPHQL_URL, refreshSession, requestHeaders } from '../auth/session';

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

export function createGraphqlClient(): Client {
  return new Client({
    url: GRAPHQL_URL,
    exchanges: [cacheExchange, fetchExchange],
    fetch: sessionFetch,
    // POST always: Apollo refuses GET requests without a CSRF preflight header.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
