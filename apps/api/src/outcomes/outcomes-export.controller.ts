import { isLocale, type Locale } from '@empact/domain';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { I18nService } from '../common/i18n/i18n.service';
import { requestLocale } from '../common/request-context';
import { OutcomesExportQuery } from './dto/outcomes-export.query';
import { outcomesCsv, outcomesZip } from './outcomes.csv';
import { OutcomeLabels } from './outcomes.labels';
import { outcomesPdf } from './outcomes.pdf';
import { OutcomesReport, OutcomesService } from './outcomes.service';

/**
 * `GET /exports/<weekId>/outcomes.csv|outcomes.zip|report.pdf?language=fr&country=&platform=&day=`: the dashboard's
 * figures to take away, authenticated like the API (Authorization: Bearer), with the same checks and suppression.
 */
@Controller('exports')
export class OutcomesExportController {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly i18n: I18nService,
  ) {}

  @Get(':weekId/outcomes.csv')
  async csv(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('weekId', new ParseUUIDPipe()) weekId: string,
    @Query() query: OutcomesExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { report, labels } = await this.prepare(actor, weekId, query);
    response
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="outcomes-${labels.locale}.csv"`)
      .send(outcomesCsv(report, labels));
  }

  @Get(':weekId/outcomes.zip')
  async zip(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('weekId', new ParseUUIDPipe()) weekId: string,
    @Query() query: OutcomesExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { report, labels } = await this.prepare(actor, weekId, query);
    response
      .type('application/zip')
      .set('Content-Disposition', `attachment; filename="outcomes-${labels.locale}.zip"`)
      .send(await outcomesZip(report, labels));
  }

  @Get(':weekId/report.pdf')
  async pdf(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('weekId', new ParseUUIDPipe()) weekId: string,
    @Query() query: OutcomesExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { report, labels } = await this.prepare(actor, weekId, query);
    response
      .type('application/pdf')
      .set('Content-Disposition', `attachment; filename="outcomes-${labels.locale}.pdf"`)
      .send(await outcomesPdf(report, labels));
  }

  private async prepare(
    actor: AuthenticatedActor,
    weekId: string,
    query: OutcomesExportQuery,
  ): Promise<{ report: OutcomesReport; labels: OutcomeLabels }> {
    const locale: Locale = isLocale(query.language) ? query.language : requestLocale();
    const filter = { country: query.country, platform: query.platform, day: query.day };
    const report = await this.outcomes.report(actor, weekId, filter, query.unsuppressed ?? false);
    return { report, labels: new OutcomeLabels(this.i18n, locale, report.platformNames) };
  }
}
