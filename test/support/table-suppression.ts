/** The smallest count a liaison may see: counts from 1 to k−1 are never shown (k = 5 unless a week says otherwise). */
export const DEFAULT_MIN_COUNT = 5;

export interface Cell {
  /** The count, or null when it is suppressed. Zero is always shown: it points to no one. */
  value: number | null;
  suppressed: boolean;
}

export interface SuppressedTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

/**
 * Small-count suppression for a table with row, column and grand totals.
 *
 * Primary: every count (cell or total) from 1 to k−1 is hidden. Complementary: as long as some line — a row with
 * its total, a column with its total, the row totals with the grand total, the column totals with the grand total —
 * has exactly one hidden entry while its sum is known, one more entry of that line is hidden (the smallest non-zero
 * shown cell, else the line's total), so that no hidden value can be worked out by subtracting the shown ones.
 * Zeros stay shown: suppressing a zero protects no one.
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  minCount = DEFAULT_MIN_COUNT,
): SuppressedTable {
  const rows = counts.length;
  const columns = rows ? counts[0].length : 0;
  const rowTotal = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotal = Array.from({ length: columns }, (_, c) => counts.reduce((sum, row) => sum + row[c], 0));
  const grand = rowTotal.reduce((a, b) => a + b, 0);

  const small = (v: number) => v > 0 && v < minCount;
  const hidden = counts.map((row) => row.map(small));
  const hiddenRow = rowTotal.map(small);
  const hiddenColumn = columnTotal.map(small);
  let hiddenGrand = small(grand);

  /** A line: its entries (value and whether hidden, with a setter) and its total. */
  interface Entry {
    value: number;
    isHidden: () => boolean;
    hide: () => void;
  }
  const entry = (value: number, isHidden: () => boolean, hide: () => void): Entry => ({
    value,
    isHidden,
    hide,
  });
  const lines: { entries: Entry[]; total: Entry }[] = [];
  for (let r = 0; r < rows; r++) {
    lines.push({
      entries: counts[r].map((v, c) =>
        entry(
          v,
          () => hidden[r][c],
          () => (hidden[r][c] = true),
        ),
      ),
      total: entry(
        rowTotal[r],
        () => hiddenRow[r],
        () => (hiddenRow[r] = true),
      ),
    });
  }
  for (let c = 0; c < columns; c++) {
    lines.push({
      entries: counts.map((row, r) =>
        entry(
          row[c],
          () => hidden[r][c],
          () => (hidden[r][c] = true),
        ),
      ),
      total: entry(
        columnTotal[c],
        () => hiddenColumn[c],
        () => (hiddenColumn[c] = true),
      ),
    });
  }
  const grandEntry = entry(
    grand,
    () => hiddenGrand,
    () => (hiddenGrand = true),
  );
  lines.push({
    entries: rowTotal.map((v, r) =>
      entry(
        v,
        () => hiddenRow[r],
        () => (hiddenRow[r] = true),
      ),
    ),
    total: grandEntry,
  });
  lines.push({
    entries: columnTotal.map((v, c) =>
      entry(
        v,
        () => hiddenColumn[c],
        () => (hiddenColumn[c] = true),
      ),
    ),
    total: grandEntry,
  });

  // Each pass hides at least one more entry, so this ends.
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.total.isHidden()) continue;
      const hiddenEntries = line.entries.filter((e) => e.isHidden());
      if (hiddenEntries.length !== 1) continue;
      const candidates = line.entries
        .filter((e) => !e.isHidden() && e.value > 0)
        .sort((a, b) => a.value - b.value);
      (candidates[0] ?? line.total).hide();
      changed = true;
    }
  }

  const cell = (value: number, isHidden: boolean): Cell =>
    isHidden ? { value: null, suppressed: true } : { value, suppressed: false };
  return {
    cells: counts.map((row, r) => row.map((v, c) => cell(v, hidden[r][c]))),
    rowTotals: rowTotal.map((v, r) => cell(v, hiddenRow[r])),
    columnTotals: columnTotal.map((v, c) => cell(v, hiddenColumn[c])),
    grandTotal: cell(grand, hiddenGrand),
  };
}

/** The same for a single list of counts with its total (one row). */
export function suppressList(
  counts: readonly number[],
  minCount = DEFAULT_MIN_COUNT,
): { cells: Cell[]; total: Cell } {
  const table = suppressTable([counts], minCount);
  return { cells: table.cells[0], total: table.rowTotals[0] };
}
