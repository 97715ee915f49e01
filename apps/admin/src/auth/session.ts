import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import type { SessionAccountFieldsFragment } from '../gql/graphql';
import { LogoutMutation, RefreshSessionMutation } from './auth.documents';
import { currentLocale } from '../i18n/i18n';

export type SessionAccount = SessionAccountFieldsFragment;

export interface SessionPayload {
  accessToken: string;
  refreshToken: string;
  account: SessionAccount;
}

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; ended: boolean }
  | { status: 'signedIn'; account: SessionAccount };

export const GRAPHQL_URL = '/graphql';
const REFRESH_TOKEN_KEY = 'empact.refreshToken';

/**
 * The session lives outside React so that the GraphQL client's fetch can read and renew it. The access token
 * stays in memory only (gone with the tab); the refresh token survives a reload in localStorage.
 */
let accessToken: string | null = null;
let state: SessionState = { status: 'restoring' };
let generation = 0;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

function readRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(REFRESH_TOKEN_KEY, token);
    else localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Storage unavailable: the session then ends with the tab.
  }
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getState(): SessionState {
    return state;
  },
  /** Changes whenever one person's session ends, so that nothing cached for them outlives it. */
  getGeneration(): number {
    return generation;
  },
  accessToken(): string | null {
    return accessToken;
  },
  refreshToken(): string | null {
    return readRefreshToken();
  },
};

/** The headers every request carries: who is asking, and in which language they read answers. */
export function requestHeaders(base?: HeadersInit): Headers {
  const headers = new Headers(base);
  headers.set('Accept-Language', currentLocale());
  if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);
  else headers.delete('Authorization');
  return headers;
}

interface RawResult<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL call outside the client, for the session's own upkeep (refresh, logout). */
async function rawRequest<TData, TVariables>(
  operationName: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<RawResult<TData>> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: requestHeaders({
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    }),
    body: JSON.stringify({ operationName, query: stringifyDocument(document), variables }),
  });
  return (await response.json()) as RawResult<TData>;
}

export function startSession(payload: SessionPayload): void {
  accessToken = payload.accessToken;
  writeRefreshToken(payload.refreshToken);
  setState({ status: 'signedIn', account: payload.account });
}

export function updateSessionAccount(account: SessionAccount): void {
  if (state.status === 'signedIn' && state.account.id === account.id)
    setState({ status: 'signedIn', account });
}

/** Ends the session on this device. `ended` tells the login page to say the session ran out. */
export function endSession(ended: boolean): void {
  accessToken = null;
  writeRefreshToken(null);
  generation += 1;
  setState({ status: 'signedOut', ended });
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair. Concurrent callers share one request: the server rotates the refresh
 * token, so a second parallel refresh with the old one would be refused.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = readRefreshToken();
    if (!refreshToken) return false;
    try {
      const result = await rawRequest('RefreshSession', RefreshSessionMutation, { refreshToken });
      const payload = result.data?.refreshSession;
      if (!payload) return false;
      accessToken = payload.accessToken;
      writeRefreshToken(payload.refreshToken);
      if (state.status === 'signedIn') setState({ status: 'signedIn', account: payload.account });
      else startSession(payload);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

let restoring: Promise<void> | null = null;

/** On start: a remembered refresh token becomes a session again, without asking for the password. */
export function restoreSession(): Promise<void> {
  restoring ??= (async () => {
    if (state.status !== 'restoring') return;
    const restored = readRefreshToken() ? await refreshSession() : false;
    if (!restored) {
      accessToken = null;
      writeRefreshToken(null);
      setState({ status: 'signedOut', ended: false });
    }
  })();
  return restoring;
}

/** Signs out on the server (revoking the refresh token) and on this device, even if the server is unreachable. */
export async function signOut(): Promise<void> {
  const refreshToken = readRefreshToken();
  try {
    if (refreshToken) await rawRequest('Logout', LogoutMutation, { refreshToken });
  } catch {
    // The token is forgotten here either way; an unrevoked one expires on its own.
  } finally {
    endSession(false);
  }
}
