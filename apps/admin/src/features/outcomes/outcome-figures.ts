import type { CountTableFieldsFragment } from '../../gql/graphql';

export type CountTableData = CountTableFieldsFragment;
export type CountCell = CountTableData['cells'][number][number];

/**
 * What a chart may draw for a count: the number as the API released it, or null where it is hidden or its day has
 * not begun, so that neither is ever plotted as a value (nor as zero). Hidden counts are drawn as hidden by the
 * chart itself (see `hiddenColumns`).
 */
export function chartValue(cell: CountCell | undefined): number | null {
  if (!cell || cell.suppressed || cell.pending) return null;
  return cell.value ?? 0;
}

/** The columns of a row whose counts are hidden, for the chart's hatched mark and its tooltip. */
export function hiddenColumns(table: CountTableData, row: number): string[] {
  return table.columns.filter((_, c) => table.cells[row]?.[c]?.suppressed === true);
}

/** Whether any count of the table belongs to a day that has not begun. */
export function hasPending(table: CountTableData): boolean {
  return (
    table.columnTotals.some((cell) => cell.pending) ||
    table.cells.some((row) => row.some((cell) => cell.pending))
  );
}

/**
 * The height a chart gives the hatched mark of a row's hidden counts: the same for every row of the chart (a
 * twentieth of its tallest bar, at least 1), so that it marks where counts are hidden without suggesting how many.
 */
export function hiddenMarkHeight(table: CountTableData): number {
  let tallest = 0;
  for (const row of table.cells) {
    const shown = row.reduce((sum, cell) => sum + (chartValue(cell) ?? 0), 0);
    if (shown > tallest) tallest = shown;
  }
  return Math.max(1, Math.round(tallest / 20));
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
