import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { WeekNowRepository } from './week-now.repository';
import { WeekNowResolver } from './week-now.resolver';
import { WeekNowService } from './week-now.service';

@Module({ imports: [ActionWeekModule], providers: [WeekNowRepository, WeekNowService, WeekNowResolver] })
export class WeekNowModule {}
