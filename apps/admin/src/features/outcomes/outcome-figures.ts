import type { CountTableFieldsFragment } from '../../gql/graphql';

export type CountTableData = CountTableFieldsFragment;
export type CountCell = CountTableData['cells'][number][number];

/**
 * What a chart may draw for a count: the number, or null where it is suppressed, so that a hidden small count is
 * never plotted (the bar segment or the line point is left out) and never read back from the drawing.
 */
export function chartValue(cell: CountCell | undefined): number | null {
  if (!cell || cell.suppressed) return null;
  return cell.value ?? 0;
}

/** Whether any cell or total of the table is suppressed: the table then carries the explanation. */
export function hasSuppressed(table: CountTableData): boolean {
  return (
    table.grandTotal.suppressed ||
    table.rowTotals.some((cell) => cell.suppressed) ||
    table.columnTotals.some((cell) => cell.suppressed) ||
    table.cells.some((row) => row.some((cell) => cell.suppressed))
  );
}

/** The largest shown count among the cells (not the totals), for shading a heat map. */
export function largestShown(table: CountTableData): number {
  let largest = 0;
  for (const row of table.cells)
    for (const cell of row) if (!cell.suppressed && (cell.value ?? 0) > largest) largest = cell.value ?? 0;
  return largest;
}

/** A count's share of the largest one, from 0 to 1; 0 for zero, hidden or empty tables. */
export function heatShare(cell: CountCell, largest: number): number {
  if (cell.suppressed || largest <= 0) return 0;
  return Math.max(0, Math.min(1, (cell.value ?? 0) / largest));
}

/** A column of the table by its key ("HELD", a day, ...), or undefined when the key is not there. */
export function columnTotal(table: CountTableData, key: string): CountCell | undefined {
  const index = table.columns.indexOf(key);
  return index < 0 ? undefined : table.columnTotals[index];
}

/** The total patrol hours, rounded to a tenth as the API rounds each country's. */
export function totalHours(hours: readonly { hours: number }[]): number {
  return Math.round(hours.reduce((sum, entry) => sum + entry.hours, 0) * 10) / 10;
}

/**
 * The table with its columns in the vocabulary's own order (topics as the log form lists them, age bands from the
 * youngest), codes the list does not know last; the API sends them sorted by code.
 */
export function inOrder(table: CountTableData, order: readonly string[]): CountTableData {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  const positions = table.columns
    .map((_, c) => c)
    .sort((a, b) => rank(table.columns[a]) - rank(table.columns[b]) || a - b);
  return {
    ...table,
    columns: positions.map((c) => table.columns[c]),
    cells: table.cells.map((row) => positions.map((c) => row[c])),
    columnTotals: positions.map((c) => table.columnTotals[c]),
  };
}
