import { useEffect } from 'react';

/**
 * Runs `callback` every `everyMs` while the page is in view, and at once when it comes back into view, so that what
 * the page shows follows the week without a reload and a tab left in the background costs the server nothing.
 */
export function useWhileVisible(callback: () => void, everyMs: number): void {
  useEffect(() => {
    let timer: number | undefined;
    const stop = () => {
      if (timer !== undefined) window.clearInterval(timer);
      timer = undefined;
    };
    const start = () => {
      stop();
      timer = window.setInterval(callback, everyMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        callback();
        start();
      } else stop();
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [callback, everyMs]);
}
