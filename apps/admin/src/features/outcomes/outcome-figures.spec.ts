import { describe, expect, it } from '@jest/globals';
import {
  chartValue,
  columnTotal,
  type CountCell,
  type CountTableData,
  hasPending,
  hasSuppressed,
  heatShare,
  hiddenColumns,
  hiddenMarkHeight,
  inOrder,
  largestShown,
  totalHours,
} from './outcome-figures';

const shown = (value: number): CountCell => ({ value, suppressed: false, pending: false }) as CountCell;
// Below the threshold k the API sends no number at all, only that the count is hidden.
const hidden = (): CountCell => ({ value: null, suppressed: true, pending: false }) as CountCell;
const notYet = (): CountCell => ({ value: null, suppressed: false, pending: true }) as CountCell;

const table = (
  cells: CountCell[][],
  columns = ['BULLYING', 'GROOMING_SEXUAL_EXPLOITATION', 'DRUGS'],
): CountTableData =>
  ({
    rows: cells.map((_, r) => `row-${r}`),
    columns,
    cells,
    rowTotals: cells.map(() => shown(0)),
    columnTotals: columns.map((_, c) => cells[0]?.[c] ?? shown(0)),
    grandTotal: shown(0),
  }) as unknown as CountTableData;

describe('outcome figures', () => {
  it('never draws a hidden count or a day not begun as a number, not even as zero', () => {
    expect(chartValue(hidden())).toBeNull();
    expect(chartValue(notYet())).toBeNull();
    expect(chartValue(undefined)).toBeNull();
    expect(chartValue(shown(0))).toBe(0);
    expect(chartValue(shown(12))).toBe(12);
  });

  it('names the columns whose counts are hidden, and says the table hides some', () => {
    const counts = table([[shown(12), hidden(), shown(7)]]);
    expect(hiddenColumns(counts, 0)).toEqual(['GROOMING_SEXUAL_EXPLOITATION']);
    expect(hasSuppressed(counts)).toBe(true);
    expect(hasSuppressed(table([[shown(12), shown(6), shown(7)]]))).toBe(false);
  });

  it('marks hidden counts with the same small height on every row, whatever they hide', () => {
    const counts = table([
      [shown(60), hidden(), shown(40)],
      [shown(5), hidden(), hidden()],
    ]);
    expect(hiddenMarkHeight(counts)).toBe(5);
    expect(hiddenMarkHeight(table([[hidden(), hidden(), shown(6)]]))).toBe(1);
  });

  it('shades the heat map by the largest shown count, leaving hidden ones blank', () => {
    const counts = table([[shown(20), hidden(), shown(5)]]);
    expect(largestShown(counts)).toBe(20);
    expect(heatShare(shown(5), 20)).toBe(0.25);
    expect(heatShare(hidden(), 20)).toBe(0);
    expect(heatShare(shown(5), 0)).toBe(0);
  });

  it('knows when a day of the table has not begun', () => {
    expect(hasPending(table([[shown(5), notYet(), shown(6)]]))).toBe(true);
    expect(hasPending(table([[shown(5), hidden(), shown(6)]]))).toBe(false);
  });

  it('lists the columns in the vocabulary’s order, unknown codes last', () => {
    const counts = table([[shown(1), shown(2), shown(3)]], ['DRUGS', 'NEW_TOPIC', 'BULLYING']);
    const ordered = inOrder(counts, ['BULLYING', 'GROOMING_SEXUAL_EXPLOITATION', 'DRUGS']);
    expect(ordered.columns).toEqual(['BULLYING', 'DRUGS', 'NEW_TOPIC']);
    expect(ordered.cells[0].map((cell) => cell.value)).toEqual([3, 1, 2]);
    expect(columnTotal(ordered, 'DRUGS')?.value).toBe(1);
    expect(columnTotal(ordered, 'SEXTORTION')).toBeUndefined();
  });

  it('adds the countries’ patrol hours to a tenth', () => {
    expect(totalHours([{ hours: 10.1 }, { hours: 2.2 }, { hours: 0.05 }])).toBe(12.4);
    expect(totalHours([])).toBe(0);
  });
});
