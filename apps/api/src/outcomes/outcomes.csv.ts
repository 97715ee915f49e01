import { stringify } from 'csv-stringify/sync';
import { PassThrough } from 'node:stream';
import type { CountObject } from './dto/outcomes.object';
import type { LabelledTable, OutcomeLabels } from './outcomes.labels';
import type { OutcomesReport } from './outcomes.service';

/** The code of a totals line or column in the long CSV. */
export const TOTAL = 'TOTAL';

/** RFC 4180 (CRLF, quotes where needed), UTF-8 with a byte-order mark so that spreadsheets read the letters right. */
const csv = (records: string[][]) => stringify(records, { bom: true, record_delimiter: 'windows' });

/** A count for machines: digits, or empty where it is hidden or its day has not begun. */
const plain = (count: CountObject) => (count.suppressed || count.value === null ? '' : String(count.value));

/**
 * Every figure of the outcomes in one long table: which table, row and column (code and name in the reader's
 * language), the count, whether it is hidden and whether its day has not begun. Totals are rows with the code
 * TOTAL. Hidden and pending counts are empty. The last records (table `about`) say how the figures were protected.
 */
export function outcomesCsv(report: OutcomesReport, labels: OutcomeLabels): string {
  const t = (key: string) => labels.t(key);
  const yesNo = (flag: boolean) => (flag ? t('yes') : t('no'));
  const records: string[][] = [
    [
      t('outcomes.csv.table'),
      t('outcomes.csv.tableName'),
      t('outcomes.csv.row'),
      t('outcomes.csv.rowName'),
      t('outcomes.csv.column'),
      t('outcomes.csv.columnName'),
      t('outcomes.csv.count'),
      t('outcomes.csv.hidden'),
      t('outcomes.csv.pending'),
    ],
  ];
  for (const { name, title, table, rowNames, columnNames } of labels.tables(report.outcomes)) {
    const add = (row: string, rowName: string, column: string, columnName: string, count: CountObject) =>
      records.push([
        name,
        title,
        row,
        rowName,
        column,
        columnName,
        plain(count),
        yesNo(count.suppressed),
        yesNo(count.pending),
      ]);
    table.rows.forEach((row, r) => {
      table.columns.forEach((column, c) => add(row, rowNames[r], column, columnNames[c], table.cells[r][c]));
      add(row, rowNames[r], TOTAL, t('outcomes.total'), table.rowTotals[r]);
    });
    table.columns.forEach((column, c) =>
      add(TOTAL, t('outcomes.total'), column, columnNames[c], table.columnTotals[c]),
    );
    add(TOTAL, t('outcomes.total'), TOTAL, t('outcomes.total'), table.grandTotal);
  }
  const hours = t('outcomes.hours');
  for (const { country, hours: value } of report.outcomes.patrolHours) {
    records.push([
      'patrolHours',
      t('outcomes.tables.patrolHours'),
      country,
      labels.country(country),
      'HOURS',
      hours,
      String(value),
      t('no'),
      t('no'),
    ]);
  }
  const about = t('outcomes.about');
  records.push([
    'about',
    about,
    'PROTECTION',
    t('outcomes.protection'),
    report.outcomes.protection.method,
    labels.protectionNote(report.outcomes),
    '',
    '',
    '',
  ]);
  records.push([
    'about',
    about,
    'SESSIONS',
    t('outcomes.tables.sessions'),
    'EXACT',
    t('outcomes.sessionsNote'),
    '',
    '',
    '',
  ]);
  return csv(records);
}

/** One table as a spreadsheet would show it: names across and down, totals last, hidden counts empty. */
function wideCsv(
  { table, rowNames, columnNames }: LabelledTable,
  labels: OutcomeLabels,
  corner: string,
): string {
  const total = labels.t('outcomes.total');
  return csv([
    [corner, ...columnNames, total],
    ...table.rows.map((_, r) => [rowNames[r], ...table.cells[r].map(plain), plain(table.rowTotals[r])]),
    [total, ...table.columnTotals.map(plain), plain(table.grandTotal)],
  ]);
}

/** The outcomes as a ZIP archive: one CSV per table, and a note on what the empty cells mean. */
export async function outcomesZip(report: OutcomesReport, labels: OutcomeLabels): Promise<Buffer> {
  // Loaded on the first archive, not at start-up.
  const { default: archiver } = await import('archiver');
  const archive = archiver('zip', { zlib: { level: 9 } });
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    archive.on('error', reject);
  });
  archive.pipe(sink);
  for (const labelled of labels.tables(report.outcomes)) {
    const corner =
      labelled.name === 'referrals' ? labels.t('outcomes.urgency') : labels.t('outcomes.country');
    archive.append(wideCsv(labelled, labels, corner), { name: `${labelled.name}.csv` });
  }
  archive.append(
    csv([
      [labels.t('outcomes.country'), labels.t('outcomes.hours')],
      ...report.outcomes.patrolHours.map((h) => [labels.country(h.country), String(h.hours)]),
    ]),
    { name: 'patrolHours.csv' },
  );
  const about = [
    `${labels.t('outcomes.title')}: ${report.week.title}`,
    '',
    ...labels.facts(report).map(([label, value]) => `${label}: ${value}`),
    '',
    ...labels.legends(report.outcomes),
    '',
  ].join('\r\n');
  archive.append(`\ufeff${about}`, { name: 'README.txt' });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}
