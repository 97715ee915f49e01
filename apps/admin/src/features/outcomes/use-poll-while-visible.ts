import { useWhileVisible } from '../../lib/use-while-visible';

const POLL_MS = 10_000;

/** Refetches every ten seconds while the page is in view, and at once when it comes back into view. */
export function usePollWhileVisible(refetch: () => void): void {
  useWhileVisible(refetch, POLL_MS);
}
