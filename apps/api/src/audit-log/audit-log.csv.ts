import { AUDIT_EXPORT_MAX_ROWS, type Locale } from '@empact/domain';
import { stringify } from 'csv-stringify/sync';
import type { I18nService } from '../common/i18n/i18n.service';
import type { AuditLogRow } from './audit-log.repository';

/** The columns of the audit log's CSV, in order: what the viewer's table shows, one entry a line. */
export const AUDIT_CSV_COLUMNS = [
  'at',
  'actorName',
  'actorEmail',
  'actorRoles',
  'actorCountry',
  'action',
  'targetType',
  'targetId',
  'week',
  'outcome',
  'details',
] as const;

const csv = (records: string[][], bom: boolean) => stringify(records, { bom, record_delimiter: 'windows' });

/** The header line, in the reader's language (the values stay codes, ids and UTC instants, for machines). */
export function auditCsvHeader(i18n: I18nService, locale: Locale): string {
  return csv(
    [AUDIT_CSV_COLUMNS.map((column) => i18n.t(locale, `auditLog.csv.${column}`, {}, 'admin'))],
    true,
  );
}

export function auditCsvRows(rows: readonly AuditLogRow[]): string {
  return csv(
    rows.map((row) => [
      new Date(row.at).toISOString(),
      row.actorName ?? '',
      row.actorEmail ?? '',
      (row.actorRoles ?? []).join(' '),
      row.actorCountry ?? '',
      row.action,
      row.targetType ?? '',
      row.targetId ?? '',
      row.weekCode ?? '',
      row.outcome,
      row.details ? JSON.stringify(row.details) : '',
    ]),
    false,
  );
}

/** The last line when the export stopped at its limit: the reader narrows the filter (a time range) for the rest. */
export function auditCsvTruncated(i18n: I18nService, locale: Locale): string {
  return csv(
    [
      [
        i18n.t(
          locale,
          'auditLog.csv.truncated',
          { max: AUDIT_EXPORT_MAX_ROWS.toLocaleString(locale) },
          'admin',
        ),
      ],
    ],
    false,
  );
}
