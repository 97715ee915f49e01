import { zonedParts } from '@empact/domain';

/** The hours the board shows, in the zone it is shown in: a working day with its evening. */
export const FIRST_HOUR = 7;
export const LAST_HOUR = 23;

export interface Placed<T> {
  item: T;
  day: string;
  /** Minutes after FIRST_HOUR, clamped to the board. */
  top: number;
  height: number;
  lane: number;
  lanes: number;
  /** The session runs on before or after the hours shown. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

interface Timed {
  startsAt: string;
  endsAt: string;
}

/**
 * Where each session goes on the board: its day column, its top and height in minutes, and a lane so that
 * parallel sessions stand side by side rather than on top of each other.
 */
export function placeSessions<T extends Timed>(
  sessions: readonly T[],
  days: readonly string[],
  timeZone: string,
): Placed<T>[] {
  const span = (LAST_HOUR - FIRST_HOUR) * 60;
  const placed: Placed<T>[] = [];
  for (const item of sessions) {
    const start = zonedParts(new Date(item.startsAt), timeZone);
    const end = zonedParts(new Date(item.endsAt), timeZone);
    if (!days.includes(start.day)) continue;
    const endMinutes = end.day === start.day ? end.minutes : 24 * 60;
    const top = Math.max(0, start.minutes - FIRST_HOUR * 60);
    const bottom = Math.min(span, endMinutes - FIRST_HOUR * 60);
    placed.push({
      item,
      day: start.day,
      top: Math.min(top, span - 30),
      height: Math.max(30, bottom - top),
      lane: 0,
      lanes: 1,
      clippedStart: start.minutes < FIRST_HOUR * 60,
      clippedEnd: endMinutes > LAST_HOUR * 60,
    });
  }
  for (const day of days) {
    const ofDay = placed.filter((p) => p.day === day).sort((a, b) => a.top - b.top || b.height - a.height);
    // Clusters of sessions that overlap one another share the column's width.
    let cluster: Placed<T>[] = [];
    let clusterEnd = -1;
    const close = () => {
      const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
      cluster.forEach((p) => (p.lanes = lanes));
      cluster = [];
    };
    for (const entry of ofDay) {
      if (entry.top >= clusterEnd) close();
      const laneEnds: number[] = [];
      for (const other of cluster)
        laneEnds[other.lane] = Math.max(laneEnds[other.lane] ?? -1, other.top + other.height);
      let lane = 0;
      while (laneEnds[lane] !== undefined && laneEnds[lane] > entry.top) lane += 1;
      entry.lane = lane;
      cluster.push(entry);
      clusterEnd = Math.max(clusterEnd, entry.top + entry.height);
    }
    close();
  }
  return placed;
}
