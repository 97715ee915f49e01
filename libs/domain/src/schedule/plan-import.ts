import { isCountryCode } from '../countries/countries';
import { forbiddenNameCharacter, unstorableTextProblem } from '../text/text-rules';
import { daysOf, isIsoDate, type IsoDate } from '../weeks/week-days';
import { isClockTime, zonedInstant } from '../weeks/zoned-time';
import {
  BRIEFING_MAX,
  findScheduleConflicts,
  overlap,
  type ScheduleConflict,
  type SessionPlan,
  sessionTimeProblems,
  VENUE_MAX,
  type WeekFrame,
} from './schedule-rules';

/**
 * A week's plan from a spreadsheet (CSV or XLSX): the limits of a file, its columns, and the rules each row is held
 * to. They are the rules of planning one session in the dialog (times, the week's days and countries, conflicts), so
 * that a file is accepted exactly when each of its rows would have been.
 */

/** The largest file accepted, in bytes (2 MiB). */
export const PLAN_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** The most sessions one file may plan. */
export const PLAN_IMPORT_MAX_ROWS = 2000;

/**
 * The columns of a plan file, by their fixed English keys (the first row of the file), in the template's order.
 * `date` is YYYY-MM-DD and `start`/`end` HH:MM, in the week's time zone; `countries` are ISO codes (NO, BE), separated
 * by commas, semicolons or spaces; `guide_email` names the Kripos guide (a coordinator of the host country).
 */
export const PLAN_IMPORT_COLUMNS = [
  'date',
  'start',
  'end',
  'platform',
  'venue',
  'countries',
  'guide_email',
  'briefing',
] as const;
export type PlanImportColumn = (typeof PLAN_IMPORT_COLUMNS)[number];
/** The columns a file must have; the others may be left out. */
export const PLAN_IMPORT_REQUIRED_COLUMNS: readonly PlanImportColumn[] = [
  'date',
  'start',
  'end',
  'platform',
  'venue',
  'countries',
];

export type PlanFileKind = 'CSV' | 'XLSX';

/** Why a whole file is refused, before any row is looked at. */
export type PlanFileRefusal = 'FILE_TYPE' | 'TOO_LARGE' | 'TOO_MANY_ROWS' | 'COLUMNS' | 'EMPTY';

/** A ZIP archive (every XLSX workbook is one) starts with a local file header, "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * What kind of plan file the bytes and the name make, or null when they are neither a workbook nor text, or when the
 * name says one kind and the content is the other. The content decides: an XLSX is a ZIP archive; a CSV is text
 * (`isPlainText` of its decoded content is checked by the reader, which decodes it).
 */
export function planFileKind(fileName: string, bytes: Uint8Array): PlanFileKind | null {
  const name = fileName.trim().toLowerCase();
  const zip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte);
  if (name.endsWith('.xlsx')) return zip ? 'XLSX' : null;
  if (name.endsWith('.csv')) return zip || bytes.includes(0) ? null : 'CSV';
  return null;
}

/** Whether decoded text is a text file: no NUL and no control characters but tab, line feed and carriage return. */
export function isPlainText(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this rule is about
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

/** A header cell as a column key: "Guide e-mail " → "guide_email". */
export function normalizeColumnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/e-mail/g, 'email')
    .replace(/[\s-]+/g, '_');
}

export type PlanHeader =
  | { ok: true; columns: (PlanImportColumn | null)[] }
  | { ok: false; unknown: string[]; missing: PlanImportColumn[]; duplicate: string[] };

/**
 * The columns of the header row, position by position (null for an empty header cell, whose column is ignored), or
 * what is wrong with them: columns that are not known, required columns missing, a column named twice.
 */
export function planHeader(cells: readonly string[]): PlanHeader {
  const keys = cells.map(normalizeColumnKey);
  const known = new Set<string>(PLAN_IMPORT_COLUMNS);
  const unknown = [...new Set(cells.filter((_, i) => keys[i] !== '' && !known.has(keys[i])))].map((c) =>
    c.trim(),
  );
  const duplicate = [...new Set(keys.filter((key, i) => key !== '' && keys.indexOf(key) !== i))];
  const missing = PLAN_IMPORT_REQUIRED_COLUMNS.filter((column) => !keys.includes(column));
  if (unknown.length || missing.length || duplicate.length) return { ok: false, unknown, missing, duplicate };
  return { ok: true, columns: keys.map((key) => (key === '' ? null : (key as PlanImportColumn))) };
}

/** One data row of a file: its number as a spreadsheet shows it (the header is row 1), and its cells as text. */
export interface PlanImportRow {
  row: number;
  cells: Partial<Record<PlanImportColumn, string>>;
}

export interface PlanImportContext {
  week: WeekFrame & { countries: readonly string[] };
  platforms: readonly { code: string; name: string }[];
  /** The id of the guide an e-mail address names (an enabled coordinator of the host country), else undefined. */
  guideOf: (email: string) => string | undefined;
}

export type PlanRowProblemCode =
  | 'REQUIRED'
  | 'INVALID_DATE'
  | 'DATE_OUTSIDE_WEEK'
  | 'INVALID_TIME'
  | 'ENDS_BEFORE_START'
  | 'TOO_LONG'
  | 'OUTSIDE_WEEK'
  | 'UNKNOWN_PLATFORM'
  | 'UNKNOWN_COUNTRY'
  | 'COUNTRY_NOT_IN_WEEK'
  | 'UNKNOWN_GUIDE'
  | 'TEXT_TOO_LONG'
  | 'NAME_CHARACTERS'
  | 'UNSTORABLE_TEXT';

/** What is wrong with one cell: the column, a code, and what a message needs (the value as written, a limit). */
export interface PlanRowProblem {
  field: PlanImportColumn;
  code: PlanRowProblemCode;
  value?: string;
  max?: number;
  character?: string;
}

/** A row read as a session to plan. */
export interface PlannedRow {
  row: number;
  day: IsoDate;
  start: string;
  end: string;
  startsAt: Date;
  endsAt: Date;
  platform: string;
  venue: string;
  countries: string[];
  guideId: string | null;
  briefing: string;
}

/** A clock time as people type it ("9:00", "09.00", "09:00:00") as HH:MM, or null. */
export function planClockTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(value.trim());
  if (!match) return null;
  const time = `${match[1].padStart(2, '0')}:${match[2]}`;
  return isClockTime(time) ? time : null;
}

/** The country codes of a cell: "NO, BE", "no;be", "NO BE" → ["NO", "BE"] (in the order written, once each). */
export function planCountryCodes(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[\s,;/|]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * One row checked on its own: the session it plans, or null while any of its cells is wrong, with every problem
 * found (not only the first), cell by cell in the order of the columns.
 */
export function checkPlanRow(
  { row, cells }: PlanImportRow,
  context: PlanImportContext,
): { plan: PlannedRow | null; problems: PlanRowProblem[] } {
  const problems: PlanRowProblem[] = [];
  const cell = (column: PlanImportColumn) => (cells[column] ?? '').trim();
  const add = (problem: PlanRowProblem) => problems.push(problem);
  for (const column of PLAN_IMPORT_COLUMNS) {
    if (unstorableTextProblem(cells[column] ?? '')) add({ field: column, code: 'UNSTORABLE_TEXT' });
    else if (PLAN_IMPORT_REQUIRED_COLUMNS.includes(column) && cell(column) === '')
      add({ field: column, code: 'REQUIRED' });
  }
  const has = (column: PlanImportColumn) => !problems.some((p) => p.field === column);

  const { week } = context;
  const day = cell('date');
  if (has('date')) {
    if (!isIsoDate(day)) add({ field: 'date', code: 'INVALID_DATE', value: day });
    else if (!daysOf(week.firstDay, week.lastDay).includes(day))
      add({ field: 'date', code: 'DATE_OUTSIDE_WEEK', value: day });
  }
  const start = planClockTime(cell('start'));
  const end = planClockTime(cell('end'));
  if (has('start') && !start) add({ field: 'start', code: 'INVALID_TIME', value: cell('start') });
  if (has('end') && !end) add({ field: 'end', code: 'INVALID_TIME', value: cell('end') });
  let times: { startsAt: Date; endsAt: Date } | null = null;
  if (has('date') && start && end) {
    times = {
      startsAt: zonedInstant(day, start, week.timeZone),
      endsAt: zonedInstant(day, end, week.timeZone),
    };
    // The dialog's time rules; the day lies within the week already, so only a clock that does not fit is left.
    for (const problem of sessionTimeProblems(times, week)) add({ field: 'end', code: problem });
  }

  const platformCell = cell('platform');
  const platform = context.platforms.find(
    (p) =>
      p.code.toLowerCase() === platformCell.toLowerCase() ||
      p.name.toLowerCase() === platformCell.toLowerCase(),
  );
  if (has('platform') && !platform) add({ field: 'platform', code: 'UNKNOWN_PLATFORM', value: platformCell });

  const venue = cell('venue');
  if (has('venue')) {
    const character = forbiddenNameCharacter(venue);
    if (venue.length > VENUE_MAX) add({ field: 'venue', code: 'TEXT_TOO_LONG', max: VENUE_MAX });
    else if (character) add({ field: 'venue', code: 'NAME_CHARACTERS', character });
  }

  const countries = planCountryCodes(cell('countries'));
  if (has('countries')) {
    const unknown = countries.filter((code) => !isCountryCode(code));
    const outside = countries.filter((code) => isCountryCode(code) && !week.countries.includes(code));
    if (unknown.length) add({ field: 'countries', code: 'UNKNOWN_COUNTRY', value: unknown.join(', ') });
    else if (outside.length)
      add({ field: 'countries', code: 'COUNTRY_NOT_IN_WEEK', value: outside.join(', ') });
  }

  const guideEmail = cell('guide_email');
  const guideId = guideEmail ? (context.guideOf(guideEmail.toLowerCase()) ?? null) : null;
  if (has('guide_email') && guideEmail && !guideId)
    add({ field: 'guide_email', code: 'UNKNOWN_GUIDE', value: guideEmail });

  const briefing = cell('briefing');
  if (has('briefing') && briefing.length > BRIEFING_MAX)
    add({ field: 'briefing', code: 'TEXT_TOO_LONG', max: BRIEFING_MAX });

  if (problems.length > 0 || !times || !platform) return { plan: null, problems };
  return {
    plan: {
      row,
      day,
      start: start as string,
      end: end as string,
      ...times,
      platform: platform.code,
      venue,
      countries,
      guideId,
      briefing,
    },
    problems,
  };
}

/** A conflict of a row: with a session already planned (`otherRow` null) or with an earlier row of the file. */
export interface PlanRowConflict extends ScheduleConflict {
  otherRow: number | null;
}

const ROW_ID = 'plan-import-row:';

const planOf = (row: PlannedRow): SessionPlan => ({
  id: `${ROW_ID}${row.row}`,
  status: 'SCHEDULED',
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  countries: row.countries,
  guideId: row.guideId,
  rosters: [],
});

/**
 * The conflicts of each row, by row number (rows without any are left out): each row is checked, as the dialog
 * checks a new session, against the week's plan and against the rows above it, so that two rows that double-book a
 * team or a guide show once, on the later row, naming the earlier one.
 */
export function findPlanImportConflicts(
  rows: readonly PlannedRow[],
  existing: readonly SessionPlan[],
): Map<number, PlanRowConflict[]> {
  const found = new Map<number, PlanRowConflict[]>();
  const earlier: SessionPlan[] = [];
  for (const row of rows) {
    const candidate = planOf(row);
    // Only what overlaps can conflict: the rule itself looks at those, this keeps 2,000 rows quick.
    const others = [...existing, ...earlier].filter((other) => overlap(candidate, other) !== null);
    const conflicts = findScheduleConflicts(candidate, others).map((conflict) => ({
      ...conflict,
      otherRow: conflict.otherSessionId.startsWith(ROW_ID)
        ? Number(conflict.otherSessionId.slice(ROW_ID.length))
        : null,
    }));
    if (conflicts.length) found.set(row.row, conflicts);
    earlier.push(candidate);
  }
  return found;
}
