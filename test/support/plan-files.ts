import { PLAN_IMPORT_COLUMNS, type PlanImportColumn } from '@empact/domain';
import ExcelJS from 'exceljs';

/** One session of a plan file, by column key; a column left out is an empty cell. */
export type PlanFileRow = Partial<Record<PlanImportColumn, string>>;

export interface PlanCsvOptions {
  /** The header row; the template's columns by default. */
  header?: readonly string[];
  /** "," by default; Excel writes ";" in locales with a decimal comma. */
  delimiter?: string;
  /** A UTF-8 byte order mark first, as Excel writes "CSV UTF-8". */
  bom?: boolean;
}

const quote = (value: string, delimiter: string) =>
  /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;

/** A plan as a CSV file (RFC 4180, CRLF), the way a spreadsheet saves one. */
export function planCsv(rows: readonly PlanFileRow[], options: PlanCsvOptions = {}): Buffer {
  const header = options.header ?? PLAN_IMPORT_COLUMNS;
  const delimiter = options.delimiter ?? ',';
  const lines = [header, ...rows.map((row) => header.map((column) => row[column as PlanImportColumn] ?? ''))];
  const text = lines.map((cells) => cells.map((cell) => quote(cell, delimiter)).join(delimiter)).join('\r\n');
  return Buffer.from(`${options.bom ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}

export interface PlanXlsxOptions {
  header?: readonly string[];
  /** The sheet's name: "Plan" as in the template. */
  sheet?: string;
  /**
   * Write dates and times as Excel does when a person types them into cells not formatted as text: a date cell and
   * fractions of a day (09:30 is 0.3958…), rather than text.
   */
  excelValues?: boolean;
  /** Sheets to add before the plan (a workbook whose first sheet is not the plan). */
  before?: string[];
}

/** A plan as an XLSX workbook. */
export async function planXlsx(rows: readonly PlanFileRow[], options: PlanXlsxOptions = {}): Promise<Buffer> {
  const header = options.header ?? PLAN_IMPORT_COLUMNS;
  const workbook = new ExcelJS.Workbook();
  for (const name of options.before ?? []) workbook.addWorksheet(name).addRow(['not the plan']);
  const sheet = workbook.addWorksheet(options.sheet ?? 'Plan');
  sheet.addRow([...header]);
  for (const row of rows) {
    sheet.addRow(
      header.map((column) => {
        const value = row[column as PlanImportColumn] ?? '';
        if (!options.excelValues || value === '') return value;
        if (column === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
        if ((column === 'start' || column === 'end') && /^\d{2}:\d{2}$/.test(value)) {
          const [hours, minutes] = value.split(':').map(Number);
          return (hours * 60 + minutes) / (24 * 60);
        }
        return value;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A ZIP archive that is no workbook: one text file in it. */
export async function plainZip(): Promise<Buffer> {
  const { default: archiver } = await import('archiver');
  const archive = archiver('zip');
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  archive.append('date,start,end\n', { name: 'plan.txt' });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** The start of a PDF file: binary, not text. */
export const PDF_BYTES = Buffer.concat([
  Buffer.from('%PDF-1.7\n%'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01, 0x02]),
]);
