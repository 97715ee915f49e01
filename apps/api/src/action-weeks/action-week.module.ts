import { Module } from '@nestjs/common';
import { ActionWeekResolver } from './action-week.resolver';
import { ActionWeekService } from './action-week.service';

@Module({ providers: [ActionWeekService, ActionWeekResolver], exports: [ActionWeekService] })
export class ActionWeekModule {}
