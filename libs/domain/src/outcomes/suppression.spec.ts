import { Cell, suppressList, suppressTable, SuppressedTable } from './suppression';

/**
 * For each line (rows, columns, and the totals against the grand total), a shown sum must never leave exactly
 * one hidden entry: otherwise that entry is the sum minus the shown ones.
 */
function derivableCells(table: SuppressedTable): string[] {
  const problems: string[] = [];
  const check = (name: string, entries: Cell[], total: Cell) => {
    if (!total.suppressed && entries.filter((e) => e.suppressed).length === 1) problems.push(name);
  };
  table.cells.forEach((row, r) => check(`row ${r}`, row, table.rowTotals[r]));
  table.columnTotals.forEach((total, c) => check(`column ${c}`, table.cells.map((row) => row[c]), total));
  check('row totals', table.rowTotals, table.grandTotal);
  check('column totals', table.columnTotals, table.grandTotal);
  return problems;
}

describe(suppressTable.name, () => {
  it('hides a cell of 3 and makes sure no total gives it away', () => {
    const table = suppressTable([
      [3, 12, 20],
      [9, 15, 7],
      [11, 0, 30],
    ]);
    expect(table.cells[0][0]).toEqual({ value: null, suppressed: true });
    expect(derivableCells(table)).toEqual([]);
    // The row of the 3 and its column each hide a second cell.
    expect(table.cells[0].filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(table.cells.map((row) => row[0]).filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps zero as zero', () => {
    const table = suppressTable([
      [0, 12],
      [8, 0],
    ]);
    expect(table.cells[0][0]).toEqual({ value: 0, suppressed: false });
    expect(table.grandTotal).toEqual({ value: 20, suppressed: false });
  });

  it('hides a small total even when its cells are zero or hidden', () => {
    const table = suppressTable([
      [2, 0],
      [0, 0],
    ]);
    expect(table.rowTotals[0].suppressed).toBe(true);
    expect(table.grandTotal.suppressed).toBe(true);
    expect(table.cells[1][1]).toEqual({ value: 0, suppressed: false });
  });

  it('hides the total when a line has no other cell to hide', () => {
    const table = suppressTable([[4, 0, 0], [10, 10, 10]]);
    expect(table.cells[0][0].suppressed).toBe(true);
    expect(table.rowTotals[0].suppressed).toBe(true);
    expect(derivableCells(table)).toEqual([]);
  });

  it('leaves a table without small counts untouched', () => {
    const counts = [
      [5, 6],
      [7, 80],
    ];
    const table = suppressTable(counts);
    expect(table.cells.flat().every((c) => !c.suppressed)).toBe(true);
    expect(table.grandTotal.value).toBe(98);
  });

  it('never leaves a hidden value derivable from one line, on many random tables', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(random() * 5);
      const columns = 1 + Math.floor(random() * 6);
      const counts = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random() < 0.3 ? 0 : Math.floor(random() * 25))));
      const table = suppressTable(counts);
      expect(derivableCells(table)).toEqual([]);
      counts.flat().forEach((v, i) => {
        const shown = table.cells.flat()[i];
        if (v > 0 && v < 5) expect(shown.suppressed).toBe(true);
        if (!shown.suppressed) expect(shown.value).toBe(v);
        if (v === 0) expect(shown).toEqual({ value: 0, suppressed: false });
      });
    }
  });

  it('follows the week’s own threshold', () => {
    expect(suppressList([3, 10], 3).cells[0].suppressed).toBe(false);
    expect(suppressList([2, 10], 3).cells[0].suppressed).toBe(true);
  });
});

describe(suppressList.name, () => {
  it('hides a small count and one more, so the total does not give it away', () => {
    const { cells, total } = suppressList([4, 30, 12]);
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, true]);
    expect(total).toEqual({ value: 46, suppressed: false });
  });
});
