import {
  isPlainText,
  PLAN_IMPORT_MAX_BYTES,
  PLAN_IMPORT_MAX_ROWS,
  type PlanFileKind,
  planFileKind,
  planHeader,
  type PlanImportColumn,
  type PlanImportRow,
} from '@empact/domain';
import { parse } from 'csv-parse/sync';
import type { CellValue, Worksheet } from 'exceljs';
import { DomainException } from '../common/errors/domain.exception';
import { zipUncompressedSize } from './zip-directory';

/** A plan file read: its kind and its data rows (blank rows left out), each with its row number in the sheet. */
export interface PlanFile {
  kind: PlanFileKind;
  rows: PlanImportRow[];
}

/**
 * The most a workbook may unpack to. A plan of 2,000 sessions is well under a megabyte of sheet XML; the bound keeps a
 * small archive that unpacks to gigabytes (a "zip bomb") from being opened at all.
 */
const XLSX_MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** The template's sheet of sessions; a workbook without it is read from its first sheet. */
export const PLAN_SHEET = 'Plan';

const MAX_MEGABYTES = `${PLAN_IMPORT_MAX_BYTES / (1024 * 1024)} MB`;

const refuse = (
  code: Extract<
    DomainException['code'],
    'PLAN_IMPORT_FILE_TYPE' | 'PLAN_IMPORT_TOO_LARGE' | 'PLAN_IMPORT_TOO_MANY_ROWS' | 'PLAN_IMPORT_EMPTY'
  >,
  key: string,
  params: Record<string, string | number> = {},
) => new DomainException(code, `planImport.${key}`, params);

/** The size of what a base64 text decodes to, without decoding it. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * Reads a plan file sent as base64: refuses the whole file (with its own code, before any row is checked) when it is
 * too large, not an XLSX workbook or a CSV text file by its content, empty, over the row limit, or when its header row
 * does not name the plan's columns. Neither the content nor a parser's message (which can quote it) is ever logged.
 */
export async function readPlanFile(fileName: string, contentBase64: string): Promise<PlanFile> {
  if (decodedSize(contentBase64) > PLAN_IMPORT_MAX_BYTES)
    throw refuse('PLAN_IMPORT_TOO_LARGE', 'tooLarge', { max: MAX_MEGABYTES });
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw refuse('PLAN_IMPORT_EMPTY', 'empty');
  const kind = planFileKind(fileName, bytes);
  if (!kind) throw refuse('PLAN_IMPORT_FILE_TYPE', 'fileType');
  const records = kind === 'CSV' ? csvRecords(bytes) : await xlsxRecords(bytes);
  return { kind, rows: planRows(records) };
}

/** A record of the file: its row number as a spreadsheet shows it, and its cells as text. */
interface FileRecord {
  row: number;
  cells: string[];
}

/** The delimiter of a CSV file: what its first line holds most of (Excel writes ";" where "," is the decimal mark). */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function csvRecords(bytes: Buffer): FileRecord[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8 (a binary file, or text saved in a legacy code page): refused rather than read with wrong letters.
    throw refuse('PLAN_IMPORT_FILE_TYPE', 'fileType');
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (!isPlainText(text)) throw refuse('PLAN_IMPORT_FILE_TYPE', 'fileType');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    // csv-parse's message quotes the line: only its number goes on.
    const line = (error as { lines?: unknown }).lines;
    throw refuse('PLAN_IMPORT_FILE_TYPE', 'csvMalformed', { line: typeof line === 'number' ? line : '?' });
  }
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

async function xlsxRecords(bytes: Buffer): Promise<FileRecord[]> {
  const unpacked = zipUncompressedSize(bytes);
  if (unpacked === null) throw refuse('PLAN_IMPORT_FILE_TYPE', 'fileType');
  if (unpacked > XLSX_MAX_UNPACKED_BYTES)
    throw refuse('PLAN_IMPORT_TOO_LARGE', 'tooLarge', { max: MAX_MEGABYTES });
  // Loaded when a workbook comes, not when the API starts.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // A ZIP that is no workbook (or a damaged one).
    throw refuse('PLAN_IMPORT_FILE_TYPE', 'fileType');
  }
  const sheet = workbook.getWorksheet(PLAN_SHEET) ?? workbook.worksheets[0];
  // Every workbook has a sheet: a ZIP that loads without one is some other archive.
  if (!sheet) throw refuse('PLAN_IMPORT_FILE_TYPE', 'fileType');
  // The header and one row more than allowed are enough to tell: a sheet of a million rows is not walked.
  if (sheet.actualRowCount > PLAN_IMPORT_MAX_ROWS + 1)
    throw refuse('PLAN_IMPORT_TOO_MANY_ROWS', 'tooManyRows', {
      count: sheet.actualRowCount - 1,
      max: PLAN_IMPORT_MAX_ROWS,
    });
  return sheetRecords(sheet);
}

function sheetRecords(sheet: Worksheet): FileRecord[] {
  const records: FileRecord[] = [];
  let columns: (PlanImportColumn | null)[] | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as CellValue[]).slice(1);
    const cells = Array.from(values, (value, i) => cellText(value, columns?.[i] ?? null));
    // The header row is the first with anything in it: it tells how the cells below are read (dates, times).
    if (!columns) {
      const header = planHeader(cells);
      columns = header.ok ? header.columns : [];
    }
    records.push({ row: rowNumber, cells });
  });
  return records;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clockOfMinutes = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
/** Excel's day 0 for serial dates (1900 system, with its leap-year quirk folded in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell as text, the way the column reads it: a date cell (Excel turns "2025-11-20" typed into a date) as YYYY-MM-DD,
 * a time cell (a fraction of a day) as HH:MM, a link by its text, a formula by its result, rich text as plain text.
 */
function cellText(value: CellValue, column: PlanImportColumn | null): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (column === 'start' || column === 'end')
      return clockOfMinutes(value.getUTCHours() * 60 + value.getUTCMinutes());
    const iso = value.toISOString();
    return column === 'date' || iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number') {
    if ((column === 'start' || column === 'end') && value >= 0 && value < 1)
      return clockOfMinutes(Math.round(value * 24 * 60));
    if (column === 'date' && Number.isInteger(value) && value > 0)
      return new Date(EXCEL_EPOCH + value * 86_400_000).toISOString().slice(0, 10);
    return String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: CellValue }).result ?? null, column);
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text)
      return (text as { richText: { text: string }[] }).richText.map((part) => part.text).join('');
    return String((value as { hyperlink: string }).hyperlink).replace(/^mailto:/i, '');
  }
  // An error value (#N/A): nothing a cell of the plan means.
  if ('error' in value) return String((value as { error: unknown }).error);
  return '';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The records as the plan's rows: the first non-blank record is the header; blank records are left out. */
function planRows(records: FileRecord[]): PlanImportRow[] {
  const filled = records.filter((record) => !isBlank(record.cells));
  const [headerRecord, ...data] = filled;
  if (!headerRecord) throw refuse('PLAN_IMPORT_EMPTY', 'empty');
  const header = planHeader(headerRecord.cells);
  if (!header.ok)
    throw new DomainException(
      'PLAN_IMPORT_COLUMNS',
      'planImport.columns',
      {
        unknown: header.unknown.join(', ') || '–',
        missing: header.missing.join(', ') || '–',
        duplicate: header.duplicate.join(', ') || '–',
      },
      { unknown: header.unknown, missing: header.missing, duplicate: header.duplicate },
    );
  if (data.length === 0) throw refuse('PLAN_IMPORT_EMPTY', 'empty');
  if (data.length > PLAN_IMPORT_MAX_ROWS)
    throw refuse('PLAN_IMPORT_TOO_MANY_ROWS', 'tooManyRows', {
      count: data.length,
      max: PLAN_IMPORT_MAX_ROWS,
    });
  return data.map(({ row, cells }) => {
    const byColumn: PlanImportRow['cells'] = {};
    header.columns.forEach((column, i) => {
      if (column) byColumn[column] = cells[i] ?? '';
    });
    return { row, cells: byColumn };
  });
}
