import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { PatrolSessionModule } from '../patrol-sessions/patrol-session.module';
import { PlanImportRepository } from './plan-import.repository';
import { PlanImportResolver } from './plan-import.resolver';
import { PlanImportService } from './plan-import.service';
import { PlanTemplateController } from './plan-template.controller';

@Module({
  imports: [ActionWeekModule, PatrolSessionModule],
  controllers: [PlanTemplateController],
  providers: [PlanImportService, PlanImportResolver, PlanImportRepository],
})
export class PlanImportModule {}
