import { isLocale } from '@empact/domain';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { I18nService } from '../common/i18n/i18n.service';
import { requestLocale } from '../common/request-context';
import { PlanImportService } from './plan-import.service';
import { planTemplateCsv, planTemplateXlsx } from './plan-template';

/**
 * `GET /exports/<weekId>/plan-template.xlsx|csv?language=nb`: the file to fill in for a plan import, for those who
 * may plan the week (authenticated like the API: Authorization: Bearer). The column keys are fixed English words;
 * the workbook's help sheet is in the reader's language.
 */
@Controller('exports')
export class PlanTemplateController {
  constructor(
    private readonly planImport: PlanImportService,
    private readonly i18n: I18nService,
  ) {}

  @Get(':weekId/plan-template.xlsx')
  async xlsx(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('weekId', new ParseUUIDPipe()) weekId: string,
    @Query('language') language: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const locale = isLocale(language) ? language : requestLocale();
    const week = await this.planImport.templateWeek(actor, weekId);
    response
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .set('Content-Disposition', `attachment; filename="plan-template-${locale}.xlsx"`)
      .send(await planTemplateXlsx(week, this.i18n, locale));
  }

  @Get(':weekId/plan-template.csv')
  async csv(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('weekId', new ParseUUIDPipe()) weekId: string,
    @Res() response: Response,
  ): Promise<void> {
    await this.planImport.templateWeek(actor, weekId);
    response
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="plan-template.csv"')
      .send(planTemplateCsv());
  }
}
