import {
  daysOf,
  type Locale,
  PLAN_IMPORT_COLUMNS,
  PLAN_IMPORT_MAX_ROWS,
  PLAN_IMPORT_REQUIRED_COLUMNS,
} from '@empact/domain';
import type { I18nService } from '../common/i18n/i18n.service';
import { PLAN_SHEET } from './plan-file.reader';
import type { HostGuideRow } from './plan-import.repository';

/** What the template tells about the week it is for. */
export interface PlanTemplateWeek {
  code: string;
  title: string;
  firstDay: string;
  lastDay: string;
  timeZone: string;
  hostCountry: string;
  countries: readonly string[];
  platforms: readonly { code: string; name: string }[];
  guides: readonly HostGuideRow[];
}

/**
 * The CSV template: the header row of the fixed English column keys, in UTF-8 with a byte order mark (so that Excel
 * opens it as UTF-8) and CRLF line ends, as RFC 4180 has them.
 */
export function planTemplateCsv(): Buffer {
  return Buffer.from(`\uFEFF${PLAN_IMPORT_COLUMNS.join(',')}\r\n`, 'utf8');
}

/**
 * The XLSX template: a "Plan" sheet with the header row (its date and time columns kept as text, so that what is typed
 * stays as typed) and a help sheet in the reader's language: the columns, the formats, the week's days and time zone,
 * and the codes the file may use (platforms, the week's countries, the guides' e-mail addresses).
 */
export async function planTemplateXlsx(
  week: PlanTemplateWeek,
  i18n: I18nService,
  locale: Locale,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const t = (key: string, params: Record<string, unknown> = {}) =>
    i18n.t(locale, `planImport.template.${key}`, params, 'admin');
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EMPACT Action Week';
  const plan = workbook.addWorksheet(PLAN_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  plan.columns = PLAN_IMPORT_COLUMNS.map((key) => ({
    header: key,
    key,
    width: key === 'briefing' ? 50 : key === 'venue' || key === 'guide_email' ? 30 : 14,
    // Text, so that Excel keeps 2025-11-20 and 09:00 as written rather than turning them into its own numbers.
    style: { numFmt: '@' },
  }));
  plan.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet(t('sheet'));
  help.columns = [{ width: 28 }, { width: 16 }, { width: 90 }];
  const heading = (text: string) => {
    help.addRow([]);
    help.addRow([text]).font = { bold: true, size: 13 };
  };
  help.addRow([t('title', { code: week.code })]).font = { bold: true, size: 15 };
  help.addRow([week.title]);
  help.addRow([
    t('weekDays', { first: day(week.firstDay), last: day(week.lastDay), timeZone: week.timeZone }),
  ]);
  help.addRow([t('howTo', { sheet: PLAN_SHEET, max: PLAN_IMPORT_MAX_ROWS.toLocaleString(locale) })]);

  heading(t('columnsHeading'));
  help.addRow([t('columnKey'), t('required'), t('meaning')]).font = { bold: true };
  for (const column of PLAN_IMPORT_COLUMNS) {
    help.addRow([
      column,
      PLAN_IMPORT_REQUIRED_COLUMNS.includes(column) ? t('yes') : t('no'),
      t(`column.${column}`, { timeZone: week.timeZone }),
    ]);
  }

  heading(t('example'));
  help.addRow([...PLAN_IMPORT_COLUMNS]).font = { bold: true };
  const [firstCountry, secondCountry] = week.countries;
  help.addRow([
    week.firstDay,
    '10:00',
    '12:00',
    week.platforms[0]?.code ?? 'DISCORD',
    t('exampleVenue'),
    [firstCountry, secondCountry].filter(Boolean).join(', '),
    week.guides[0]?.email ?? '',
    t('exampleBriefing'),
  ]);

  heading(t('daysHeading'));
  for (const iso of daysOf(week.firstDay, week.lastDay)) help.addRow([iso, '', day(iso)]);

  heading(t('platformsHeading'));
  help.addRow([t('code'), '', t('name')]).font = { bold: true };
  for (const platform of week.platforms) help.addRow([platform.code, '', platform.name]);

  heading(t('countriesHeading'));
  help.addRow([t('code'), '', t('name')]).font = { bold: true };
  for (const country of week.countries) help.addRow([country, '', i18n.countryName(locale, country)]);

  heading(t('guidesHeading', { country: i18n.countryName(locale, week.hostCountry) }));
  help.addRow([t('email'), '', t('name')]).font = { bold: true };
  for (const guide of week.guides) help.addRow([guide.email, '', guide.displayName]);
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
