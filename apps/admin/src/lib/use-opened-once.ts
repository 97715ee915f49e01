import { useState } from 'react';

/**
 * True from the first time `opened` is true on: a dialog loaded lazily is fetched when it is first opened, and then
 * stays mounted, so that it closes (and opens again) with its transition like any other.
 */
export function useOpenedOnce(opened: boolean): boolean {
  const [once, setOnce] = useState(opened);
  if (opened && !once) setOnce(true);
  return once || opened;
}
