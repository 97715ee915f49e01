/**
 * Disclosure control for the figures liaisons read: the cell key method (as the Australian Bureau of Statistics'
 * TableBuilder and the ONS's 2021 census tables publish flexible tables), with small-count suppression on top.
 *
 * - Every interaction and every referral carries a secret random record key (a 32-bit integer drawn by the
 *   database when the row is written, never sent out). A cell's key is the sum of the record keys of the
 *   records in it, modulo 2^32: the same records give the same key, whichever table, filter, export or day
 *   they are counted in, and one record more or less gives an unrelated key.
 * - A cell's released value is its true count plus a perturbation read off the cell key (and the measure
 *   counted, so that the young people and the interactions of the same records are perturbed apart). The
 *   perturbation follows a two-sided geometric distribution: most cells move by 0 or 1, none by more than
 *   `MAX_PERTURBATION`. The same cell therefore has the same released value wherever and whenever it appears:
 *   asking again, or asking around, teaches nothing new.
 * - A true count from 1 to k−1 is never shown, and nor is a perturbed count below k: such a cell is hidden.
 *   Zero stays zero (a cell without records points to no one).
 * - Totals are cells of their own (the records of the whole row), perturbed by their own key, not sums of the
 *   released cells: subtracting released cells from a released total gives the hidden cell plus the noise of
 *   every figure used, never the cell itself.
 */

/** The smallest count a liaison may see: counts from 1 to k−1 are never shown (k = 5 unless a week says otherwise). */
export const DEFAULT_MIN_COUNT = 5;

export interface Cell {
  /** The released count; null where it is hidden, or where the day it counts has not come yet. */
  value: number | null;
  /** Hidden by disclosure control (a count from 1 to k−1, or one perturbed below k). */
  suppressed: boolean;
  /** A day of the week that has not begun yet in the week's zone: no figure, not a zero. */
  pending: boolean;
}

/** What is counted: each measure gets its own perturbation of the same records. */
export const MEASURES = ['interactions', 'youngPeople', 'referrals'] as const;
export type Measure = (typeof MEASURES)[number];

/** Keys are integers modulo 2^32. */
export const CELL_KEY_MODULUS = 2 ** 32;

/**
 * The ratio of the two-sided geometric distribution: P(perturbation = ±m) is proportional to RATIO^|m|. At 0.35
 * about 48 % of cells keep their value, 82 % move by at most 1, 94 % by at most 2 and 98 % by at most 3;
 * the mean absolute change is 0.8. Larger ratios protect more and tell less.
 */
export const PERTURBATION_RATIO = 0.35;

const SALT: Record<Measure, number> = {
  interactions: 0x9e3779b9,
  youngPeople: 0x85ebca6b,
  referrals: 0xc2b2ae35,
};

/** Adds keys (or sums of keys, which may be negative or beyond 2^53 in SQL) modulo 2^32. */
export function addKeys(...keys: readonly number[]): number {
  let sum = 0;
  for (const key of keys) sum = (sum + (key % CELL_KEY_MODULUS) + CELL_KEY_MODULUS) % CELL_KEY_MODULUS;
  return sum;
}

/** MurmurHash3's finaliser: a bijection of 32-bit integers that spreads every input bit over the output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** P(perturbation ≥ m) = P(perturbation ≤ −m) for m ≥ 1. */
const tail = (m: number) => PERTURBATION_RATIO ** m / (1 + PERTURBATION_RATIO);

/** The perturbation a cell key gives a measure: the quantile of the two-sided geometric distribution at the key. */
export function perturbation(cellKey: number, measure: Measure): number {
  // The position of the key in [0, 1), as a multiple of 2^-32; its mirror 1 − u for the upper tail.
  const h = mix32(addKeys(cellKey) ^ SALT[measure]);
  const u = h / CELL_KEY_MODULUS;
  const upper = (CELL_KEY_MODULUS - h) / CELL_KEY_MODULUS;
  const below = u < tail(1);
  const above = upper <= tail(1);
  if (!below && !above) return 0;
  const p = below ? u : upper;
  let m = 1;
  // Key 0 lies below every tail: it takes the largest perturbation, as the next keys do.
  while (m < MAX_PERTURBATION && (below ? p < tail(m + 1) : p <= tail(m + 1))) m++;
  return below ? -m : m;
}

/**
 * The largest perturbation any key can give: what a reader who knows the method (all of it but the record keys)
 * may assume at most. Computed from the distribution at the smallest step of a 32-bit key.
 */
export const MAX_PERTURBATION = (() => {
  let m = 1;
  while (tail(m + 1) >= 1 / CELL_KEY_MODULUS) m++;
  return m;
})();

/** The perturbation that 95 % of cells stay within, for the reader's note on what the figures mean. */
export const TYPICAL_PERTURBATION = (() => {
  let m = 0;
  while (2 * tail(m + 1) > 0.05) m++;
  return m;
})();

const HIDDEN: Cell = { value: null, suppressed: true, pending: false };

/** A figure as a liaison may see it: the true count `value` of the records whose keys add up to `cellKey`. */
export function releaseCount(
  value: number,
  cellKey: number,
  measure: Measure,
  minCount = DEFAULT_MIN_COUNT,
): Cell {
  if (value === 0) return { value: 0, suppressed: false, pending: false };
  if (value < minCount) return HIDDEN;
  const released = value + perturbation(cellKey, measure);
  return released < minCount ? HIDDEN : { value: released, suppressed: false, pending: false };
}

/** A figure as it is: for coordinators, and for what is not about young people (sessions, patrol hours). */
export const exactCount = (value: number): Cell => ({ value, suppressed: false, pending: false });

/** A day that has not begun: nothing to show, and nothing to draw as zero. */
export const PENDING_COUNT: Cell = { value: null, suppressed: false, pending: true };
