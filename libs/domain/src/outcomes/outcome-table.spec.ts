import { addKeys } from './cell-key';
import { KeyedCount, releaseTable } from './outcome-table';

/** Records with random keys, each in a country, on a day: the microdata the tables count. */
const records = Array.from({ length: 300 }, (_, i) => ({
  // Iceland has one record in twenty-five (a few a day), the others share the rest.
  country: i % 25 === 0 ? 'IS' : ['NO', 'BE', 'NL', 'FI'][i % 4],
  day: ['MON', 'TUE', 'WED'][Math.floor(i / 7) % 3],
  key: (Math.imul(i + 1, 2654435761) >>> 0) ^ 0x5bd1e995,
}));

function countsBy(
  filter: (r: (typeof records)[number]) => boolean,
  col: (r: (typeof records)[number]) => string,
): KeyedCount[] {
  const cells = new Map<string, KeyedCount>();
  for (const r of records.filter(filter)) {
    const id = `${r.country}|${col(r)}`;
    const cell = cells.get(id) ?? { row: r.country, col: col(r), n: 0, key: 0 };
    cell.n += 1;
    cell.key = addKeys(cell.key, r.key);
    cells.set(id, cell);
  }
  return [...cells.values()];
}

const COUNTRIES = ['NO', 'BE', 'NL', 'IS', 'FI'];
const DAYS = ['MON', 'TUE', 'WED'];

describe(releaseTable.name, () => {
  const byDay = releaseTable(
    COUNTRIES,
    DAYS,
    countsBy(
      () => true,
      (r) => r.day,
    ),
    { measure: 'interactions' },
  );

  it('gives a cell the same figure in every table it appears in, totals included', () => {
    for (const day of DAYS) {
      const oneDay = releaseTable(
        COUNTRIES,
        [day],
        countsBy(
          (r) => r.day === day,
          (r) => r.day,
        ),
        { measure: 'interactions' },
      );
      const c = DAYS.indexOf(day);
      expect(oneDay.cells.map((row) => row[0])).toEqual(byDay.cells.map((row) => row[c]));
      expect(oneDay.columnTotals[0]).toEqual(byDay.columnTotals[c]);
      // A one-column table's row totals are its cells: the same records, the same figure.
      expect(oneDay.rowTotals).toEqual(oneDay.cells.map((row) => row[0]));
    }
    // The country rows of a table with one column for the whole week are the row totals of the day table.
    const week = releaseTable(
      COUNTRIES,
      ['ALL'],
      countsBy(
        () => true,
        () => 'ALL',
      ),
      { measure: 'interactions' },
    );
    expect(week.cells.map((row) => row[0])).toEqual(byDay.rowTotals);
    expect(week.grandTotal).toEqual(byDay.grandTotal);
  });

  it('hides the small cells, shows zero, and perturbs totals on their own', () => {
    const is = COUNTRIES.indexOf('IS');
    const exact = releaseTable(
      COUNTRIES,
      DAYS,
      countsBy(
        () => true,
        (r) => r.day,
      ),
      { measure: 'interactions', exact: true },
    );
    const trueIs = exact.cells[is].map((c) => c.value!);
    expect(trueIs.some((v) => v > 0 && v < 5)).toBe(true);
    byDay.cells[is].forEach((cell, c) => {
      if (trueIs[c] === 0) expect(cell).toEqual({ value: 0, suppressed: false, pending: false });
      else if (trueIs[c] < 5) expect(cell.suppressed).toBe(true);
    });
    expect(exact.grandTotal.value).toBe(300);
    expect(Math.abs(byDay.grandTotal.value! - 300)).toBeLessThanOrEqual(20);
    // The released total is not the sum of the released cells (which would undo the perturbation of each).
    const sums = byDay.rowTotals.map((total, r) => [
      total.value,
      byDay.cells[r].reduce((s, c) => s + (c.value ?? 0), 0),
    ]);
    expect(sums.some(([total, sum]) => total !== sum)).toBe(true);
  });

  it('marks the days to come as pending, not as zero, in cells and column totals', () => {
    const table = releaseTable(
      COUNTRIES,
      DAYS,
      countsBy(
        (r) => r.day !== 'WED',
        (r) => r.day,
      ),
      { measure: 'interactions', pendingColumns: ['WED'] },
    );
    expect(table.cells.every((row) => row[2].pending && row[2].value === null && !row[2].suppressed)).toBe(
      true,
    );
    expect(table.columnTotals[2].pending).toBe(true);
    expect(table.cells.some((row) => row[0].pending)).toBe(false);
  });
});
