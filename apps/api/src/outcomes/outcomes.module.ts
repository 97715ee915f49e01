import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { OutcomesExportController } from './outcomes-export.controller';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';

@Module({
  imports: [ActionWeekModule],
  controllers: [OutcomesExportController],
  providers: [OutcomesService, OutcomesResolver],
})
export class OutcomesModule {}
