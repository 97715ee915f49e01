import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { WeekIdArgs } from '../patrol-sessions/dto/week-id.args';
import { SaveWeekReportInput, WeekReportObject } from './dto/week-report.object';
import { WeekReportService } from './week-report.service';

@Resolver(() => WeekReportObject)
export class WeekReportResolver {
  constructor(private readonly reports: WeekReportService) {}

  @Query(() => WeekReportObject, {
    description:
      'The week’s report: lessons learned and the linked debriefs. Exports: GET /exports/<weekId>/week-report.md or .pdf.',
  })
  weekReport(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId }: WeekIdArgs,
  ): Promise<WeekReportObject> {
    return this.reports.get(actor, weekId);
  }

  @Mutation(() => WeekReportObject, {
    description: 'Coordinators write the lessons learned and link submitted debriefs.',
  })
  saveWeekReport(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: SaveWeekReportInput,
  ): Promise<WeekReportObject> {
    return this.reports.save(actor, input);
  }
}
