import {
  addKeys,
  Cell,
  DEFAULT_MIN_COUNT,
  exactCount,
  Measure,
  PENDING_COUNT,
  releaseCount,
} from './cell-key';

/** The true count of one cell and the key of its records (their record keys added up, modulo 2^32). */
export interface KeyedCount {
  row: string;
  col: string;
  n: number;
  key: number;
}

export interface OutcomeTable {
  rows: string[];
  columns: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

export interface OutcomeTableOptions {
  measure: Measure;
  /** k: counts from 1 to k−1 are never shown. */
  minCount?: number;
  /** The exact figures (coordinators): no perturbation, nothing hidden. */
  exact?: boolean;
  /** Columns of days that have not begun: their cells and totals are pending, not zero. */
  pendingColumns?: readonly string[];
}

interface Tally {
  n: number;
  key: number;
}

const add = (a: Tally, b: Tally): Tally => ({ n: a.n + b.n, key: addKeys(a.key, b.key) });
const EMPTY: Tally = { n: 0, key: 0 };

/**
 * A table of counts by row and column, each cell and each total released on its own: a total is the cell of all
 * the records of its line (its count and key are the sums of its cells'), perturbed by its own key, never the sum
 * of released cells. Every release goes through `releaseCount`, so the same records give the same figure in every
 * table, filter and export.
 */
export function releaseTable(
  rows: readonly string[],
  columns: readonly string[],
  counts: readonly KeyedCount[],
  { measure, minCount = DEFAULT_MIN_COUNT, exact = false, pendingColumns = [] }: OutcomeTableOptions,
): OutcomeTable {
  // One pass over the counts, then one lookup per cell (not a scan of the counts for each cell).
  const at = (row: string, col: string) => `${row}\u0000${col}`;
  const byCell = new Map<string, Tally>();
  for (const c of counts)
    byCell.set(
      at(c.row, c.col),
      add(byCell.get(at(c.row, c.col)) ?? EMPTY, { n: Number(c.n), key: Number(c.key) }),
    );
  const grid = rows.map((row) => columns.map((col) => byCell.get(at(row, col)) ?? EMPTY));
  const rowTotals = grid.map((line) => line.reduce(add, EMPTY));
  const columnTotals = columns.map((_, c) => grid.reduce((sum, line) => add(sum, line[c]), EMPTY));
  const grandTotal = rowTotals.reduce(add, EMPTY);

  const pending = new Set(pendingColumns);
  const release = (tally: Tally) =>
    exact ? exactCount(tally.n) : releaseCount(tally.n, tally.key, measure, minCount);
  const inColumn = (c: number, tally: Tally) => (pending.has(columns[c]) ? PENDING_COUNT : release(tally));
  return {
    rows: [...rows],
    columns: [...columns],
    cells: grid.map((line) => line.map((tally, c) => inColumn(c, tally))),
    rowTotals: rowTotals.map(release),
    columnTotals: columnTotals.map((tally, c) => inColumn(c, tally)),
    grandTotal: release(grandTotal),
  };
}
