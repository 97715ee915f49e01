import { isLocale } from '@empact/domain';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { I18nService } from '../common/i18n/i18n.service';
import { requestLocale } from '../common/request-context';
import { weekReportMarkdown, weekReportPdf } from './week-report.render';
import { WeekReportService } from './week-report.service';

/** `GET /exports/<weekId>/week-report.md|pdf?language=fi`: authenticated like the API (Authorization: Bearer). */
@Controller('exports')
export class WeekReportController {
  constructor(
    private readonly reports: WeekReportService,
    private readonly i18n: I18nService,
  ) {}

  @Get(':weekId/week-report.md')
  async markdown(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('weekId', new ParseUUIDPipe()) weekId: string,
    @Query('language') language: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const locale = isLocale(language) ? language : requestLocale();
    const body = weekReportMarkdown(await this.reports.document(actor, weekId), this.i18n, locale);
    response
      .type('text/markdown; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="week-report-${locale}.md"`)
      .send(body);
  }

  @Get(':weekId/week-report.pdf')
  async pdf(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('weekId', new ParseUUIDPipe()) weekId: string,
    @Query('language') language: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const locale = isLocale(language) ? language : requestLocale();
    const body = await weekReportPdf(await this.reports.document(actor, weekId), this.i18n, locale);
    response
      .type('application/pdf')
      .set('Content-Disposition', `attachment; filename="week-report-${locale}.pdf"`)
      .send(body);
  }
}
