import { useEffect } from 'react';

const POLL_MS = 10_000;

/**
 * Refetches every ten seconds while the page is in view, and at once when it comes back into view, so that the
 * figures follow the week without a reload and a tab left in the background costs the server nothing.
 */
export function usePollWhileVisible(refetch: () => void): void {
  useEffect(() => {
    let timer: number | undefined;
    const stop = () => {
      if (timer !== undefined) window.clearInterval(timer);
      timer = undefined;
    };
    const start = () => {
      stop();
      timer = window.setInterval(refetch, POLL_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        refetch();
        start();
      } else stop();
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [refetch]);
}
