import { useCallback, useState } from 'react';
import { useWhileVisible } from '../../lib/use-while-visible';

/** How often "now" moves on, and the home page's figures are asked again: every half minute. */
export const NOW_TICK_MS = 30_000;

/**
 * The current moment, moved on every half minute while the page is in view and at once when it comes back into
 * view, so that phases (live, overdue, next) follow the clock; `onTick` runs with each step (a refetch), never while
 * the tab is in the background.
 */
export function useNow(onTick?: () => void, tickMs: number = NOW_TICK_MS): Date {
  const [now, setNow] = useState(() => new Date());
  const tick = useCallback(() => {
    setNow(new Date());
    onTick?.();
  }, [onTick]);
  useWhileVisible(tick, tickMs);
  return now;
}
