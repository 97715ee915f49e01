import { useEffect } from 'react';
import { useSubscription } from 'urql';
import { endSession } from '../../auth/session';
import { SessionEndedSubscription } from '../../auth/session-ended.documents';

/**
 * Listens for the server saying this sign-in is over (account disabled, password set, signed out elsewhere), so
 * an open tab goes back to the login page with a notice instead of failing at the next click.
 */
export function SessionEndedWatcher() {
  const [{ data }] = useSubscription({ query: SessionEndedSubscription });
  const ended = data?.sessionEnded;
  useEffect(() => {
    if (ended) endSession(true);
  }, [ended]);
  return null;
}
