import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { PlanCopyResolver } from './plan-copy.resolver';
import { PlanCopyService } from './plan-copy.service';

@Module({
  imports: [ActionWeekModule],
  providers: [PlanCopyService, PlanCopyResolver],
})
export class PlanCopyModule {}
