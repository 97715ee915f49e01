import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { DebriefModule } from '../debriefs/debrief.module';
import { WeekReportController } from './week-report.controller';
import { WeekReportResolver } from './week-report.resolver';
import { WeekReportService } from './week-report.service';

@Module({
  imports: [ActionWeekModule, DebriefModule],
  controllers: [WeekReportController],
  providers: [WeekReportService, WeekReportResolver],
})
export class WeekReportModule {}
