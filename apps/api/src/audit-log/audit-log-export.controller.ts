import { isLocale, type Locale } from '@empact/domain';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { I18nService } from '../common/i18n/i18n.service';
import { requestLocale } from '../common/request-context';
import { auditCsvHeader, auditCsvRows, auditCsvTruncated } from './audit-log.csv';
import { AuditLogService } from './audit-log.service';
import { AuditLogExportQuery } from './dto/audit-log-export.query';

/**
 * `GET /exports/audit-log.csv?weekId=&actorId=&actions=a,b&targetType=&targetId=&from=&to=&outcome=&language=`: the
 * entries the viewer's filter lists, newest first, authenticated like the API (Authorization: Bearer), for
 * 'audit.read'. Streamed in batches; at most AUDIT_EXPORT_MAX_ROWS rows, the last line saying so when it stopped there.
 */
@Controller('exports')
export class AuditLogExportController {
  constructor(
    private readonly auditLog: AuditLogService,
    private readonly i18n: I18nService,
  ) {}

  @Get('audit-log.csv')
  async csv(
    @CurrentActor() actor: AuthenticatedActor,
    @Query() query: AuditLogExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { language, ...filter } = query;
    const locale: Locale = isLocale(language) ? language : requestLocale();
    const batches = this.auditLog.export(actor, filter);
    // The first batch runs the access check, the filter's check and the audit entry: a refusal is answered as an
    // error (by the error filter) before any header of the file is sent.
    let next = await batches.next();
    response
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="audit-log.csv"')
      .status(200);
    response.write(auditCsvHeader(this.i18n, locale));
    try {
      while (!next.done) {
        response.write(auditCsvRows(next.value.rows));
        if (next.value.truncated) response.write(auditCsvTruncated(this.i18n, locale));
        next = await batches.next();
      }
    } catch (error) {
      // The file has begun: no error answer can follow. Cut the download, so that it is not taken for a whole one.
      response.destroy(error instanceof Error ? error : new Error('audit log export failed'));
      return;
    }
    response.end();
  }
}
