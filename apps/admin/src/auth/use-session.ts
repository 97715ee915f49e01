import { useSyncExternalStore } from 'react';
import type { Actor } from '@empact/domain';
import { session, type SessionAccount, type SessionState } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

export function useSessionGeneration(): number {
  return useSyncExternalStore(session.subscribe, session.getGeneration);
}

/** The signed-in account; only for components rendered inside the signed-in shell. */
export function useAccount(): SessionAccount {
  const state = useSession();
  if (state.status !== 'signedIn') throw new Error('useAccount outside a signed-in session');
  return state.account;
}

export function toActor(account: SessionAccount): Actor {
  return { id: account.id, roles: account.roles, country: account.country ?? null };
}
